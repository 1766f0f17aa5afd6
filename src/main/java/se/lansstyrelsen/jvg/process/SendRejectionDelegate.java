package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.notification.AccessionNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_sendRejection: the decision not to register, with the reason. */
@Component
class SendRejectionDelegate implements JavaDelegate {

  private final AccessionNotifier notifier;
  private final CaseLookup cases;

  SendRejectionDelegate(AccessionNotifier notifier, CaseLookup cases) {
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.sendRejection(cases.caseId(execution));
  }
}
