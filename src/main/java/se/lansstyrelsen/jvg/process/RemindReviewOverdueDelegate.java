package se.lansstyrelsen.jvg.process;

import se.lansstyrelsen.jvg.notification.AccessionNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_remindReviewOverdue: tells the caseworkers' mailbox that a review is overdue. */
@Component
class RemindReviewOverdueDelegate implements JavaDelegate {

  private final AccessionNotifier notifier;
  private final CaseLookup cases;

  RemindReviewOverdueDelegate(AccessionNotifier notifier, CaseLookup cases) {
    this.cases = cases;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.sendReviewOverdue(cases.caseId(execution));
  }
}
