package se.lansstyrelsen.jvg.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.ClockConfig;

/**
 * Profile demo only (never with prod: ProductionGuard refuses demo with prod), with the demo's sample data
 * switched on: the sessions named in the spring 2024 invitation (17 April and 13 May, and one in the autumn),
 * past, and two upcoming ones, all marked as examples. Runs once: not when an example session exists.
 */
@Component
@Profile("demo")
class SampleSessions {

    private static final Logger LOG = LoggerFactory.getLogger(SampleSessions.class);
    private static final String EXAMPLE_URL = "https://exempel.invalid/mote/";

    private final SessionService sessions;
    private final AccessionSettings settings;
    private final Clock clock;

    SampleSessions(SessionService sessions, AccessionSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void seed() {
        if (!settings.getDemo().isSampleData() || sessions.hasExamples()) {
            return;
        }
        example("Exempel: Digital informationsträff", LocalDate.of(2024, 4, 17), 30);
        example("Exempel: Digital informationsträff", LocalDate.of(2024, 5, 13), 30);
        example("Exempel: Digital informationsträff (hösten 2024)", LocalDate.of(2024, 10, 15), 30);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfig.SWEDEN);
        example("Exempel: Digital informationsträff", today.plusDays(21), 30);
        example("Exempel: Digital informationsträff (liten grupp)", today.plusDays(35), 3);
        LOG.info("Demo: fem exempel på informationsträffar inlagda (rubriker som börjar med \"Exempel:\").");
    }

    private void example(String title, LocalDate day, int capacity) {
        Instant start =
                day.atTime(LocalTime.of(9, 0)).atZone(ClockConfig.SWEDEN).toInstant();
        sessions.createExample(
                new SessionDetails(title, start, start.plus(Duration.ofMinutes(90)), EXAMPLE_URL + day, capacity));
    }
}
