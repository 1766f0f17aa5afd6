package se.lansstyrelsen.jvg.notification;

/** The e-mails the application sends; each has a Thymeleaf template under templates/mail/. */
public enum NotificationType {
  RECEIPT("mail/receipt"),
  CASEWORKER_NOTICE("mail/caseworker-notice"),
  REVIEW_OVERDUE("mail/review-overdue"),
  COMPLETION_REQUEST("mail/completion-request"),
  COMPLETION_REMINDER("mail/completion-reminder"),
  CONFIRMATION("mail/confirmation"),
  REJECTION("mail/rejection"),
  NOT_COMPLETED("mail/not-completed"),
  WITHDRAWAL("mail/withdrawal");

  private final String template;

  NotificationType(String template) {
    this.template = template;
  }

  public String template() {
    return template;
  }
}
