package se.lansstyrelsen.jvg.session;

/** The one place that names the sign-up process (processes/session-signup.bpmn): key, messages, ids, variables. */
public final class SessionSignupProcess {

    public static final String KEY = "sessionSignup";

    /** Messages, correlated by business key (the sign-up's reference, "IT-12"). */
    public static final class Messages {
        /** A place freed up and the sign-up on the waiting list got it. */
        public static final String PLACE_OFFERED = "SessionPlaceOffered";
        /** The participant (through the link) or a caseworker cancelled the sign-up. */
        public static final String SIGNUP_CANCELLED = "SessionSignupCancelled";
        /** A caseworker cancelled the whole session. */
        public static final String SESSION_CANCELLED = "InformationSessionCancelled";

        private Messages() {}
    }

    /** BPMN element ids used by code and tests. */
    public static final class Elements {
        public static final String START = "startEvent_signupReceived";
        public static final String PLACE_AVAILABLE = "gateway_placeAvailable";
        public static final String SEND_WAITING_LIST = "serviceTask_sendWaitingListNotice";
        public static final String PLACE_OFFERED = "intermediateCatchEvent_placeOffered";
        public static final String SEND_CONFIRMATION = "serviceTask_sendSessionConfirmation";
        public static final String DAY_BEFORE = "timerEvent_dayBefore";
        public static final String SEND_REMINDER = "serviceTask_sendSessionReminder";
        public static final String SESSION_OVER = "timerEvent_sessionOver";
        public static final String SESSION_HELD = "endEvent_sessionHeld";
        public static final String SEND_SIGNUP_CANCELLED = "serviceTask_sendSignupCancelled";
        public static final String SIGNUP_CANCELLED = "endEvent_signupCancelled";
        public static final String SEND_SESSION_CANCELLED = "serviceTask_sendSessionCancelled";
        public static final String SESSION_CANCELLED = "endEvent_sessionCancelled";

        private Elements() {}
    }

    /** Process variables (written by our code only; the process has no forms). */
    public static final class Variables {
        /** Long: the sign-up's id. */
        public static final String SIGNUP_ID = "signupId";
        /** Boolean: the sign-up got a place at once (else it waits on the waiting list). */
        public static final String PLACED = "placed";

        private Variables() {}
    }

    private SessionSignupProcess() {}
}
