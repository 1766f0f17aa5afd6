package se.lansstyrelsen.jvg.notification;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.accession.ChosenGoal;
import se.lansstyrelsen.jvg.accession.FollowUpNote;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * Every e-mail about an accession. Each has a key that is stable across job retries (case number,
 * type and, where a case can get several, the follow-up or reminder it belongs to).
 */
@Service
@Transactional
public class AccessionNotifier {

    private final AccessionService accessions;
    private final MailDelivery delivery;
    private final AccessionMailContent content;
    private final AccessionSettings settings;

    AccessionNotifier(
            AccessionService accessions,
            MailDelivery delivery,
            AccessionMailContent content,
            AccessionSettings settings) {
        this.accessions = accessions;
        this.delivery = delivery;
        this.content = content;
        this.settings = settings;
    }

    /** Receipt to the contact person and a notice to the caseworkers' mailbox. */
    public void sendReceiptAndNotice(Long accessionId) {
        Accession a = accessions.get(accessionId);
        delivery.sendOnce(
                key(a, NotificationType.RECEIPT),
                a.getCaseNumber(),
                NotificationType.RECEIPT,
                a.getContact().email(),
                () -> content.receipt(a));
        delivery.sendOnce(
                key(a, NotificationType.CASEWORKER_NOTICE),
                a.getCaseNumber(),
                NotificationType.CASEWORKER_NOTICE,
                settings.getCaseworkerMailbox(),
                () -> content.model(a));
    }

    /** "Granska anslutning" is overdue; one reminder per review round. */
    public void sendReviewOverdue(Long accessionId) {
        Accession a = accessions.get(accessionId);
        long round = 1
                + a.getHistory().stream()
                        .filter(h -> h.getStatus() == AccessionStatus.UNDER_REVIEW)
                        .count();
        delivery.sendOnce(
                key(a, NotificationType.REVIEW_OVERDUE) + ":" + round,
                a.getCaseNumber(),
                NotificationType.REVIEW_OVERDUE,
                settings.getCaseworkerMailbox(),
                () -> content.model(a));
    }

    /** Completion request with a secure link, for the given follow-up. */
    public void sendCompletionRequest(Long accessionId, Long followUpId) {
        Accession a = accessions.get(accessionId);
        FollowUpNote note = accessions.followUp(accessionId, followUpId);
        delivery.sendOnce(
                key(a, NotificationType.COMPLETION_REQUEST) + ":" + followUpId,
                a.getCaseNumber(),
                NotificationType.COMPLETION_REQUEST,
                a.getContact().email(),
                () -> content.completion(a, note));
    }

    /** Reminder number {@code reminderNumber} (1, 2, ...) for the given follow-up, with a fresh link. */
    public void sendCompletionReminder(Long accessionId, Long followUpId, int reminderNumber) {
        Accession a = accessions.get(accessionId);
        FollowUpNote note = accessions.followUp(accessionId, followUpId);
        delivery.sendOnce(
                key(a, NotificationType.COMPLETION_REMINDER) + ":" + followUpId + ":" + reminderNumber,
                a.getCaseNumber(),
                NotificationType.COMPLETION_REMINDER,
                a.getContact().email(),
                () -> {
                    Context c = content.completion(a, note);
                    c.setVariable("reminderNumber", reminderNumber);
                    return c;
                });
    }

    public void sendConfirmation(Long accessionId) {
        sendToContact(accessionId, NotificationType.CONFIRMATION);
    }

    public void sendRejection(Long accessionId) {
        sendToContact(accessionId, NotificationType.REJECTION);
    }

    public void sendNotCompleted(Long accessionId) {
        sendToContact(accessionId, NotificationType.NOT_COMPLETED);
    }

    public void sendWithdrawalConfirmation(Long accessionId) {
        sendToContact(accessionId, NotificationType.WITHDRAWAL);
    }

    /** To whoever handles the case (see {@link CaseworkerRecipient}): the organisation's completion arrived. */
    public void sendCompletionArrived(Long accessionId, List<CaseworkerRecipient> recipients) {
        sendToCaseworkers(accessionId, NotificationType.COMPLETION_ARRIVED, recipients);
    }

    /** To whoever handles the case: the organisation withdrew its accession. */
    public void sendWithdrawalNotice(Long accessionId, List<CaseworkerRecipient> recipients) {
        sendToCaseworkers(accessionId, NotificationType.WITHDRAWAL_NOTICE, recipients);
    }

    /**
     * One e-mail per recipient. A case can get several completions, so the key counts the completions
     * recorded so far (stable across retries of the same job: the count changes only when a new completion
     * arrives); the recipient's key (a user id or "mailbox") keeps one e-mail per person.
     */
    private void sendToCaseworkers(Long accessionId, NotificationType type, List<CaseworkerRecipient> recipients) {
        if (recipients.isEmpty()) {
            throw new IllegalStateException("No one to tell about " + type + " for case " + accessionId
                    + ": set accession.caseworker-mailbox or give the caseworkers e-mail addresses");
        }
        Accession a = accessions.get(accessionId);
        long round = a.getHistory().stream()
                .filter(h -> h.getStatus() == AccessionStatus.UNDER_REVIEW)
                .count();
        for (CaseworkerRecipient r : recipients) {
            delivery.sendOnce(
                    key(a, type) + ":" + round + ":" + r.key(),
                    a.getCaseNumber(),
                    type,
                    r.email(),
                    () -> content.toCaseworker(a, r));
        }
    }

    private void sendToContact(Long accessionId, NotificationType type) {
        Accession a = accessions.get(accessionId);
        delivery.sendOnce(key(a, type), a.getCaseNumber(), type, a.getContact().email(), () -> content.model(a));
    }

    private static String key(Accession a, NotificationType type) {
        return a.getCaseNumber() + ":" + type.name();
    }

    /** Each chosen goal as "area: goal text" (or the organisation's own text for "another goal"). */
    public static List<GoalLine> goalLines(List<ChosenGoal> goals, GoalCatalogue.Snapshot cat) {
        return MailModel.goalLines(goals, cat);
    }

    /** A goal as shown in e-mails. */
    public record GoalLine(String area, String text) {}
}
