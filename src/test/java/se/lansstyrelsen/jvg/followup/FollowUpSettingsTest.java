package se.lansstyrelsen.jvg.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.junit.jupiter.api.Test;

/** The yearly round's timer expression, read by the engine's own timer-cycle calendar. */
class FollowUpSettingsTest {

    private static final ZoneId ZONE = ZoneId.systemDefault(); // the engine's cron runs in the JVM's zone

    @Test
    void shouldStartTheRoundOnTheConfiguredDayAndHour() {
        FollowUpSettings settings = new FollowUpSettings(Clock.systemUTC());
        settings.setYearlyDate("03-15");
        settings.setYearlyHour(9);

        Date next = new CycleBusinessCalendar().resolveDuedate(settings.getYearlyCron(), at(2027, 1, 10));

        assertThat(LocalDateTime.ofInstant(next.toInstant(), ZONE)).isEqualTo(LocalDateTime.of(2027, 3, 15, 9, 0));
    }

    @Test
    void shouldParkTheTimerBeyondAnyTestOrStrategyPeriodWhenTheYearlyStartIsOff() {
        FollowUpSettings settings = new FollowUpSettings(Clock.systemUTC());
        settings.setYearlyStartEnabled(false);

        Date next = new CycleBusinessCalendar().resolveDuedate(settings.getYearlyCron(), at(2027, 1, 10));

        assertThat(LocalDateTime.ofInstant(next.toInstant(), ZONE).getYear()).isEqualTo(2099);
    }

    private static Date at(int year, int month, int day) {
        return Date.from(LocalDateTime.of(year, month, day, 12, 0).atZone(ZONE).toInstant());
    }
}
