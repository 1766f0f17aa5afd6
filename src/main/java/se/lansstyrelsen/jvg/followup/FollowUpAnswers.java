package se.lansstyrelsen.jvg.followup;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.form.InputText;
import se.lansstyrelsen.jvg.notification.AccessionNotifier.GoalLine;

/**
 * The public follow-up form's fields (forms/annual-follow-up.form) and the server's rules for them: one
 * entry per goal, in the order the form was prefilled, each with what was done (required), what changed
 * and what support is wanted; optionally a new contact person (name and e-mail required then).
 */
final class FollowUpAnswers {

    static final String GOALS = "goals";
    static final String GOAL_LABEL = "goalLabel";
    static final String DONE = "done";
    static final String CHANGED = "changed";
    static final String SUPPORT_WANTED = "supportWanted";
    static final String CONTACT_CHANGED = "contactChanged";
    static final String NEW_CONTACT_NAME = "newContactName";
    static final String NEW_CONTACT_TITLE = "newContactTitle";
    static final String NEW_CONTACT_EMAIL = "newContactEmail";
    static final String NEW_CONTACT_PHONE = "newContactPhone";

    static final int MAX_ANSWER = 4000;
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{4,38}$");

    private FollowUpAnswers() {}

    /** The answers, or an {@link InvalidInputException} naming every field that breaks a rule. */
    static Parsed parse(Map<String, Object> data, List<GoalLine> goals) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<GoalAnswer> answers = new ArrayList<>();
        Object raw = data == null ? null : data.get(GOALS);
        if (!(raw instanceof List<?> rows) || rows.size() != goals.size()) {
            throw new InvalidInputException(GOALS, text("followup.answers.goal-count", goals.size()));
        }
        for (int i = 0; i < goals.size(); i++) {
            Map<?, ?> row = rows.get(i) instanceof Map<?, ?> m ? m : Map.of();
            String prefix = GOALS + "[" + i + "].";
            String done = field(row.get(DONE), prefix + DONE, MAX_ANSWER, true, errors);
            String changed = field(row.get(CHANGED), prefix + CHANGED, MAX_ANSWER, false, errors);
            String support = field(row.get(SUPPORT_WANTED), prefix + SUPPORT_WANTED, MAX_ANSWER, false, errors);
            answers.add(new GoalAnswer(goals.get(i).area(), goals.get(i).text(), done, changed, support));
        }
        AnnualFollowUp.NewContact contact = null;
        Object changedFlag = data.get(CONTACT_CHANGED);
        if (changedFlag != null && !(changedFlag instanceof Boolean)) {
            errors.put(CONTACT_CHANGED, text("followup.answers.yes-or-no"));
        } else if (Boolean.TRUE.equals(changedFlag)) {
            String name = field(data.get(NEW_CONTACT_NAME), NEW_CONTACT_NAME, 200, true, errors);
            String title = field(data.get(NEW_CONTACT_TITLE), NEW_CONTACT_TITLE, 200, false, errors);
            String email = field(data.get(NEW_CONTACT_EMAIL), NEW_CONTACT_EMAIL, 254, true, errors);
            String phone = field(data.get(NEW_CONTACT_PHONE), NEW_CONTACT_PHONE, 40, false, errors);
            if (email != null && !InputText.isEmailAddress(email)) {
                errors.put(NEW_CONTACT_EMAIL, text("followup.answers.email"));
            }
            if (phone != null && !PHONE.matcher(phone).matches()) {
                errors.put(NEW_CONTACT_PHONE, text("followup.answers.phone"));
            }
            contact = new AnnualFollowUp.NewContact(name, title, email, phone);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, text("followup.answers.invalid"));
        }
        return new Parsed(answers, contact);
    }

    /** The field's stripped text (null when empty); a broken rule is put into {@code errors} under {@code key}. */
    private static String field(Object value, String key, int max, boolean required, Map<String, String> errors) {
        if (value != null && !(value instanceof String)) {
            errors.put(key, text("followup.answers.not-text"));
            return null;
        }
        String s = value == null ? "" : ((String) value).strip();
        if (s.isEmpty()) {
            if (required) {
                errors.put(key, text("followup.answers.required"));
            }
            return null;
        }
        if (s.length() > max) {
            errors.put(key, text("followup.answers.max-length", max));
        } else if (InputText.hasControlCharacters(s)) {
            errors.put(key, text("followup.answers.control-characters"));
        }
        return s;
    }

    record Parsed(List<GoalAnswer> answers, AnnualFollowUp.NewContact newContact) {}
}
