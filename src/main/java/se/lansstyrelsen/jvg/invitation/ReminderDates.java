package se.lansstyrelsen.jvg.invitation;

import java.time.LocalDate;
import java.util.List;

/**
 * The dates of the coming information sessions, before each of which the open invitations get a reminder.
 * The one place to connect another source of session dates (e.g. sessions kept in the application): replace
 * {@link InformationSessionReminderDates} with a bean of this type.
 */
public interface ReminderDates {

  /** Sessions from today on, in date order. */
  List<LocalDate> upcomingSessionDates();
}
