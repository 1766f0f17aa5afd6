package se.lansstyrelsen.jvg.session;

/** A sign-up as the public form sends it, after {@link SessionService#readSignup} checked it. */
public record SignupForm(
        String organisationName, String contactName, String contactEmail, int participants, String participantNames) {

    /** Keys of forms/session-signup.form. */
    public static final String ORGANISATION_NAME = "organisationName";

    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String PARTICIPANTS = "participants";
    public static final String PARTICIPANT_NAMES = "participantNames";
    public static final String FORM_FILE = "session-signup.form";
}
