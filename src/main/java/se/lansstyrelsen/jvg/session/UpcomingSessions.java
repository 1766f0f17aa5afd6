package se.lansstyrelsen.jvg.session;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.ClockConfig;

/**
 * The sessions still ahead (not cancelled), with their public sign-up links: for /anslutning, the e-mails,
 * and any process that invites organisations.
 */
@Component
public class UpcomingSessions {

    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("sv-SE"));
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", Locale.forLanguageTag("sv-SE"));

    private final InformationSessionRepository sessions;
    private final AccessionSettings settings;
    private final Clock clock;

    UpcomingSessions(InformationSessionRepository sessions, AccessionSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Upcoming> list() {
        return sessions.findByCancelledFalseAndStartsAtAfterOrderByStartsAt(clock.instant()).stream()
                .map(s -> describe(s, settings.getPublicBaseUrl()))
                .toList();
    }

    /** The public path of a session's sign-up page. */
    public static String signupPath(Long sessionId) {
        return "/informationstraffar/" + sessionId + "/anmalan";
    }

    public static Upcoming describe(InformationSession s, String baseUrl) {
        ZonedDateTime start = s.getStartsAt().atZone(ClockConfig.SWEDEN);
        ZonedDateTime end = s.getEndsAt().atZone(ClockConfig.SWEDEN);
        return new Upcoming(
                s.getId(),
                s.getTitle(),
                start.toLocalDate().toString(),
                DAY.format(start),
                TIME.format(start) + "–" + TIME.format(end),
                baseUrl + signupPath(s.getId()),
                signupPath(s.getId()),
                s.isExample());
    }

    /**
     * One session as people read it: "tisdag 17 april 2024", "09.00–10.30", the absolute sign-up link (for
     * e-mails) and the page-relative one.
     */
    public record Upcoming(
            Long id,
            String title,
            String isoDate,
            String day,
            String time,
            String signupUrl,
            String signupPath,
            boolean example) {

        /** "tisdag 17 april 2024, 09.00–10.30 – Digital informationsträff" */
        public String line() {
            return day + ", " + time + " – " + title;
        }
    }
}
