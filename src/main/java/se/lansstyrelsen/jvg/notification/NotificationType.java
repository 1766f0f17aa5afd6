package se.lansstyrelsen.jvg.notification;

/** The e-mails the application sends; each has a Thymeleaf template under templates/mail/. */
public enum NotificationType {
    RECEIPT("mail/receipt"),
    CASEWORKER_NOTICE("mail/caseworker-notice", true),
    REVIEW_OVERDUE("mail/review-overdue", true),
    COMPLETION_REQUEST("mail/completion-request"),
    COMPLETION_REMINDER("mail/completion-reminder"),
    CONFIRMATION("mail/confirmation"),
    REJECTION("mail/rejection"),
    NOT_COMPLETED("mail/not-completed"),
    WITHDRAWAL("mail/withdrawal"),
    /** To the case's caseworker (or the mailbox): the organisation's completion has arrived. */
    COMPLETION_ARRIVED("mail/completion-arrived", true),
    /** To the case's caseworker (or the mailbox): the organisation has withdrawn its accession. */
    WITHDRAWAL_NOTICE("mail/withdrawal-notice", true),
    /** To a joined organisation's contact person: this year's follow-up form, with a secure link. */
    ANNUAL_FOLLOW_UP_REQUEST("mail/annual-follow-up-request"),
    /** Reminder of the year's follow-up, with a fresh link. */
    ANNUAL_FOLLOW_UP_REMINDER("mail/annual-follow-up-reminder"),
    /** To an eligible organisation: an invitation to join, with a link to the prefilled form. */
    INVITATION("mail/invitation"),
    /** To an invited organisation that has not answered: a reminder before an information session. */
    INVITATION_REMINDER("mail/invitation-reminder"),
    /** Information sessions: a place (with the .ics invitation), the waiting list, the reminder the day before. */
    SESSION_CONFIRMATION("mail/session-confirmation"),
    SESSION_WAITING_LIST("mail/session-waiting-list"),
    SESSION_REMINDER("mail/session-reminder"),
    /** The sign-up was cancelled (by the participant or a caseworker), or the whole session was. */
    SESSION_SIGNUP_CANCELLED("mail/session-signup-cancelled"),
    SESSION_CANCELLED("mail/session-cancelled");

    private final String template;
    private final boolean toStaff;

    NotificationType(String template) {
        this(template, false);
    }

    NotificationType(String template, boolean toStaff) {
        this.template = template;
        this.toStaff = toStaff;
    }

    /** Sent to Länsstyrelsen's staff (a caseworker or the mailbox), not to the organisation's contact person. */
    public boolean toStaff() {
        return toStaff;
    }

    /** The names of the types sent to staff, as stored in the sent-log. */
    public static java.util.List<String> staffTypeNames() {
        return java.util.Arrays.stream(values())
                .filter(NotificationType::toStaff)
                .map(Enum::name)
                .toList();
    }

    public String template() {
        return template;
    }
}
