package se.lansstyrelsen.jvg.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import se.lansstyrelsen.jvg.accession.AccessToken.Purpose;
import se.lansstyrelsen.jvg.accession.AccessTokenService;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.accession.ChosenGoal;
import se.lansstyrelsen.jvg.accession.FollowUpNote;
import se.lansstyrelsen.jvg.accession.StatusLink;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;
import se.lansstyrelsen.jvg.session.UpcomingSessions;
import se.lansstyrelsen.jvg.config.ClockConfig;

/**
 * Every e-mail about an accession. Each has a key that is stable across job retries (case number,
 * type and, where a case can get several, the follow-up or reminder it belongs to).
 */
@Service
@Transactional
public class AccessionNotifier {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

  private final AccessionService accessions;
  private final AccessTokenService tokens;
  private final MailDelivery delivery;
  private final GoalCatalogue catalogue;
  private final MunicipalityDirectory municipalities;
  private final UpcomingSessions sessions;
  private final AccessionSettings settings;

  AccessionNotifier(AccessionService accessions, AccessTokenService tokens, MailDelivery delivery,
      GoalCatalogue catalogue, MunicipalityDirectory municipalities, UpcomingSessions sessions,
      AccessionSettings settings) {
    this.accessions = accessions;
    this.tokens = tokens;
    this.delivery = delivery;
    this.catalogue = catalogue;
    this.municipalities = municipalities;
    this.sessions = sessions;
    this.settings = settings;
  }

  /** Receipt to the contact person and a notice to the caseworkers' mailbox. */
  public void sendReceiptAndNotice(Long accessionId) {
    Accession a = accessions.get(accessionId);
    delivery.sendOnce(key(a, NotificationType.RECEIPT), a.getCaseNumber(), NotificationType.RECEIPT,
        a.getContactEmail(), () -> receiptModel(a));
    delivery.sendOnce(key(a, NotificationType.CASEWORKER_NOTICE), a.getCaseNumber(), NotificationType.CASEWORKER_NOTICE,
        settings.getCaseworkerMailbox(), () -> model(a));
  }

  /** "Granska anslutning" is overdue; one reminder per review round. */
  public void sendReviewOverdue(Long accessionId) {
    Accession a = accessions.get(accessionId);
    long round = 1 + a.getHistory().stream().filter(h -> h.getStatus() == AccessionStatus.UNDER_REVIEW).count();
    delivery.sendOnce(key(a, NotificationType.REVIEW_OVERDUE) + ":" + round, a.getCaseNumber(),
        NotificationType.REVIEW_OVERDUE, settings.getCaseworkerMailbox(), () -> model(a));
  }

  /** Completion request with a secure link, for the given follow-up. */
  public void sendCompletionRequest(Long accessionId, Long followUpId) {
    Accession a = accessions.get(accessionId);
    FollowUpNote note = accessions.followUp(accessionId, followUpId);
    delivery.sendOnce(key(a, NotificationType.COMPLETION_REQUEST) + ":" + followUpId, a.getCaseNumber(),
        NotificationType.COMPLETION_REQUEST, a.getContactEmail(), () -> completionModel(a, note));
  }

  /** Reminder number {@code reminderNumber} (1, 2, ...) for the given follow-up, with a fresh link. */
  public void sendCompletionReminder(Long accessionId, Long followUpId, int reminderNumber) {
    Accession a = accessions.get(accessionId);
    FollowUpNote note = accessions.followUp(accessionId, followUpId);
    delivery.sendOnce(key(a, NotificationType.COMPLETION_REMINDER) + ":" + followUpId + ":" + reminderNumber,
        a.getCaseNumber(), NotificationType.COMPLETION_REMINDER, a.getContactEmail(), () -> {
          Context c = completionModel(a, note);
          c.setVariable("reminderNumber", reminderNumber);
          return c;
        });
  }

  public void sendConfirmation(Long accessionId) {
    sendToContact(accessionId, NotificationType.CONFIRMATION);
  }

  public void sendRejection(Long accessionId) {
    sendToContact(accessionId, NotificationType.REJECTION);
  }

  public void sendNotCompleted(Long accessionId) {
    sendToContact(accessionId, NotificationType.NOT_COMPLETED);
  }

  public void sendWithdrawalConfirmation(Long accessionId) {
    sendToContact(accessionId, NotificationType.WITHDRAWAL);
  }

  /** To whoever handles the case (see {@link CaseworkerRecipient}): the organisation's completion arrived. */
  public void sendCompletionArrived(Long accessionId, List<CaseworkerRecipient> recipients) {
    sendToCaseworkers(accessionId, NotificationType.COMPLETION_ARRIVED, recipients);
  }

  /** To whoever handles the case: the organisation withdrew its accession. */
  public void sendWithdrawalNotice(Long accessionId, List<CaseworkerRecipient> recipients) {
    sendToCaseworkers(accessionId, NotificationType.WITHDRAWAL_NOTICE, recipients);
  }

  /**
   * One e-mail per recipient. A case can get several completions, so the key counts the completions
   * recorded so far (stable across retries of the same job: the count changes only when a new completion
   * arrives); the recipient's key (a user id or "mailbox") keeps one e-mail per person.
   */
  private void sendToCaseworkers(Long accessionId, NotificationType type, List<CaseworkerRecipient> recipients) {
    if (recipients.isEmpty()) {
      throw new IllegalStateException("No one to tell about " + type + " for case " + accessionId
          + ": set accession.caseworker-mailbox or give the caseworkers e-mail addresses");
    }
    Accession a = accessions.get(accessionId);
    long round = a.getHistory().stream().filter(h -> h.getStatus() == AccessionStatus.UNDER_REVIEW).count();
    for (CaseworkerRecipient r : recipients) {
      delivery.sendOnce(key(a, type) + ":" + round + ":" + r.key(), a.getCaseNumber(), type, r.email(), () -> {
        Context c = model(a);
        c.setVariable("caseworkerName", r.name());
        c.setVariable("missingInformation", lastMissingInformation(a));
        c.setVariable("withdrawalReason", a.getHistory().stream()
            .filter(h -> h.getStatus() == AccessionStatus.WITHDRAWN && h.getNote() != null)
            .map(h -> h.getNote()).findFirst().orElse(null));
        return c;
      });
    }
  }

  private String lastMissingInformation(Accession a) {
    List<FollowUpNote> notes = accessions.followUps(a.getId());
    return notes.isEmpty() ? null : notes.get(notes.size() - 1).getMissingInformation();
  }

  private void sendToContact(Long accessionId, NotificationType type) {
    Accession a = accessions.get(accessionId);
    delivery.sendOnce(key(a, type), a.getCaseNumber(), type, a.getContactEmail(), () -> model(a));
  }

  private static String key(Accession a, NotificationType type) {
    return a.getCaseNumber() + ":" + type.name();
  }

  /** The receipt carries a secure link to the case's status page (issued only when the e-mail is sent). */
  private Context receiptModel(Accession a) {
    Context c = model(a);
    AccessTokenService.IssuedToken token = tokens.issue(a.getId(), Purpose.STATUS);
    c.setVariable("statusUrl", settings.getPublicBaseUrl() + StatusLink.path(token.token()));
    c.setVariable("linkValidUntil", DATE.format(token.expiresAt().atZone(ClockConfig.SWEDEN)));
    return c;
  }

  private Context completionModel(Accession a, FollowUpNote note) {
    Context c = model(a);
    AccessTokenService.IssuedToken token = tokens.issue(a.getId(), Purpose.COMPLETION);
    c.setVariable("missingInformation", note.getMissingInformation());
    c.setVariable("completionUrl", settings.getPublicBaseUrl() + "/anslutning/komplettera/" + token.token());
    c.setVariable("linkValidUntil", DATE.format(token.expiresAt().atZone(ClockConfig.SWEDEN)));
    return c;
  }

  private Context model(Accession a) {
    Context c = new Context(Locale.forLanguageTag("sv-SE"));
    GoalCatalogue.Snapshot cat = catalogue.current();
    c.setVariable("caseNumber", a.getCaseNumber());
    c.setVariable("periodName", cat.periodName());
    c.setVariable("diaryNumber", cat.diaryNumber());
    c.setVariable("organisationName", a.getOrganisation().getName());
    c.setVariable("organisationNumber", a.getOrganisation().getOrganisationNumber());
    c.setVariable("organisationType", a.getOrganisation().getOrganisationType().label());
    c.setVariable("municipality", a.getOrganisation().getMunicipalityCode() == null ? null
        : municipalities.byCode(a.getOrganisation().getMunicipalityCode())
            .map(MunicipalityDirectory.Municipality::officialName).orElse(null));
    c.setVariable("contactName", a.getContactName());
    c.setVariable("contactTitle", a.getContactTitle());
    c.setVariable("contactEmail", a.getContactEmail());
    c.setVariable("contactPhone", a.getContactPhone());
    c.setVariable("decisionBody", a.getDecisionBody());
    c.setVariable("decisionDate", DATE.format(a.getDecisionDate()));
    c.setVariable("decisionReference", a.getDecisionReference());
    c.setVariable("plannedWork", a.getPlannedWork());
    c.setVariable("infoSessionInterest", a.isInfoSessionInterest());
    c.setVariable("goals", goalLines(a.getGoals(), cat));
    c.setVariable("possibleDuplicate", a.isPossibleDuplicate());
    c.setVariable("rejectionReason", a.getRejectionReason());
    c.setVariable("registrationReference", a.getRegistrationReference());
    c.setVariable("methodSupportUrl", settings.getMethodSupportUrl());
    c.setVariable("informationSessions", sessions.list());
    c.setVariable("tasklistUrl", settings.getPublicBaseUrl() + "/camunda/app/tasklist/");
    return c;
  }

  /** Each chosen goal as "area: goal text" (or the organisation's own text for "another goal"). */
  public static List<GoalLine> goalLines(List<ChosenGoal> goals, GoalCatalogue.Snapshot cat) {
    return goals.stream().map(g -> new GoalLine(
        cat.area(g.areaCode()).map(GoalCatalogue.AreaView::name).orElse(g.areaCode()),
        g.otherText() != null ? "Annat regionalt mål: " + g.otherText()
            : cat.goal(g.goalCode()).map(GoalCatalogue.GoalView::text).orElse(g.goalCode()))).toList();
  }

  /** A goal as shown in e-mails. */
  public record GoalLine(String area, String text) {}
}
