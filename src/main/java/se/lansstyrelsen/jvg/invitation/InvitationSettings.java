package se.lansstyrelsen.jvg.invitation;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Settings under {@code accession.invitation.*}. */
@Component
@ConfigurationProperties(prefix = "accession.invitation")
public class InvitationSettings {

    private int reminderDaysBefore = 7;
    private LocalTime reminderTime = LocalTime.of(8, 0);

    /** Days before each information session that the reminder goes out to those who have not answered. */
    public int getReminderDaysBefore() {
        return reminderDaysBefore;
    }

    public void setReminderDaysBefore(int reminderDaysBefore) {
        this.reminderDaysBefore = reminderDaysBefore;
    }

    /** Time of day (Stockholm) the reminders go out. */
    public LocalTime getReminderTime() {
        return reminderTime;
    }

    public void setReminderTime(LocalTime reminderTime) {
        this.reminderTime = reminderTime;
    }
}
