package se.lansstyrelsen.jvg.invitation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.session.UpcomingSessions;

/** The session dates come from the information sessions caseworkers keep in the application. */
@Component
class InformationSessionReminderDates implements ReminderDates {

    private final UpcomingSessions sessions;

    InformationSessionReminderDates(UpcomingSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<LocalDate> upcomingSessionDates() {
        return sessions.list().stream()
                .map(s -> LocalDate.parse(s.isoDate()))
                .distinct()
                .toList();
    }
}
