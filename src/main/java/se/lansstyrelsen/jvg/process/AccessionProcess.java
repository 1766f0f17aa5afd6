package se.lansstyrelsen.jvg.process;

import java.util.List;
import se.lansstyrelsen.jvg.accession.FormFields;
import se.lansstyrelsen.jvg.accession.TaskFormFields;
import se.lansstyrelsen.jvg.config.StaffGroups;

/** The one place that names the accession process: key, messages, element ids, variables, forms. */
public final class AccessionProcess {

    public static final String KEY = "accession";
    /** Candidate group of the caseworkers' tasks (the group itself is named in {@link StaffGroups}). */
    public static final String CASEWORKER_GROUP = StaffGroups.CASEWORKERS;
    /** Managers' group (named in {@link StaffGroups}). */
    public static final String MANAGER_GROUP = StaffGroups.MANAGERS;

    /** Messages the process waits for, correlated by business key (the case number). */
    public static final class Messages {
        public static final String COMPLETED = "AccessionCompleted";
        public static final String WITHDRAWN = "AccessionWithdrawn";

        private Messages() {}
    }

    /** BPMN element ids used by code and tests. */
    public static final class Elements {
        public static final String START = "startEvent_accessionSubmitted";
        public static final String REGISTER_SUBMISSION = "serviceTask_registerSubmission";
        public static final String SEND_RECEIPT = "serviceTask_sendReceipt";
        public static final String REVIEW = "userTask_reviewAccession";
        public static final String REVIEW_OVERDUE = "boundaryEvent_reviewOverdue";
        public static final String REMIND_REVIEW_OVERDUE = "serviceTask_remindReviewOverdue";
        public static final String RECORD_REVIEW = "serviceTask_recordReview";
        public static final String REGISTER = "userTask_registerAccession";
        public static final String REGISTER_ORGANISATION = "serviceTask_registerOrganisation";
        public static final String SEND_CONFIRMATION = "serviceTask_sendConfirmation";
        public static final String REGISTERED = "endEvent_accessionRegistered";
        public static final String SEND_REJECTION = "serviceTask_sendRejection";
        public static final String REJECTED = "endEvent_accessionRejected";
        public static final String FOLLOW_UP = "subProcess_contactFollowUp";
        public static final String CONTACT_CONTACT_PERSON = "userTask_contactContactPerson";
        public static final String RECORD_FOLLOW_UP = "serviceTask_recordFollowUp";
        public static final String SEND_COMPLETION_REQUEST = "serviceTask_sendCompletionRequest";
        public static final String AWAIT_COMPLETION = "eventGateway_awaitCompletion";
        public static final String COMPLETION_RECEIVED = "intermediateCatchEvent_completionReceived";
        public static final String COMPLETION_WAIT_EXPIRED = "timerEvent_completionWaitExpired";
        public static final String SEND_COMPLETION_REMINDER = "serviceTask_sendCompletionReminder";
        public static final String DECIDE_NOT_COMPLETED = "userTask_decideNotCompleted";
        public static final String RESUME_REVIEW = "serviceTask_resumeReview";
        public static final String SEND_COMPLETION_ARRIVED = "serviceTask_sendCompletionArrivedNotice";
        public static final String CASEWORKER_TOLD_OF_COMPLETION = "endEvent_caseworkerToldOfCompletion";
        public static final String NOT_COMPLETED_BOUNDARY = "boundaryEvent_notCompleted";
        public static final String CLOSE_NOT_COMPLETED = "serviceTask_closeNotCompleted";
        public static final String SEND_NOT_COMPLETED = "serviceTask_sendNotCompletedNotice";
        public static final String NOT_COMPLETED = "endEvent_accessionNotCompleted";
        public static final String WITHDRAWAL_START = "startEvent_accessionWithdrawn";
        public static final String MARK_WITHDRAWN = "serviceTask_markWithdrawn";
        public static final String SEND_WITHDRAWAL = "serviceTask_sendWithdrawalConfirmation";
        public static final String WITHDRAWN = "endEvent_accessionWithdrawn";
        public static final String SEND_WITHDRAWAL_NOTICE = "serviceTask_sendWithdrawalNotice";
        public static final String CASEWORKER_TOLD_OF_WITHDRAWAL = "endEvent_caseworkerToldOfWithdrawal";

        private Elements() {}
    }

    /**
     * The names of the process's variables, for maps and queries. Their types and who may write each are declared
     * once in {@link AccessionVariables}; the task forms' keys come from {@link TaskFormFields}.
     */
    public static final class Variables {
        public static final String ACCESSION_ID = "accessionId";
        public static final String CASE_NUMBER = "caseNumber";
        public static final String POSSIBLE_DUPLICATE = "possibleDuplicate";
        /** Case number of the organisation's earlier open or registered case, for the review form. */
        public static final String POSSIBLE_DUPLICATE_OF = "possibleDuplicateOf";

        public static final String FOLLOW_UP_ID = "followUpId";
        public static final String REMINDER_COUNT = "reminderCount";
        public static final String INITIATOR = "initiator";
        /** Review form. */
        public static final String REVIEW_OUTCOME = TaskFormFields.REVIEW_OUTCOME;

        public static final String REVIEW_COMMENT = TaskFormFields.REVIEW_COMMENT;
        public static final String REJECTION_REASON = TaskFormFields.REJECTION_REASON;
        public static final String CHECK_DECISION_STATED = TaskFormFields.CHECK_DECISION_STATED;
        public static final String CHECK_GOALS_CHOSEN = TaskFormFields.CHECK_GOALS_CHOSEN;
        public static final String CHECK_CONTACT_COMPLETE = TaskFormFields.CHECK_CONTACT_COMPLETE;
        public static final String CHECK_ORGANISATION_ELIGIBLE = TaskFormFields.CHECK_ORGANISATION_ELIGIBLE;
        /** Contact follow-up form. */
        public static final String MISSING_INFORMATION = TaskFormFields.MISSING_INFORMATION;

        public static final String CONTACT_METHOD = TaskFormFields.CONTACT_METHOD;
        public static final String FOLLOW_UP_NOTE = TaskFormFields.FOLLOW_UP_NOTE;
        /** Not-completed decision form. */
        public static final String NOT_COMPLETED_DECISION = TaskFormFields.NOT_COMPLETED_DECISION;

        public static final String NOT_COMPLETED_COMMENT = TaskFormFields.NOT_COMPLETED_COMMENT;
        /** Registration form. */
        public static final String REGISTRATION_REFERENCE = TaskFormFields.REGISTRATION_REFERENCE;

        public static final String GOALS_CONFIRMED = TaskFormFields.GOALS_CONFIRMED;
        /** Task-local on the registration: an example of the reference the registry uses (accession.registration). */
        public static final String REGISTRATION_REFERENCE_EXAMPLE = "registrationReferenceExample";
        /** File name of the extract of minutes the organisation attached (shown in the review form). */
        public static final String MINUTES_EXTRACT_NAME = "minutesExtractName";
        /** The caseworker who completed the case's latest task; the next task goes to them. */
        public static final String CASEWORKER = "caseworker";
        /** Task-local: the case's history as Markdown, shown read-only in every task form. */
        public static final String CASE_HISTORY = "caseHistory";
        /** Optional reason sent with the AccessionWithdrawn message. */
        public static final String WITHDRAWAL_REASON = "withdrawalReason";
        /**
         * The invitation whose link a public submission came through (/anslutning?inbjudan=...): set only by the
         * public API (PublicSubmissionService), honoured only in a start without a user; the registration ends it.
         */
        public static final String INVITATION_ID = "invitationId";

        private Variables() {}
    }

    /** Form ids (camunda:formRef) and the keys the process reads from each form. */
    public enum Form {
        REVIEW(
                "accession-review",
                Elements.REVIEW,
                List.of(
                        Variables.REVIEW_OUTCOME,
                        Variables.REVIEW_COMMENT,
                        Variables.REJECTION_REASON,
                        Variables.CHECK_DECISION_STATED,
                        Variables.CHECK_GOALS_CHOSEN,
                        Variables.CHECK_CONTACT_COMPLETE,
                        Variables.CHECK_ORGANISATION_ELIGIBLE)),
        REGISTRATION(
                "accession-registration",
                Elements.REGISTER,
                List.of(Variables.REGISTRATION_REFERENCE, Variables.GOALS_CONFIRMED)),
        CONTACT_FOLLOW_UP(
                "contact-follow-up",
                Elements.CONTACT_CONTACT_PERSON,
                List.of(Variables.MISSING_INFORMATION, Variables.CONTACT_METHOD, Variables.FOLLOW_UP_NOTE)),
        NOT_COMPLETED_DECISION(
                "not-completed-decision",
                Elements.DECIDE_NOT_COMPLETED,
                List.of(Variables.NOT_COMPLETED_DECISION, Variables.NOT_COMPLETED_COMMENT));

        private final String formId;
        private final String elementId;
        private final List<String> keysRead;

        Form(String formId, String elementId, List<String> keysRead) {
            this.formId = formId;
            this.elementId = elementId;
            this.keysRead = keysRead;
        }

        public String formId() {
            return formId;
        }

        public String elementId() {
            return elementId;
        }

        public List<String> keysRead() {
            return keysRead;
        }
    }

    public static final String START_FORM_ID = FormFields.START_FORM_ID;

    private AccessionProcess() {}
}
