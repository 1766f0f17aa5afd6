package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.accession.AccessionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_markWithdrawn: marks the case withdrawn. */
@Component
class MarkWithdrawnDelegate implements JavaDelegate {

  private final AccessionService accessions;

  MarkWithdrawnDelegate(AccessionService accessions) {
    this.accessions = accessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    accessions.markWithdrawn(ProcessVariables.longValue(execution, AccessionProcess.Variables.ACCESSION_ID),
        ProcessVariables.string(execution, AccessionProcess.Variables.WITHDRAWAL_REASON));
  }
}
