package se.lansstyrelsen.jvg.followup;

/**
 * The one place that names the yearly follow-up's two processes: the round (processes/annual-follow-up-round.bpmn)
 * that starts one follow-up per joined organisation, and the follow-up itself (processes/annual-follow-up.bpmn).
 */
public final class AnnualFollowUpProcess {

    public static final String KEY = "annual-follow-up";
    public static final String ROUND_KEY = "annual-follow-up-round";
    /** Its timer starts the round once a year (Camunda allows no timer start beside the round's form start). */
    public static final String YEARLY_KEY = "annual-follow-up-yearly";

    /** Correlated by business key (case number and year, AnnualFollowUpService.businessKey). */
    public static final class Messages {
        public static final String ANSWERED = "AnnualFollowUpAnswered";

        private Messages() {}
    }

    /** BPMN element ids used by code and tests. */
    public static final class Elements {
        public static final String ROUND_TIMER_START = "startEvent_yearlyFollowUpDate";
        public static final String START_ROUND = "callActivity_startRound";
        public static final String ROUND_MANUAL_START = "startEvent_followUpYearChosen";
        public static final String START_FOLLOW_UPS = "serviceTask_startFollowUps";
        public static final String FOLLOW_UPS_STARTED = "endEvent_followUpsStarted";

        public static final String START = "startEvent_followUpStarted";
        public static final String SEND_REQUEST = "serviceTask_sendFollowUpRequest";
        public static final String AWAIT_ANSWER = "eventGateway_awaitAnswer";
        public static final String ANSWER_RECEIVED = "intermediateCatchEvent_answerReceived";
        public static final String ANSWER_WAIT_EXPIRED = "timerEvent_answerWaitExpired";
        public static final String REMINDERS_LEFT = "gateway_remindersLeft";
        public static final String SEND_REMINDER = "serviceTask_sendFollowUpReminder";
        public static final String MISSING_ANSWER = "userTask_followUpMissingAnswer";
        public static final String ANSWER_ARRIVED_LATE = "boundaryEvent_answerArrivedLate";
        public static final String CLOSE_UNANSWERED = "serviceTask_closeUnansweredFollowUp";
        public static final String NOT_ANSWERED = "endEvent_followUpNotAnswered";
        public static final String REVIEW = "userTask_reviewFollowUp";
        public static final String RECORD_REVIEW = "serviceTask_recordFollowUpReview";
        public static final String REVIEWED = "endEvent_followUpReviewed";

        private Elements() {}
    }

    /** Process variables. */
    public static final class Variables {
        /** Server-owned: the follow-up's id (table annual_follow_up). */
        public static final String FOLLOW_UP_ID = "followUpId";
        /** The round's start form (a caseworker chooses the year); the timer start uses the current year. */
        public static final String FOLLOW_UP_YEAR = "followUpYear";

        public static final String REMINDER_COUNT = "reminderCount";
        /** How many follow-ups the round started (the others had one for the year already). */
        public static final String FOLLOW_UPS_STARTED = "followUpsStarted";
        /** Set with the answer: the answers as Markdown, and whether a new contact person was reported. */
        public static final String SUMMARY = "followUpSummary";

        public static final String NEW_CONTACT_REPORTED = "newContactReported";
        /** Review form. */
        public static final String ACCEPT_CONTACT_CHANGE = "acceptContactChange";

        public static final String REVIEW_NOTE = "reviewNote";
        /** Missing-answer form. */
        public static final String MISSING_ANSWER_NOTE = "missingAnswerNote";

        private Variables() {}
    }

    /** Form ids (camunda:formRef). */
    public static final String ROUND_START_FORM_ID = "annual-follow-up-round-start";

    public static final String REVIEW_FORM_ID = "annual-follow-up-review";
    public static final String MISSING_ANSWER_FORM_ID = "annual-follow-up-missing-answer";
    /** The organisation's public form (not in Tasklist). */
    public static final String PUBLIC_FORM_ID = "annual-follow-up";

    /** The earliest year the round accepts: the strategy period's first. */
    public static final int FIRST_YEAR = 2024;

    private AnnualFollowUpProcess() {}
}
