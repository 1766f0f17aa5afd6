package se.lansstyrelsen.jvg.notification;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.session.UpcomingSessions;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * The invitation e-mails, through the same sent-log as every other e-mail: the key (invitation id, and for a
 * reminder the session it is for) is stable across job retries, so a retry never sends one twice.
 */
@Service
public class InvitationNotifier {

    private final MailDelivery delivery;
    private final GoalCatalogue catalogue;
    private final UpcomingSessions sessions;
    private final AccessionSettings settings;

    InvitationNotifier(
            MailDelivery delivery, GoalCatalogue catalogue, UpcomingSessions sessions, AccessionSettings settings) {
        this.delivery = delivery;
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.settings = settings;
    }

    /**
     * What an invitation e-mail says; {@code roundKey} stands in the sent-log's case-number column. {@code newToken}
     * issues the link's token, called only when the e-mail is actually sent (the database keeps only its hash).
     */
    public record Letter(
            long invitationId,
            String roundKey,
            String organisationName,
            String email,
            java.util.function.Supplier<String> newToken,
            String message,
            LocalDate deadline) {}

    public void sendInvitation(Letter letter) {
        delivery.sendOnce(
                "INVITATION:" + letter.invitationId(),
                letter.roundKey(),
                NotificationType.INVITATION,
                letter.email(),
                () -> model(letter, null));
    }

    /** A reminder before the information session on {@code session}; one per invitation and session. */
    public void sendReminder(Letter letter, LocalDate session) {
        delivery.sendOnce(
                "INVITATION_REMINDER:" + letter.invitationId() + ":" + session,
                letter.roundKey(),
                NotificationType.INVITATION_REMINDER,
                letter.email(),
                () -> model(letter, session));
    }

    private Context model(Letter letter, LocalDate session) {
        Context c = new Context(MailModel.SWEDISH);
        c.setVariable("organisationName", letter.organisationName());
        c.setVariable("periodName", catalogue.current().periodName());
        c.setVariable("message", letter.message());
        c.setVariable("deadline", MailModel.DATE.format(letter.deadline()));
        c.setVariable(
                "link",
                settings.getPublicBaseUrl() + "/anslutning?inbjudan="
                        + letter.newToken().get());
        c.setVariable("session", session == null ? null : MailModel.DATE.format(session));
        c.setVariable("informationSessions", sessions.list());
        return c;
    }
}
