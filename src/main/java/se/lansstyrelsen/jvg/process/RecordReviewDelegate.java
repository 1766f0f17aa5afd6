package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.AccessionService.ReviewDecision;
import se.lansstyrelsen.jvg.accession.ReviewOutcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_recordReview: records the review decision (validated; a bad one rolls back the task). */
@Component
class RecordReviewDelegate implements JavaDelegate {

  private final AccessionService accessions;
  private final CaseLookup cases;

  RecordReviewDelegate(AccessionService accessions, CaseLookup cases) {
    this.cases = cases;
    this.accessions = accessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormErrors.rethrowAsFormError(() -> accessions.recordReview(
        cases.caseId(execution), decision(execution), Actor.current(execution)));
  }

  private static ReviewDecision decision(DelegateExecution execution) {
    ReviewOutcome outcome;
    try {
      outcome = ReviewOutcome.valueOf(ProcessVariables.string(execution, AccessionProcess.Variables.REVIEW_OUTCOME));
    } catch (IllegalArgumentException | NullPointerException e) {
      outcome = null;
    }
    return new ReviewDecision(outcome,
        ProcessVariables.bool(execution, AccessionProcess.Variables.CHECK_DECISION_STATED),
        ProcessVariables.bool(execution, AccessionProcess.Variables.CHECK_GOALS_CHOSEN),
        ProcessVariables.bool(execution, AccessionProcess.Variables.CHECK_CONTACT_COMPLETE),
        ProcessVariables.bool(execution, AccessionProcess.Variables.CHECK_ORGANISATION_ELIGIBLE),
        ProcessVariables.string(execution, AccessionProcess.Variables.REVIEW_COMMENT),
        ProcessVariables.string(execution, AccessionProcess.Variables.REJECTION_REASON));
  }
}
