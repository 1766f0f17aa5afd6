package se.lansstyrelsen.jvg.process;

import static se.lansstyrelsen.jvg.process.ProcessVariable.form;
import static se.lansstyrelsen.jvg.process.ProcessVariable.server;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.lansstyrelsen.jvg.accession.FormFields;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;

/**
 * The accession process's variables with their types and writers, one line each; delegates, listeners and
 * TaskInputGuard use these, never a name with a type decided at the call. The names are
 * {@link AccessionProcess.Variables} (the task forms' keys: {@code TaskFormFields}).
 */
public final class AccessionVariables {

    public static final ProcessVariable<Long> ACCESSION_ID = server(Variables.ACCESSION_ID, Long.class);
    public static final ProcessVariable<String> CASE_NUMBER = server(Variables.CASE_NUMBER, String.class);
    public static final ProcessVariable<Boolean> POSSIBLE_DUPLICATE =
            server(Variables.POSSIBLE_DUPLICATE, Boolean.class);
    public static final ProcessVariable<String> POSSIBLE_DUPLICATE_OF =
            server(Variables.POSSIBLE_DUPLICATE_OF, String.class);
    public static final ProcessVariable<Long> FOLLOW_UP_ID = server(Variables.FOLLOW_UP_ID, Long.class);
    public static final ProcessVariable<Integer> REMINDER_COUNT = server(Variables.REMINDER_COUNT, Integer.class);
    /** Set by the engine (camunda:initiator) to the user who started the case in Tasklist. */
    public static final ProcessVariable<String> INITIATOR = server(Variables.INITIATOR, String.class);

    public static final ProcessVariable<String> MINUTES_EXTRACT_NAME =
            server(Variables.MINUTES_EXTRACT_NAME, String.class);
    public static final ProcessVariable<String> WITHDRAWAL_REASON = server(Variables.WITHDRAWAL_REASON, String.class);
    public static final ProcessVariable<String> CASEWORKER = server(Variables.CASEWORKER, String.class);
    public static final ProcessVariable<String> CASE_HISTORY = server(Variables.CASE_HISTORY, String.class);
    public static final ProcessVariable<String> REGISTRATION_REFERENCE_EXAMPLE =
            server(Variables.REGISTRATION_REFERENCE_EXAMPLE, String.class);
    public static final ProcessVariable<Long> INVITATION_ID = server(Variables.INVITATION_ID, Long.class);

    public static final ProcessVariable<String> REVIEW_OUTCOME = form(Variables.REVIEW_OUTCOME, String.class);
    public static final ProcessVariable<String> REVIEW_COMMENT = form(Variables.REVIEW_COMMENT, String.class);
    public static final ProcessVariable<String> REJECTION_REASON = form(Variables.REJECTION_REASON, String.class);
    public static final ProcessVariable<Boolean> CHECK_DECISION_STATED =
            form(Variables.CHECK_DECISION_STATED, Boolean.class);
    public static final ProcessVariable<Boolean> CHECK_GOALS_CHOSEN = form(Variables.CHECK_GOALS_CHOSEN, Boolean.class);
    public static final ProcessVariable<Boolean> CHECK_CONTACT_COMPLETE =
            form(Variables.CHECK_CONTACT_COMPLETE, Boolean.class);
    public static final ProcessVariable<Boolean> CHECK_ORGANISATION_ELIGIBLE =
            form(Variables.CHECK_ORGANISATION_ELIGIBLE, Boolean.class);
    public static final ProcessVariable<String> MISSING_INFORMATION = form(Variables.MISSING_INFORMATION, String.class);
    public static final ProcessVariable<String> CONTACT_METHOD = form(Variables.CONTACT_METHOD, String.class);
    public static final ProcessVariable<String> FOLLOW_UP_NOTE = form(Variables.FOLLOW_UP_NOTE, String.class);
    public static final ProcessVariable<String> NOT_COMPLETED_DECISION =
            form(Variables.NOT_COMPLETED_DECISION, String.class);
    public static final ProcessVariable<String> NOT_COMPLETED_COMMENT =
            form(Variables.NOT_COMPLETED_COMMENT, String.class);
    public static final ProcessVariable<String> REGISTRATION_REFERENCE =
            form(Variables.REGISTRATION_REFERENCE, String.class);
    public static final ProcessVariable<Boolean> GOALS_CONFIRMED = form(Variables.GOALS_CONFIRMED, Boolean.class);

    /** Start form fields the registration reads or rewrites after validating the submission (keys: FormFields). */
    public static final ProcessVariable<String> ORGANISATION_NUMBER =
            form(FormFields.ORGANISATION_NUMBER, String.class);

    public static final ProcessVariable<String> ORGANISATION_TYPE = form(FormFields.ORGANISATION_TYPE, String.class);
    public static final ProcessVariable<String> MUNICIPALITY_CODE = form(FormFields.MUNICIPALITY_CODE, String.class);

    /** The variables named in {@link AccessionProcess.Variables} (the start form's fields are the form's own). */
    public static final List<ProcessVariable<?>> ALL = List.of(
            ACCESSION_ID,
            CASE_NUMBER,
            POSSIBLE_DUPLICATE,
            POSSIBLE_DUPLICATE_OF,
            FOLLOW_UP_ID,
            REMINDER_COUNT,
            INITIATOR,
            MINUTES_EXTRACT_NAME,
            WITHDRAWAL_REASON,
            CASEWORKER,
            CASE_HISTORY,
            REGISTRATION_REFERENCE_EXAMPLE,
            INVITATION_ID,
            REVIEW_OUTCOME,
            REVIEW_COMMENT,
            REJECTION_REASON,
            CHECK_DECISION_STATED,
            CHECK_GOALS_CHOSEN,
            CHECK_CONTACT_COMPLETE,
            CHECK_ORGANISATION_ELIGIBLE,
            MISSING_INFORMATION,
            CONTACT_METHOD,
            FOLLOW_UP_NOTE,
            NOT_COMPLETED_DECISION,
            NOT_COMPLETED_COMMENT,
            REGISTRATION_REFERENCE,
            GOALS_CONFIRMED);

    /**
     * Names written only by the application; no user may set or remove them, and a task form that shows one sends it
     * back unchanged or is refused (TaskInputGuard).
     */
    public static final Set<String> SERVER_OWNED = ALL.stream()
            .filter(ProcessVariable::serverOwned)
            .map(ProcessVariable::name)
            .collect(Collectors.toUnmodifiableSet());

    private AccessionVariables() {}
}
