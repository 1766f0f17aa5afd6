package se.lansstyrelsen.jvg.process;

import static se.lansstyrelsen.jvg.process.AccessionVariables.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.notification.AccessionNotifier;

/**
 * The e-mail delegates of processes/accession.bpmn, one {@code @Bean} each under the name its
 * {@code camunda:delegateExpression} uses; a new mail task is one line, {@code cases.onCase(notifier::sendSomething)}.
 * The mail tasks are asynchronous with {@code accession.mail-retry-cycle} in the BPMN; the notifier's sent-log
 * keeps a retried job from sending an e-mail twice.
 */
@Configuration(proxyBeanMethods = false)
class AccessionMailDelegates {

    private final AccessionNotifier notifier;
    private final CaseLookup cases;
    private final AccessionSettings settings;

    AccessionMailDelegates(AccessionNotifier notifier, CaseLookup cases, AccessionSettings settings) {
        this.notifier = notifier;
        this.cases = cases;
        this.settings = settings;
    }

    /** Receipt to the contact person and notice to the caseworkers' mailbox. */
    @Bean
    JavaDelegate sendReceiptDelegate() {
        return cases.onCase(notifier::sendReceiptAndNotice);
    }

    /** The review is overdue: tells the caseworkers' mailbox. */
    @Bean
    JavaDelegate remindReviewOverdueDelegate() {
        return cases.onCase(notifier::sendReviewOverdue);
    }

    /** Confirmation of the accession with the chosen goals. */
    @Bean
    JavaDelegate sendConfirmationDelegate() {
        return cases.onCase(notifier::sendConfirmation);
    }

    /** The decision not to register, with the reason. */
    @Bean
    JavaDelegate sendRejectionDelegate() {
        return cases.onCase(notifier::sendRejection);
    }

    /** Tells the contact person the case was closed as not completed. */
    @Bean
    JavaDelegate sendNotCompletedNoticeDelegate() {
        return cases.onCase(notifier::sendNotCompleted);
    }

    /** Confirms the withdrawal to the contact person. */
    @Bean
    JavaDelegate sendWithdrawalConfirmationDelegate() {
        return cases.onCase(notifier::sendWithdrawalConfirmation);
    }

    /** Tells whoever handles the case that the completion arrived ({@link CaseworkerNotices}). */
    @Bean
    JavaDelegate sendCompletionArrivedNoticeDelegate() {
        return e -> notifier.sendCompletionArrived(cases.caseId(e), CaseworkerNotices.recipients(e, settings));
    }

    /** Tells whoever handles the case that the organisation withdrew. */
    @Bean
    JavaDelegate sendWithdrawalNoticeDelegate() {
        return e -> notifier.sendWithdrawalNotice(cases.caseId(e), CaseworkerNotices.recipients(e, settings));
    }

    /** Completion request with a secure link; starts the reminder count. */
    @Bean
    JavaDelegate sendCompletionRequestDelegate() {
        return e -> {
            notifier.sendCompletionRequest(cases.caseId(e), FOLLOW_UP_ID.require(e));
            REMINDER_COUNT.set(e, 0);
        };
    }

    /** The next reminder; counts it so the gateway can stop after the configured number. */
    @Bean
    JavaDelegate sendCompletionReminderDelegate() {
        return e -> {
            int reminderNumber = REMINDER_COUNT.orElse(e, 0) + 1;
            notifier.sendCompletionReminder(cases.caseId(e), FOLLOW_UP_ID.require(e), reminderNumber);
            REMINDER_COUNT.set(e, reminderNumber);
        };
    }
}
