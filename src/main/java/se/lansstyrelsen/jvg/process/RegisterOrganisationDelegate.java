package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.accession.AccessionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_registerOrganisation: formal registration; the organisation joins the register. */
@Component
class RegisterOrganisationDelegate implements JavaDelegate {

  private final AccessionService accessions;
  private final CaseLookup cases;

  RegisterOrganisationDelegate(AccessionService accessions, CaseLookup cases) {
    this.cases = cases;
    this.accessions = accessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormErrors.rethrowAsFormError(() -> accessions.registerOrganisation(
        cases.caseId(execution),
        ProcessVariables.string(execution, AccessionProcess.Variables.REGISTRATION_REFERENCE),
        ProcessVariables.bool(execution, AccessionProcess.Variables.GOALS_CONFIRMED), Actor.current(execution)));
  }
}
