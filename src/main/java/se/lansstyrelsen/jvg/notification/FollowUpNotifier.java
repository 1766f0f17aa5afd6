package se.lansstyrelsen.jvg.notification;

import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import se.lansstyrelsen.jvg.accession.AccessTokenService.IssuedToken;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * The yearly follow-up's e-mails to a joined organisation's contact person. Keys: case number, type,
 * year (and the reminder's number), so a retried job never sends one twice; the secure link is issued only
 * when the e-mail is actually sent.
 */
@Service
@Transactional
public class FollowUpNotifier {

    private final AccessionService accessions;
    private final MailDelivery delivery;
    private final GoalCatalogue catalogue;
    private final AccessionSettings settings;

    FollowUpNotifier(
            AccessionService accessions, MailDelivery delivery, GoalCatalogue catalogue, AccessionSettings settings) {
        this.accessions = accessions;
        this.delivery = delivery;
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /** This year's follow-up form. */
    public void sendRequest(Long accessionId, int year, Supplier<IssuedToken> link) {
        send(accessionId, year, 0, link);
    }

    /** Reminder number {@code reminderNumber} (1, 2, ...), with a fresh link. */
    public void sendReminder(Long accessionId, int year, int reminderNumber, Supplier<IssuedToken> link) {
        send(accessionId, year, reminderNumber, link);
    }

    private void send(Long accessionId, int year, int reminderNumber, Supplier<IssuedToken> link) {
        Accession a = accessions.get(accessionId);
        NotificationType type = reminderNumber == 0
                ? NotificationType.ANNUAL_FOLLOW_UP_REQUEST
                : NotificationType.ANNUAL_FOLLOW_UP_REMINDER;
        String key =
                a.getCaseNumber() + ":" + type.name() + ":" + year + (reminderNumber == 0 ? "" : ":" + reminderNumber);
        delivery.sendOnce(key, a.getCaseNumber(), type, a.getContact().email(), () -> {
            GoalCatalogue.Snapshot cat = catalogue.current();
            Context c = MailModel.forCase(a.getCaseNumber(), cat);
            c.setVariable("organisationName", a.getOrganisation().getName());
            c.setVariable("contactName", a.getContact().name());
            c.setVariable("goals", MailModel.goalLines(a.getCommitment().goals(), cat));
            c.setVariable("followUpYear", year);
            c.setVariable("reminderNumber", reminderNumber);
            IssuedToken token = link.get();
            MailModel.link(c, "followUpUrl", settings.getPublicBaseUrl() + "/uppfoljning/" + token.token(), token);
            return c;
        });
    }
}
