package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.accession.AccessionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_markWithdrawn: marks the case withdrawn. */
@Component
class MarkWithdrawnDelegate implements JavaDelegate {

  private final AccessionService accessions;
  private final CaseLookup cases;

  MarkWithdrawnDelegate(AccessionService accessions, CaseLookup cases) {
    this.cases = cases;
    this.accessions = accessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    accessions.markWithdrawn(cases.caseId(execution),
        ProcessVariables.string(execution, AccessionProcess.Variables.WITHDRAWAL_REASON));
  }
}
