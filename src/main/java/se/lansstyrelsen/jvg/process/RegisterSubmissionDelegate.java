package se.lansstyrelsen.jvg.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.AccessionService.Registered;
import se.lansstyrelsen.jvg.accession.FormFields;
import se.lansstyrelsen.jvg.invitation.InvitationAnswers;

/**
 * serviceTask_registerSubmission: validates the form data again on the server, creates the case and
 * sets the case number as business key. Bad data rolls back the start with a 400 and a Swedish message.
 * Writes the case's ids, the duplicate flag and the canonical organisation number, and ends the
 * organisation's open invitation, if any (message AccessionSubmittedForInvitation, InvitationAnswers): found by
 * organisation number or municipality code, or, for a start from the public page through an invitation's link,
 * the variable invitationId (ignored in a start by a user).
 *
 * <p>The case number is always the server's: a start from the public page comes through the gateway
 * with a number just allocated; any other start (Tasklist, engine REST) gets one allocated here
 * (TaskInputGuard already refuses a business key a user supplies).
 */
@Component
class RegisterSubmissionDelegate implements JavaDelegate {

  private final AccessionService accessions;
  private final InvitationAnswers invitations;

  RegisterSubmissionDelegate(AccessionService accessions, InvitationAnswers invitations) {
    this.accessions = accessions;
    this.invitations = invitations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String actor = Actor.current(execution);
    String allocated = actor == null ? blankToNull(execution.getProcessBusinessKey()) : null;
    FormErrors.rethrowAsFormError(() -> {
      Registered registered = accessions.registerSubmission(ProcessVariables.plain(execution.getVariables()), allocated,
          execution.getProcessInstanceId(), ProcessVariables.string(execution, AccessionProcess.Variables.INITIATOR));
      if (!registered.caseNumber().equals(execution.getProcessBusinessKey())) {
        execution.setProcessBusinessKey(registered.caseNumber());
      }
      execution.setVariable(AccessionProcess.Variables.ACCESSION_ID, registered.accessionId());
      execution.setVariable(AccessionProcess.Variables.CASE_NUMBER, registered.caseNumber());
      execution.setVariable(AccessionProcess.Variables.POSSIBLE_DUPLICATE, registered.possibleDuplicate());
      execution.setVariable(AccessionProcess.Variables.POSSIBLE_DUPLICATE_OF, registered.duplicateOf());
      // Tasklist shows the number as stored, not as typed (2120001355 → 212000-1355).
      execution.setVariable(FormFields.ORGANISATION_NUMBER, registered.organisationNumber());
      // The organisation's open invitation (processes/invitation.bpmn) ends with this accession; none: nothing.
      // A start from the public page (no user) may name the invitation whose link it came through.
      Object linked = actor == null ? execution.getVariable(AccessionProcess.Variables.INVITATION_ID) : null;
      invitations.accessionSubmitted(linked instanceof Number n ? n.longValue() : null,
          registered.organisationNumber(),
          ProcessVariables.string(execution, FormFields.ORGANISATION_TYPE),
          ProcessVariables.string(execution, FormFields.MUNICIPALITY_CODE), registered.caseNumber());
    });
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
