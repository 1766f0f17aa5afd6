package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.notification.AccessionNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_sendNotCompletedNotice: tells the contact person the case was closed as not completed. */
@Component
class SendNotCompletedNoticeDelegate implements JavaDelegate {

  private final AccessionNotifier notifier;
  private final CaseLookup cases;

  SendNotCompletedNoticeDelegate(AccessionNotifier notifier, CaseLookup cases) {
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.sendNotCompleted(cases.caseId(execution));
  }
}
