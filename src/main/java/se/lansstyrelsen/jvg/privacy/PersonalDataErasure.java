package se.lansstyrelsen.jvg.privacy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.ContactPersonErasure;
import se.lansstyrelsen.jvg.accession.ContactPersonErasure.CaseView;
import se.lansstyrelsen.jvg.notification.NotificationRepository;
import se.lansstyrelsen.jvg.process.ProcessPersonalData;

/**
 * Erases one contact person's personal data on request (GDPR art. 17) while the organisation stays in
 * the register: the case's contact fields, the contact's address in the e-mail sent-log, and the contact
 * variables and form fields in the engine's runtime and history. One transaction; only for closed cases.
 */
@Service
public class PersonalDataErasure {

  /** Stands in for an erased address in the sent-log. */
  static final String ERASED = "(raderad)";

  private final ContactPersonErasure cases;
  private final NotificationRepository notifications;
  private final ProcessPersonalData process;

  PersonalDataErasure(ContactPersonErasure cases, NotificationRepository notifications, ProcessPersonalData process) {
    this.cases = cases;
    this.notifications = notifications;
    this.process = process;
  }

  @Transactional
  public Result eraseContactPerson(String caseNumber, String actor) {
    CaseView view = cases.find(caseNumber).orElse(null);
    if (view == null) {
      return Result.NO_SUCH_CASE;
    }
    if (!view.closed() || (view.processInstanceId() != null && process.isRunning(view.processInstanceId()))) {
      return Result.CASE_OPEN;
    }
    if (view.contactEmail() != null) {
      notifications.replaceRecipient(caseNumber, view.contactEmail(), ERASED);
    }
    cases.erase(caseNumber, actor);
    if (view.processInstanceId() != null) {
      process.eraseContactVariables(view.processInstanceId());
    }
    return Result.ERASED;
  }

  /** Outcome of a request. */
  public enum Result { ERASED, NO_SUCH_CASE, CASE_OPEN }
}
