package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.notification.AccessionNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_sendCompletionRequest: completion request with a secure link; starts the reminder count. */
@Component
class SendCompletionRequestDelegate implements JavaDelegate {

  private final AccessionNotifier notifier;
  private final CaseLookup cases;

  SendCompletionRequestDelegate(AccessionNotifier notifier, CaseLookup cases) {
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.sendCompletionRequest(cases.caseId(execution),
        ProcessVariables.longValue(execution, AccessionProcess.Variables.FOLLOW_UP_ID));
    execution.setVariable(AccessionProcess.Variables.REMINDER_COUNT, 0);
  }
}
