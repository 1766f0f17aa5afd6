package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.accession.AccessionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_recordFollowUp: stores the caseworker's follow-up note on the case. */
@Component
class RecordFollowUpDelegate implements JavaDelegate {

  private final AccessionService accessions;
  private final CaseLookup cases;

  RecordFollowUpDelegate(AccessionService accessions, CaseLookup cases) {
    this.cases = cases;
    this.accessions = accessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormErrors.rethrowAsFormError(() -> execution.setVariable(AccessionProcess.Variables.FOLLOW_UP_ID,
        accessions.recordFollowUp(cases.caseId(execution),
            ProcessVariables.string(execution, AccessionProcess.Variables.MISSING_INFORMATION),
            ProcessVariables.string(execution, AccessionProcess.Variables.CONTACT_METHOD),
            ProcessVariables.string(execution, AccessionProcess.Variables.FOLLOW_UP_NOTE), Actor.current(execution))));
  }
}
