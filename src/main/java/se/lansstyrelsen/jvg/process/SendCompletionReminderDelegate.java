package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.notification.AccessionNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_sendCompletionReminder: the next reminder; counts it so the gateway can stop after the configured number. */
@Component
class SendCompletionReminderDelegate implements JavaDelegate {

  private final AccessionNotifier notifier;
  private final CaseLookup cases;

  SendCompletionReminderDelegate(AccessionNotifier notifier, CaseLookup cases) {
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int reminderNumber = ProcessVariables.intValue(execution, AccessionProcess.Variables.REMINDER_COUNT, 0) + 1;
    notifier.sendCompletionReminder(cases.caseId(execution),
        ProcessVariables.longValue(execution, AccessionProcess.Variables.FOLLOW_UP_ID), reminderNumber);
    execution.setVariable(AccessionProcess.Variables.REMINDER_COUNT, reminderNumber);
  }
}
