package se.lansstyrelsen.jvg.accession;

/**
 * Keys of the caseworkers' task forms ({@code forms/accession-review.form}, {@code accession-registration.form},
 * {@code contact-follow-up.form}, {@code not-completed-decision.form}); the form files are the source, and
 * {@code FormContractTest} holds these names to them. The process (AccessionProcess.Variables, AccessionVariables)
 * and this package's error keys use these constants, never the literals.
 */
public final class TaskFormFields {

    /** Review form. */
    public static final String REVIEW_OUTCOME = "reviewOutcome";

    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String CHECK_DECISION_STATED = "checkDecisionStated";
    public static final String CHECK_GOALS_CHOSEN = "checkGoalsChosen";
    public static final String CHECK_CONTACT_COMPLETE = "checkContactComplete";
    public static final String CHECK_ORGANISATION_ELIGIBLE = "checkOrganisationEligible";
    /** Contact follow-up form. */
    public static final String MISSING_INFORMATION = "missingInformation";

    public static final String CONTACT_METHOD = "contactMethod";
    public static final String FOLLOW_UP_NOTE = "followUpNote";
    /** Not-completed decision form. */
    public static final String NOT_COMPLETED_DECISION = "notCompletedDecision";

    public static final String NOT_COMPLETED_COMMENT = "notCompletedComment";
    /** Registration form. */
    public static final String REGISTRATION_REFERENCE = "registrationReference";

    public static final String GOALS_CONFIRMED = "goalsConfirmed";

    private TaskFormFields() {}
}
