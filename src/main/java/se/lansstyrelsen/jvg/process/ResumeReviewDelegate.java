package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.accession.AccessionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_resumeReview: the organisation's completion arrived; the case goes back to review. */
@Component
class ResumeReviewDelegate implements JavaDelegate {

  private final AccessionService accessions;
  private final CaseLookup cases;

  ResumeReviewDelegate(AccessionService accessions, CaseLookup cases) {
    this.cases = cases;
    this.accessions = accessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    accessions.resumeReview(cases.caseId(execution));
  }
}
