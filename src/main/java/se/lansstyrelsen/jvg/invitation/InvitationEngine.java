package se.lansstyrelsen.jvg.invitation;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The invitation package's only calls into the engine: start invitations, correlate their messages. */
@Component
class InvitationEngine {

    private final RuntimeService runtime;

    InvitationEngine(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the invitation's process unless one with its business key exists (a retried job). */
    void startInvitation(long roundId, InvitationService.InvitationRef invitation) {
        boolean exists = runtime.createProcessInstanceQuery()
                        .processDefinitionKey(InvitationProcess.INVITATION_KEY)
                        .processInstanceBusinessKey(invitation.businessKey())
                        .count()
                > 0;
        if (!exists) {
            runtime.createProcessInstanceByKey(InvitationProcess.INVITATION_KEY)
                    .businessKey(invitation.businessKey())
                    .setVariable(InvitationProcess.Variables.ROUND_ID, roundId)
                    .setVariable(InvitationProcess.Variables.INVITATION_ID, invitation.id())
                    .execute();
        }
    }

    /** The organisation has submitted an accession: its waiting invitation ends (nothing happens if none waits). */
    void accessionSubmitted(String businessKey, String caseNumber) {
        runtime.createMessageCorrelation(InvitationProcess.Messages.ACCESSION_SUBMITTED)
                .processInstanceBusinessKey(businessKey)
                .setVariable(InvitationProcess.Variables.CASE_NUMBER, caseNumber)
                .correlateAll();
    }

    /** Every open invitation of the round ends. */
    void roundClosed(long roundId) {
        runtime.createMessageCorrelation(InvitationProcess.Messages.ROUND_CLOSED)
                .processInstanceVariableEquals(InvitationProcess.Variables.ROUND_ID, roundId)
                .correlateAll();
    }

    /** Every open invitation of the round sends a reminder for the session on {@code sessionIsoDate}. */
    void remind(long roundId, String sessionIsoDate) {
        runtime.createMessageCorrelation(InvitationProcess.Messages.REMINDER_DUE)
                .processInstanceVariableEquals(InvitationProcess.Variables.ROUND_ID, roundId)
                .setVariable(InvitationProcess.Variables.REMINDER_FOR, sessionIsoDate)
                .correlateAll();
    }

    /** A caseworker closes the round before its deadline; false when the round no longer waits. */
    boolean closeRound(long roundId) {
        try {
            runtime.createMessageCorrelation(InvitationProcess.Messages.CLOSE_ROUND)
                    .processInstanceBusinessKey(InvitationProcess.roundBusinessKey(roundId))
                    .correlate();
            return true;
        } catch (MismatchingMessageCorrelationException e) {
            return false;
        }
    }
}
