package se.lansstyrelsen.jvg.invitation;

/**
 * The one place that names the two invitation processes (processes/invitation-round.bpmn and
 * processes/invitation.bpmn): keys, messages, element ids, variables and start-form fields.
 */
public final class InvitationProcess {

    public static final String ROUND_KEY = "invitation-round";
    public static final String INVITATION_KEY = "invitation";
    public static final String START_FORM_ID = "invitation-round-start";

    /** Messages; the accession process's registration sends {@link #ACCESSION_SUBMITTED}. */
    public static final class Messages {
        /** To one invitation (business key): the organisation has submitted an accession. */
        public static final String ACCESSION_SUBMITTED = "AccessionSubmittedForInvitation";
        /** To every open invitation of a round (variable roundId): the round is closed. */
        public static final String ROUND_CLOSED = "InvitationRoundClosed";
        /** To every open invitation of a round: send a reminder before the next information session. */
        public static final String REMINDER_DUE = "InvitationReminderDue";
        /** To the round (business key): a caseworker closes it before its deadline. */
        public static final String CLOSE_ROUND = "InvitationRoundClosedByCaseworker";

        private Messages() {}
    }

    /** BPMN element ids used by code and tests. */
    public static final class Elements {
        public static final String ROUND_STARTED = "startEvent_invitationRoundStarted";
        public static final String REGISTER_ROUND = "serviceTask_registerInvitationRound";
        public static final String START_INVITATIONS = "serviceTask_startInvitations";
        public static final String PLAN_REMINDER = "serviceTask_planNextReminder";
        public static final String AWAIT_ROUND_EVENT = "eventGateway_awaitRoundEvent";
        public static final String REMINDER_DUE = "timerEvent_reminderDue";
        public static final String DEADLINE_REACHED = "timerEvent_deadlineReached";
        public static final String CLOSED_BY_CASEWORKER = "intermediateCatchEvent_closedByCaseworker";
        public static final String REMIND_OPEN_INVITATIONS = "serviceTask_remindOpenInvitations";
        public static final String CLOSE_ROUND = "serviceTask_closeInvitationRound";
        public static final String ROUND_CLOSED = "endEvent_invitationRoundClosed";

        public static final String INVITATION_CREATED = "startEvent_invitationCreated";
        public static final String SEND_INVITATION = "serviceTask_sendInvitation";
        public static final String AWAIT_ANSWER = "eventGateway_awaitAnswer";
        public static final String ACCESSION_SUBMITTED = "intermediateCatchEvent_accessionSubmitted";
        public static final String ROUND_CLOSED_FOR_INVITATION = "intermediateCatchEvent_roundClosed";
        public static final String REMINDER_REQUESTED = "intermediateCatchEvent_reminderRequested";
        public static final String SEND_REMINDER = "serviceTask_sendInvitationReminder";
        public static final String ANSWERED = "endEvent_invitationAnswered";
        public static final String UNANSWERED = "endEvent_invitationUnanswered";
        public static final String STILL_OPEN = "gateway_invitationStillOpen";
        public static final String ANSWERED_MEANWHILE = "endEvent_answeredMeanwhile";

        private Elements() {}
    }

    /** Process variables written by our code. */
    public static final class Variables {
        public static final String ROUND_ID = "roundId";
        public static final String INVITATION_ID = "invitationId";
        /** Start of the day after the round's deadline (Stockholm): the deadline timer. */
        public static final String DEADLINE_AT = "deadlineAt";
        /** When the next reminder goes out; after the deadline when none is left (the deadline then wins). */
        public static final String NEXT_REMINDER_AT = "nextReminderAt";
        /** The information session (ISO date) the next reminder is for; null when none is left. */
        public static final String NEXT_REMINDER_SESSION = "nextReminderSession";
        /** Sent with {@link Messages#REMINDER_DUE}: the session (ISO date) the reminder is for. */
        public static final String REMINDER_FOR = "reminderFor";
        /** Written after each e-mail: false when the organisation answered meanwhile (the process then ends). */
        public static final String INVITATION_OPEN = "invitationOpen";
        /** The case number of the accession that answered the invitation. */
        public static final String CASE_NUMBER = "caseNumber";

        private Variables() {}
    }

    /** Fields of forms/invitation-round-start.form. */
    public static final class StartForm {
        public static final String NAME = "roundName";
        public static final String SCOPE = "invitationScope";
        public static final String SELECTED = "selectedOrganisations";
        public static final String MESSAGE = "invitationMessage";
        public static final String DEADLINE = "roundDeadline";

        private StartForm() {}
    }

    /** The round process's business key. */
    public static String roundBusinessKey(long roundId) {
        return "INB-" + roundId;
    }

    /** An invitation process's business key: the round's plus the invitation's id. */
    public static String businessKey(long roundId, long invitationId) {
        return roundBusinessKey(roundId) + "-" + invitationId;
    }

    private InvitationProcess() {}
}
