package se.lansstyrelsen.jvg.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the engine and our services: it follows Camunda's {@link ClockUtil}, so a test that
 * moves the engine's time (to fire timers) sees the same time in the timestamps we store.
 */
@Configuration
public class ClockConfig {

    /** Sweden's time zone id, for annotations ({@code @Scheduled(zone = ...)}); code uses {@link #SWEDEN}. */
    public static final String SWEDEN_ZONE_ID = "Europe/Stockholm";

    /** Sweden's time zone: every date a user reads and every "day" in a rule is counted in it. */
    public static final ZoneId SWEDEN = ZoneId.of(SWEDEN_ZONE_ID);

    @Bean
    Clock clock() {
        return engineClock();
    }

    /** The engine's time in Stockholm; for code that is built without Spring as well. */
    public static Clock engineClock() {
        return new EngineClock(SWEDEN);
    }

    private static final class EngineClock extends Clock {
        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new EngineClock(newZone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
