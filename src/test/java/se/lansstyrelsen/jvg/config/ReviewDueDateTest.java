package se.lansstyrelsen.jvg.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review's due date is Stockholm's, whatever zone the JVM runs in (containers usually run in UTC).
 * 22:30 UTC on 20 October 2026 is already 21 October in Stockholm (summer time); ten days later Stockholm
 * is on winter time, so counting the days in UTC would end one calendar day early in Stockholm.
 */
class ReviewDueDateTest {

    private static final Instant NOW = Instant.parse("2026-10-20T22:30:00Z");

    private TimeZone jvmZone;

    @BeforeEach
    void runTheJvmInUtc() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restoreZoneAndClock() {
        TimeZone.setDefault(jvmZone);
        ClockUtil.reset();
    }

    @Test
    void shouldCountTheReviewDueDateInStockholmTimeFromTheEngineClockWhenTheJvmRunsInUtc() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        AccessionSettings settings = new AccessionSettings(new ClockConfig().clock());
        settings.setReviewDue(Period.ofDays(10));

        ZonedDateTime due = settings.reviewDueDate().toInstant().atZone(ClockConfig.SWEDEN);

        assertThat(due).isEqualTo(ZonedDateTime.of(2026, 10, 31, 0, 30, 0, 0, ClockConfig.SWEDEN));
        assertThat(due.toLocalDate())
                .as("the tenth day after 21 October in Stockholm")
                .hasDayOfMonth(31);
    }

    @Test
    void shouldUseTheDefaultEngineClockWhenBuiltWithoutSpring() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        AccessionSettings settings = new AccessionSettings();
        settings.setReviewDue(Period.ofDays(10));

        assertThat(settings.reviewDueDate().toInstant()).isEqualTo(Instant.parse("2026-10-30T23:30:00Z"));
    }
}
