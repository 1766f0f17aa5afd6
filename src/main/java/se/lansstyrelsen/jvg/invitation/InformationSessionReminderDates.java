package se.lansstyrelsen.jvg.invitation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.strategy.InformationSessions;

/** Today's source of session dates: the data file {@code accession.information-sessions}. */
@Component
class InformationSessionReminderDates implements ReminderDates {

  private final InformationSessions sessions;

  InformationSessionReminderDates(InformationSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public List<LocalDate> upcomingSessionDates() {
    return sessions.upcoming().stream().map(InformationSessions.Session::date).toList();
  }
}
