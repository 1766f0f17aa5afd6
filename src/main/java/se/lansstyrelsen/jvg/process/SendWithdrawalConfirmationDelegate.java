package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.notification.AccessionNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_sendWithdrawalConfirmation: confirms the withdrawal to the contact person. */
@Component
class SendWithdrawalConfirmationDelegate implements JavaDelegate {

  private final AccessionNotifier notifier;
  private final CaseLookup cases;

  SendWithdrawalConfirmationDelegate(AccessionNotifier notifier, CaseLookup cases) {
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.sendWithdrawalConfirmation(cases.caseId(execution));
  }
}
