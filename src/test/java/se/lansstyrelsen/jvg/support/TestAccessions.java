package se.lansstyrelsen.jvg.support;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.spin.plugin.variable.SpinValues;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;

/**
 * The one builder of valid accession data in tests: number n gets its own organisation, name and contact
 * address. {@link #publicForm(int)} is the form as the public page posts it; {@link #startVariables(int)} the
 * same form as Tasklist submits it. Both are mutable, so a test changes only what it is about.
 */
public final class TestAccessions {

    /** Prefix of {@link #organisationNumber(int)}: group 2, "2120". */
    public static final String ORGANISATION_NUMBER_PREFIX = "2120";

    private TestAccessions() {}

    /** A complete, valid start form as the public page posts it (JSON: a goal checklist is a list of codes). */
    public static Map<String, Object> publicForm(int n) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("organisationName", organisationName(n));
        v.put("organisationNumber", organisationNumber(n));
        v.put("organisationType", "KOMMUN");
        v.put("municipalityCode", "1480");
        v.put("contactName", "Kim Kontakt " + n);
        v.put("contactTitle", "Jämställdhetsstrateg");
        v.put("contactEmail", contactEmail(n));
        v.put("contactPhone", "031-123 45 67");
        v.put("decisionBody", "Kommunstyrelsen");
        v.put("decisionDate", "2026-10-01");
        v.put("decisionReference", "KS § " + n);
        v.put("goalsMakt", List.of("MAKT-1"));
        v.put("plannedWork", "Vi integrerar jämställdhet i styrning och uppföljning.");
        v.put("infoSessionInterest", true);
        v.put("personalDataConsent", true);
        return v;
    }

    /** {@link #publicForm(int)} as Tasklist submits it (the goal checklists as Json values). */
    public static Map<String, Object> startVariables(int n) {
        return tasklistForm(publicForm(n));
    }

    /**
     * {@link #startVariables(int)} for an organisation of the given name and type, in the given municipality or
     * in none (null).
     */
    public static Map<String, Object> startVariables(int n, String name, String type, String municipality) {
        Map<String, Object> form = startVariables(n);
        form.put("organisationName", name);
        form.put("organisationType", type);
        if (municipality == null) {
            form.remove("municipalityCode");
        } else {
            form.put("municipalityCode", municipality);
        }
        return form;
    }

    /** The given public form as Tasklist submits it: every list (a goal checklist) becomes a Json value. */
    public static Map<String, Object> tasklistForm(Map<String, Object> publicForm) {
        Map<String, Object> v = new LinkedHashMap<>();
        publicForm.forEach((key, value) -> v.put(key, value instanceof Collection<?> list ? json(list) : value));
        return v;
    }

    private static Object json(Collection<?> codes) {
        return SpinValues.jsonValue(codes.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",", "[", "]")))
                .create();
    }

    public static String organisationName(int n) {
        return String.format("Testkommun %04d", n);
    }

    public static String contactEmail(int n) {
        return String.format("kontakt%04d@kommun.example", n);
    }

    /** A valid organisation number 2120NN-NNNC, distinct for n in 0..99999 (Luhn check digit C). */
    public static String organisationNumber(int n) {
        return organisationNumber(ORGANISATION_NUMBER_PREFIX, n);
    }

    /**
     * A valid organisation number: the four-digit prefix, n in five digits and the Luhn check digit (weights 2, 1
     * from the left), as NNNNNN-NNNN. Test families use their own prefix so their numbers never collide.
     */
    public static String organisationNumber(String prefix, int n) {
        String nine = prefix + String.format("%05d", n);
        if (nine.length() != 9) {
            throw new IllegalArgumentException("prefix of four digits and n in 0..99999: " + prefix + ", " + n);
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        int check = (10 - sum % 10) % 10;
        return nine.substring(0, 6) + "-" + nine.substring(6) + check;
    }

    /** "Granska anslutning": approve with the complete checklist. */
    public static Map<String, Object> approval() {
        return Map.of(
                Variables.REVIEW_OUTCOME,
                "APPROVE",
                Variables.CHECK_DECISION_STATED,
                true,
                Variables.CHECK_GOALS_CHOSEN,
                true,
                Variables.CHECK_CONTACT_COMPLETE,
                true,
                Variables.CHECK_ORGANISATION_ELIGIBLE,
                true);
    }

    /** "Formell registrering". */
    public static Map<String, Object> registration() {
        return Map.of(Variables.REGISTRATION_REFERENCE, "801-9838-2024", Variables.GOALS_CONFIRMED, true);
    }
}
