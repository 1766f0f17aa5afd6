package se.lansstyrelsen.jvg.invitation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import se.lansstyrelsen.jvg.config.ClockConfig;

/**
 * When a round's next reminder goes out: {@code daysBefore} days before the next information session, at
 * {@code reminderTime} in Stockholm, if that moment is still ahead and before the round's deadline ends.
 */
record ReminderPlan(LocalDate session, Instant at) {

    /** Start of the day after the deadline in Stockholm: the round closes then (the deadline day is included). */
    static Instant deadlineEnd(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(ClockConfig.SWEDEN).toInstant();
    }

    /**
     * With no reminder planned: look again a day from now (a session may be added meanwhile), but no earlier than
     * needed and always after the deadline's end once that is less than a day away, so the deadline comes first.
     */
    static Instant recheck(Instant now, LocalDate deadline) {
        Instant tomorrow = now.plus(java.time.Duration.ofDays(1));
        Instant afterDeadline = deadlineEnd(deadline).plus(java.time.Duration.ofDays(1));
        return tomorrow.isBefore(deadlineEnd(deadline)) ? tomorrow : afterDeadline;
    }

    /** The next reminder, or {@code null} when no session is left to remind of before the deadline. */
    static ReminderPlan next(List<LocalDate> sessions, InvitationSettings settings, LocalDate deadline, Instant now) {
        for (LocalDate session : sessions.stream().sorted().toList()) {
            Instant at = ZonedDateTime.of(
                            session.minusDays(settings.getReminderDaysBefore()),
                            settings.getReminderTime(),
                            ClockConfig.SWEDEN)
                    .toInstant();
            if (at.isAfter(now)
                    && at.isBefore(deadlineEnd(deadline))
                    && session.isAfter(now.atZone(ClockConfig.SWEDEN).toLocalDate())) {
                return new ReminderPlan(session, at);
            }
        }
        return null;
    }
}
