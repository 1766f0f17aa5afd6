package se.lansstyrelsen.jvg.session.web;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.export.Table;
import se.lansstyrelsen.jvg.session.InformationSession;
import se.lansstyrelsen.jvg.session.SessionService;
import se.lansstyrelsen.jvg.session.SessionSignup;

/** A session's attendees as a table for the caseworkers' CSV and Excel downloads, and the files' name. */
@Component
class SessionAttendees {

    private final SessionService sessions;

    SessionAttendees(SessionService sessions) {
        this.sessions = sessions;
    }

    /** The attendees' table: everyone with a place first, then the waiting list, then cancelled sign-ups. */
    Table table(Long sessionId) {
        InformationSession s = sessions.get(sessionId);
        List<List<Object>> rows = new ArrayList<>();
        for (SessionSignup.Status status : SessionSignup.Status.values()) {
            for (SessionSignup x : sessions.signups(sessionId)) {
                if (x.getStatus() == status) {
                    rows.add(List.of(
                            x.getReference(),
                            x.getStatus().label(),
                            x.getOrganisationName(),
                            x.getContactName(),
                            x.getContactEmail(),
                            x.getParticipants(),
                            x.getParticipantNames() == null ? "" : x.getParticipantNames(),
                            x.getCreatedAt().atZone(ClockConfig.SWEDEN).toLocalDate()));
                }
            }
        }
        return new Table(
                text("session.attendees.title", s.getTitle()),
                List.of(
                        column("reference", 10),
                        column("status", 12),
                        column("organisation", 30),
                        column("contact", 24),
                        column("email", 30),
                        column("participants", 10),
                        column("names", 40),
                        column("signed-up", 12)),
                rows);
    }

    private static Table.Column column(String name, int width) {
        return new Table.Column(text("session.attendees.column." + name), width);
    }

    /** The download's file name without extension: the session's id and day. */
    String fileName(Long id) {
        return "informationstraff-" + id + "-"
                + sessions.get(id).getStartsAt().atZone(ClockConfig.SWEDEN).toLocalDate();
    }
}
