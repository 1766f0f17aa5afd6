package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.accession.AccessionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_closeNotCompleted: marks the case closed as not completed. */
@Component
class CloseNotCompletedDelegate implements JavaDelegate {

  private final AccessionService accessions;
  private final CaseLookup cases;

  CloseNotCompletedDelegate(AccessionService accessions, CaseLookup cases) {
    this.cases = cases;
    this.accessions = accessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    accessions.closeNotCompleted(cases.caseId(execution),
        ProcessVariables.string(execution, AccessionProcess.Variables.NOT_COMPLETED_COMMENT), Actor.current(execution));
  }
}
