package se.lansstyrelsen.jvg.config;

import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * The accession process's deadlines and waits ({@code accession.review-due} to {@code accession.completion-wait})
 * and the due dates the BPMN computes from them; {@link AccessionSettings} extends it, so the properties keep
 * their names and the BPMN keeps reading them from the bean {@code accessionSettings}.
 */
public abstract class ProcessDeadlines {

    private Period reviewDue = Period.ofDays(10);
    private Period followUpDue = Period.ofDays(5);
    private Period registrationDue = Period.ofDays(5);
    private Period notCompletedDecisionDue = Period.ofDays(5);
    private Period completionWait = Period.ofDays(14);
    private final Clock clock;

    /** The clock the due dates are counted from. */
    protected ProcessDeadlines(Clock clock) {
        this.clock = clock;
    }

    /**
     * Due date of "Granska anslutning": {@code review-due} counted in Stockholm's calendar (not the JVM's zone)
     * from the application's clock, which follows the engine's (so tests can move it).
     */
    public Date reviewDueDate() {
        return dueIn(reviewDue);
    }

    /** Due date of "Kontakta kontaktperson": {@code follow-up-due} calendar days, counted as the review's. */
    public Date followUpDueDate() {
        return dueIn(followUpDue);
    }

    /** Due date of "Formell registrering": {@code registration-due} calendar days. */
    public Date registrationDueDate() {
        return dueIn(registrationDue);
    }

    /** Due date of "Avsluta eller vänta vidare": {@code not-completed-decision-due} calendar days. */
    public Date notCompletedDecisionDueDate() {
        return dueIn(notCompletedDecisionDue);
    }

    /** Now plus the period in Stockholm's calendar (calendar days, not working days; same time of day). */
    private Date dueIn(Period period) {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), ClockConfig.SWEDEN);
        return Date.from(now.plus(period).toInstant());
    }

    public String getReviewDueIso() {
        return reviewDue.toString();
    }

    public String getCompletionWaitIso() {
        return completionWait.toString();
    }

    public Period getReviewDue() {
        return reviewDue;
    }

    public void setReviewDue(Period reviewDue) {
        this.reviewDue = reviewDue;
    }

    public Period getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(Period followUpDue) {
        this.followUpDue = followUpDue;
    }

    public Period getRegistrationDue() {
        return registrationDue;
    }

    public void setRegistrationDue(Period registrationDue) {
        this.registrationDue = registrationDue;
    }

    public Period getNotCompletedDecisionDue() {
        return notCompletedDecisionDue;
    }

    public void setNotCompletedDecisionDue(Period notCompletedDecisionDue) {
        this.notCompletedDecisionDue = notCompletedDecisionDue;
    }

    public Period getCompletionWait() {
        return completionWait;
    }

    public void setCompletionWait(Period completionWait) {
        this.completionWait = completionWait;
    }
}
