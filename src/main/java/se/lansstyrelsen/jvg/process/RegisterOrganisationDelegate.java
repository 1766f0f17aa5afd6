package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.accession.AccessionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_registerOrganisation: formal registration; the organisation joins the register. */
@Component
class RegisterOrganisationDelegate implements JavaDelegate {

  private final AccessionService accessions;

  RegisterOrganisationDelegate(AccessionService accessions) {
    this.accessions = accessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormErrors.rethrowAsFormError(() -> accessions.register(
        ProcessVariables.longValue(execution, AccessionProcess.Variables.ACCESSION_ID),
        ProcessVariables.string(execution, AccessionProcess.Variables.REGISTRATION_REFERENCE),
        ProcessVariables.bool(execution, AccessionProcess.Variables.GOALS_CONFIRMED), Actor.current(execution)));
  }
}
