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

  /** The next reminder, or {@code null} when no session is left to remind of before the deadline. */
  static ReminderPlan next(List<LocalDate> sessions, InvitationSettings settings, LocalDate deadline, Instant now) {
    for (LocalDate session : sessions.stream().sorted().toList()) {
      Instant at = ZonedDateTime.of(session.minusDays(settings.getReminderDaysBefore()), settings.getReminderTime(),
          ClockConfig.SWEDEN).toInstant();
      if (at.isAfter(now) && at.isBefore(deadlineEnd(deadline)) && session.isAfter(now.atZone(ClockConfig.SWEDEN)
          .toLocalDate())) {
        return new ReminderPlan(session, at);
      }
    }
    return null;
  }
}
