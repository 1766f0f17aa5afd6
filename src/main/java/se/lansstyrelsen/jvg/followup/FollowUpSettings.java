package se.lansstyrelsen.jvg.followup;

import java.time.Clock;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.config.ClockConfig;

/**
 * Settings under {@code accession.follow-up.*}. The bean is named {@code annualFollowUpSettings} because the
 * BPMN reads the yearly start, the waits and the due dates from it.
 */
@Component("annualFollowUpSettings")
@ConfigurationProperties(prefix = "accession.follow-up")
public class FollowUpSettings {

    /** Month and day, MM-dd ("03-01" is 1 March). */
    private String yearlyDate = "03-01";

    private int yearlyHour = 8;
    /** false: the round starts only by hand (Tasklist); the yearly timer is parked far in the future. */
    private boolean yearlyStartEnabled = true;

    private Period answerWait = Period.ofDays(14);
    private int maxReminders = 2;
    private Period missingAnswerDue = Period.ofDays(10);
    private Period reviewDue = Period.ofDays(10);
    private final Clock clock;

    /** Without Spring (process tests): the engine's clock. */
    public FollowUpSettings() {
        this(ClockConfig.engineClock());
    }

    @org.springframework.beans.factory.annotation.Autowired
    public FollowUpSettings(Clock clock) {
        this.clock = clock;
    }

    /** The round's timer start: every year on the yearly date at the hour, as a Camunda (Quartz) cron. */
    public String getYearlyCron() {
        MonthDay day = MonthDay.parse("--" + yearlyDate);
        if (!yearlyStartEnabled) {
            // A timer start event cannot be switched off, and the engine's cron has no year field: a repeating
            // ISO 8601 interval that begins in 2099 parks it.
            return String.format(
                    "R/2099-%02d-%02dT%02d:00:00/P1Y", day.getMonthValue(), day.getDayOfMonth(), yearlyHour);
        }
        return "0 0 " + yearlyHour + " " + day.getDayOfMonth() + " " + day.getMonthValue() + " ?";
    }

    public String getAnswerWaitIso() {
        return answerWait.toString();
    }

    public Date missingAnswerDueDate() {
        return dueIn(missingAnswerDue);
    }

    public Date reviewDueDate() {
        return dueIn(reviewDue);
    }

    /** The follow-up year a round started now covers: the current year in Stockholm. */
    public int currentYear() {
        return ZonedDateTime.ofInstant(clock.instant(), ClockConfig.SWEDEN).getYear();
    }

    private Date dueIn(Period period) {
        return Date.from(ZonedDateTime.ofInstant(clock.instant(), ClockConfig.SWEDEN)
                .plus(period)
                .toInstant());
    }

    public String getYearlyDate() {
        return yearlyDate;
    }

    public void setYearlyDate(String yearlyDate) {
        MonthDay.parse("--" + yearlyDate); // refuse a wrong value at start-up, not on the day
        this.yearlyDate = yearlyDate;
    }

    public boolean isYearlyStartEnabled() {
        return yearlyStartEnabled;
    }

    public void setYearlyStartEnabled(boolean yearlyStartEnabled) {
        this.yearlyStartEnabled = yearlyStartEnabled;
    }

    public int getYearlyHour() {
        return yearlyHour;
    }

    public void setYearlyHour(int yearlyHour) {
        this.yearlyHour = yearlyHour;
    }

    public Period getAnswerWait() {
        return answerWait;
    }

    public void setAnswerWait(Period answerWait) {
        this.answerWait = answerWait;
    }

    public int getMaxReminders() {
        return maxReminders;
    }

    public void setMaxReminders(int maxReminders) {
        this.maxReminders = maxReminders;
    }

    public Period getMissingAnswerDue() {
        return missingAnswerDue;
    }

    public void setMissingAnswerDue(Period missingAnswerDue) {
        this.missingAnswerDue = missingAnswerDue;
    }

    public Period getReviewDue() {
        return reviewDue;
    }

    public void setReviewDue(Period reviewDue) {
        this.reviewDue = reviewDue;
    }
}
