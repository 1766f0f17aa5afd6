package se.lansstyrelsen.jvg.accession;

import java.util.Locale;

/** Keys of the accession start form ({@code forms/accession-start.form}); the form file is the source. */
public final class FormFields {

    /** The start form's id (camunda:formRef) and its file under forms/. */
    public static final String START_FORM_ID = "accession-start";

    public static final String START_FORM_FILE = START_FORM_ID + ".form";

    public static final String ORGANISATION_NAME = "organisationName";
    public static final String ORGANISATION_NUMBER = "organisationNumber";
    public static final String ORGANISATION_TYPE = "organisationType";
    public static final String MUNICIPALITY_CODE = "municipalityCode";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_TITLE = "contactTitle";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String DECISION_BODY = "decisionBody";
    public static final String DECISION_DATE = "decisionDate";
    public static final String DECISION_REFERENCE = "decisionReference";
    public static final String PLANNED_WORK = "plannedWork";
    public static final String INFO_SESSION_INTEREST = "infoSessionInterest";
    public static final String PERSONAL_DATA_CONSENT = "personalDataConsent";
    /** Error key for rules that concern all goal fields together. */
    public static final String GOALS = "goals";

    private FormFields() {}

    /** Checklist key of an area's goals: MAKT → goalsMakt. */
    public static String goalsKey(String areaCode) {
        return "goals" + capitalised(areaCode);
    }

    /** Free-text key for "another goal in this area": MAKT → otherGoalMakt. */
    public static String otherGoalKey(String areaCode) {
        return "otherGoal" + capitalised(areaCode);
    }

    private static String capitalised(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
