package se.lansstyrelsen.jvg.invitation;

import java.time.LocalDate;
import java.util.List;

/**
 * The dates of the coming information sessions, before each of which the open invitations get a reminder.
 * Today the information sessions kept in the application ({@link InformationSessionReminderDates}); a test or
 * another source replaces that one bean.
 */
public interface ReminderDates {

    /** Sessions from today on, in date order. */
    List<LocalDate> upcomingSessionDates();
}
