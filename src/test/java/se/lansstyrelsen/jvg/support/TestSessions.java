package se.lansstyrelsen.jvg.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.session.SessionDetails;

/** Information sessions in tests. */
public final class TestSessions {

    private TestSessions() {}

    /** A session 30 days from today at 13:15 Swedish time, 90 minutes long. */
    public static SessionDetails inThirtyDays(String title, String meetingUrl, int capacity) {
        Instant start = LocalDate.now(ClockConfig.SWEDEN)
                .plusDays(30)
                .atTime(LocalTime.of(13, 15))
                .atZone(ClockConfig.SWEDEN)
                .toInstant();
        return new SessionDetails(title, start, start.plus(Duration.ofMinutes(90)), meetingUrl, capacity);
    }
}
