package se.lansstyrelsen.jvg.session;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.form.InputText;

/** Checks the values of the public sign-up form (forms/session-signup.form), with a Swedish message per form key. */
final class SignupFormReader {

    static final int MAX_PARTICIPANTS = 10;
    private static final int MAX_NAMES = 2000;
    private static final Set<String> FIELDS = Set.of(
            SignupForm.ORGANISATION_NAME,
            SignupForm.CONTACT_NAME,
            SignupForm.CONTACT_EMAIL,
            SignupForm.PARTICIPANTS,
            SignupForm.PARTICIPANT_NAMES);

    private SignupFormReader() {}

    /** The form's values as a sign-up; any bad value: InvalidInputException with all the messages. */
    static SignupForm read(Map<String, Object> data) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String key : data.keySet()) {
            if (!FIELDS.contains(key)) {
                // As the accession API: a field the form does not have is refused, not silently dropped.
                errors.put(key, text("session.signup.error.unknown-field"));
            }
        }
        String organisation = required(
                data, SignupForm.ORGANISATION_NAME, 200, text("session.signup.error.organisation-name"), errors);
        String name = required(data, SignupForm.CONTACT_NAME, 200, text("session.signup.error.contact-name"), errors);
        String email =
                required(data, SignupForm.CONTACT_EMAIL, 254, text("session.signup.error.contact-email"), errors);
        if (email != null && !InputText.isEmailAddress(email)) {
            errors.put(SignupForm.CONTACT_EMAIL, text("session.signup.error.email-invalid"));
        }
        int participants = 0;
        Object p = data.get(SignupForm.PARTICIPANTS);
        if (p instanceof Number n
                && n.doubleValue() == Math.rint(n.doubleValue())
                && n.intValue() >= 1
                && n.intValue() <= MAX_PARTICIPANTS) {
            participants = n.intValue();
        } else {
            errors.put(SignupForm.PARTICIPANTS, text("session.signup.error.participants", MAX_PARTICIPANTS));
        }
        String names = null;
        Object n = data.get(SignupForm.PARTICIPANT_NAMES);
        if (n != null && !(n instanceof String)) {
            errors.put(SignupForm.PARTICIPANT_NAMES, text("session.signup.error.participant-names-not-text"));
        } else if (n != null && !((String) n).isBlank()) {
            names = ((String) n).strip();
            if (!fits(names, MAX_NAMES)) {
                errors.put(SignupForm.PARTICIPANT_NAMES, tooLong(MAX_NAMES));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, "Invalid sign-up");
        }
        return new SignupForm(organisation, name, email, participants, names);
    }

    /** The stripped text of a required field, or null with a message in {@code errors}. */
    private static String required(
            Map<String, Object> data, String key, int max, String missing, Map<String, String> errors) {
        Object v = data.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            errors.put(key, missing);
            return null;
        }
        String t = s.strip();
        if (!fits(t, max)) {
            errors.put(key, tooLong(max));
            return null;
        }
        return t;
    }

    private static boolean fits(String value, int max) {
        return value.length() <= max && !InputText.hasControlCharacters(value);
    }

    private static String tooLong(int max) {
        return text("session.signup.error.too-long", max);
    }
}
