package se.lansstyrelsen.jvg.process;

import static se.lansstyrelsen.jvg.process.AccessionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.AccessionService.Registered;
import se.lansstyrelsen.jvg.accession.CaseworkerDecisions;
import se.lansstyrelsen.jvg.accession.ReviewDecision;
import se.lansstyrelsen.jvg.accession.ReviewOutcome;
import se.lansstyrelsen.jvg.invitation.InvitationAnswers;

/**
 * The delegates of processes/accession.bpmn that write the case's record, one {@code @Bean} each under the name
 * its {@code camunda:delegateExpression} uses (the e-mail tasks' are in {@link AccessionMailDelegates}). Each
 * finds the case from the business key ({@link CaseLookup}, never from a variable), calls one service method and
 * writes at most one variable. They run in the transaction of the task or message before; a rule broken by form
 * input rolls the task back with a 400 ({@link FormErrors}).
 */
@Configuration(proxyBeanMethods = false)
class AccessionDelegates {

    private final AccessionService accessions;
    private final CaseworkerDecisions decisions;
    private final CaseLookup cases;
    private final InvitationAnswers invitations;

    AccessionDelegates(
            AccessionService accessions,
            CaseworkerDecisions decisions,
            CaseLookup cases,
            InvitationAnswers invitations) {
        this.accessions = accessions;
        this.decisions = decisions;
        this.cases = cases;
        this.invitations = invitations;
    }

    /** The organisation's completion arrived; the case goes back to review. */
    @Bean
    JavaDelegate resumeReviewDelegate() {
        return cases.onCase(accessions::resumeReview);
    }

    /** Marks the case withdrawn, with the reason sent with the message. */
    @Bean
    JavaDelegate markWithdrawnDelegate() {
        return e -> accessions.markWithdrawn(cases.caseId(e), WITHDRAWAL_REASON.get(e));
    }

    /** Marks the case closed as not completed. */
    @Bean
    JavaDelegate closeNotCompletedDelegate() {
        return e -> decisions.closeNotCompleted(cases.caseId(e), NOT_COMPLETED_COMMENT.get(e), Actor.current(e));
    }

    /** Records the review decision (validated; a bad one rolls back the task). */
    @Bean
    JavaDelegate recordReviewDelegate() {
        return e -> FormErrors.rethrowAsFormError(
                () -> decisions.recordReview(cases.caseId(e), decision(e), Actor.current(e)));
    }

    /** Stores the caseworker's follow-up note on the case. */
    @Bean
    JavaDelegate recordFollowUpDelegate() {
        return e -> FormErrors.rethrowAsFormError(() -> FOLLOW_UP_ID.set(
                e,
                decisions.recordFollowUp(
                        cases.caseId(e),
                        MISSING_INFORMATION.get(e),
                        CONTACT_METHOD.get(e),
                        FOLLOW_UP_NOTE.get(e),
                        Actor.current(e))));
    }

    /** Formal registration; the organisation joins the register. */
    @Bean
    JavaDelegate registerOrganisationDelegate() {
        return e -> FormErrors.rethrowAsFormError(() -> decisions.registerOrganisation(
                cases.caseId(e), REGISTRATION_REFERENCE.get(e), GOALS_CONFIRMED.isTrue(e), Actor.current(e)));
    }

    /** Validates the submission again, creates the case and numbers it (see {@link #registerSubmission}). */
    @Bean
    JavaDelegate registerSubmissionDelegate() {
        return e -> FormErrors.rethrowAsFormError(() -> registerSubmission(e));
    }

    /**
     * Validates the form data again on the server, creates the case and sets the case number as business key
     * (bad data rolls back the start with a 400 and a Swedish message). Writes the case's ids, the duplicate flag and
     * the canonical organisation number, and ends the organisation's open invitation, if any (InvitationAnswers):
     * found by organisation number or municipality code, or, for a start from the public page through an
     * invitation's link, the variable invitationId (ignored in a start by a user).
     *
     * <p>The case number is always the server's: a start from the public page comes through the gateway with a
     * number just allocated; any other start (Tasklist, engine REST) gets one allocated here (TaskInputGuard already
     * refuses a business key a user supplies).
     */
    private void registerSubmission(DelegateExecution e) {
        String actor = Actor.current(e);
        String allocated = actor == null ? blankToNull(e.getProcessBusinessKey()) : null;
        Registered registered = accessions.registerSubmission(
                ProcessVariables.plain(e.getVariables()), allocated, e.getProcessInstanceId(), INITIATOR.get(e));
        if (!registered.caseNumber().equals(e.getProcessBusinessKey())) {
            e.setProcessBusinessKey(registered.caseNumber());
        }
        ACCESSION_ID.set(e, registered.accessionId());
        CASE_NUMBER.set(e, registered.caseNumber());
        POSSIBLE_DUPLICATE.set(e, registered.possibleDuplicate());
        POSSIBLE_DUPLICATE_OF.set(e, registered.duplicateOf());
        // Tasklist shows the number as stored, not as typed (2120001355 → 212000-1355).
        ORGANISATION_NUMBER.set(e, registered.organisationNumber());
        // The organisation's open invitation (processes/invitation.bpmn) ends with this accession; none: nothing.
        // A start from the public page (no user) may name the invitation whose link it came through.
        invitations.accessionSubmitted(
                actor == null ? INVITATION_ID.get(e) : null,
                registered.organisationNumber(),
                ORGANISATION_TYPE.get(e),
                MUNICIPALITY_CODE.get(e),
                registered.caseNumber());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static ReviewDecision decision(DelegateExecution e) {
        ReviewOutcome outcome;
        try {
            outcome = ReviewOutcome.valueOf(REVIEW_OUTCOME.get(e));
        } catch (IllegalArgumentException | NullPointerException notAnOutcome) {
            outcome = null;
        }
        return new ReviewDecision(
                outcome,
                CHECK_DECISION_STATED.isTrue(e),
                CHECK_GOALS_CHOSEN.isTrue(e),
                CHECK_CONTACT_COMPLETE.isTrue(e),
                CHECK_ORGANISATION_ELIGIBLE.isTrue(e),
                REVIEW_COMMENT.get(e),
                REJECTION_REASON.get(e));
    }
}
