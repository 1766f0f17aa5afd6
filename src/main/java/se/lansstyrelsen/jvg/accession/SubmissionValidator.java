package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.accession.FormFields.*;
import static se.lansstyrelsen.jvg.config.Texts.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.form.FormSchema;
import se.lansstyrelsen.jvg.form.FormSchema.Field;
import se.lansstyrelsen.jvg.organisation.OrganisationNumber;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue.AreaView;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * Validates an accession form on the server: first the rules the form file declares (required,
 * lengths, patterns, e-mail, allowed options), then the domain rules (organisation number check
 * digit, municipality for a kommun, known goals, at least one goal, consent). Messages are Swedish.
 */
@Component
public class SubmissionValidator {

    /** yyyy-MM-dd, optionally followed by an ISO time and offset (a datetime field sends one). */
    private static final Pattern ISO_DATE_OR_DATETIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?");

    private final FormSchema form;
    private final FormFieldRules fieldRules;
    private final GoalCatalogue catalogue;
    private final MunicipalityDirectory municipalities;
    private final Clock clock;

    SubmissionValidator(ObjectMapper json, GoalCatalogue catalogue, MunicipalityDirectory municipalities, Clock clock) {
        this.form = FormSchema.fromClasspath(START_FORM_FILE, json);
        this.fieldRules = new FormFieldRules(form);
        this.catalogue = catalogue;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    public FormSchema form() {
        return form;
    }

    /**
     * Validates form data: Strings, Booleans and lists of Strings by form key.
     *
     * @param rejectUnknownFields whether a key the form does not declare is an error (public API)
     */
    public Outcome validate(Map<String, ?> data, boolean rejectUnknownFields) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (rejectUnknownFields) {
            data.keySet().stream()
                    .filter(k -> !form.fields().containsKey(k))
                    .forEach(k -> errors.put(k, text("accession.validation.unknown-field")));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : form.fields().values()) {
            fieldRules.check(field, data.get(field.key()), values, errors);
        }
        AccessionSubmission submission = checkDomainRules(values, errors);
        return errors.isEmpty()
                ? new Outcome(Optional.of(submission), Map.of())
                : new Outcome(Optional.empty(), errors);
    }

    private AccessionSubmission checkDomainRules(Map<String, Object> v, Map<String, String> errors) {
        OrganisationNumber number = null;
        if (v.containsKey(ORGANISATION_NUMBER)) {
            OrganisationNumber.Result parsed = OrganisationNumber.parse((String) v.get(ORGANISATION_NUMBER));
            if (parsed.valid()) {
                number = parsed.number().orElseThrow();
                errors.remove(ORGANISATION_NUMBER);
            } else {
                errors.put(ORGANISATION_NUMBER, parsed.error());
            }
        }
        OrganisationType type = v.containsKey(ORGANISATION_TYPE) && !errors.containsKey(ORGANISATION_TYPE)
                ? OrganisationType.valueOf((String) v.get(ORGANISATION_TYPE))
                : null;
        String municipality = null;
        if (type == OrganisationType.KOMMUN) {
            municipality = (String) v.get(MUNICIPALITY_CODE);
            if (municipality == null && !errors.containsKey(MUNICIPALITY_CODE)) {
                errors.put(MUNICIPALITY_CODE, text("accession.validation.municipality-required"));
            } else if (municipality != null
                    && municipalities.byCode(municipality).isEmpty()) {
                errors.put(MUNICIPALITY_CODE, text("accession.validation.municipality-unknown"));
            }
        }
        LocalDate decisionDate = parseDecisionDate(v, errors);
        List<ChosenGoal> goals = collectGoals(v, errors);
        if (Boolean.FALSE.equals(v.get(PERSONAL_DATA_CONSENT)) && !errors.containsKey(PERSONAL_DATA_CONSENT)) {
            errors.put(PERSONAL_DATA_CONSENT, text("accession.validation.consent"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new AccessionSubmission(
                (String) v.get(ORGANISATION_NAME),
                number,
                type,
                municipality,
                (String) v.get(CONTACT_NAME),
                (String) v.get(CONTACT_TITLE),
                (String) v.get(CONTACT_EMAIL),
                (String) v.get(CONTACT_PHONE),
                (String) v.get(DECISION_BODY),
                decisionDate,
                (String) v.get(DECISION_REFERENCE),
                goals,
                (String) v.get(PLANNED_WORK),
                Boolean.TRUE.equals(v.get(INFO_SESSION_INTEREST)));
    }

    private LocalDate parseDecisionDate(Map<String, Object> v, Map<String, String> errors) {
        String text = (String) v.get(DECISION_DATE);
        if (text == null) {
            return null;
        }
        try {
            // Camunda Forms send a date as yyyy-MM-dd; tolerate an ISO datetime by taking its date part, but
            // nothing else after the date ("2026-10-01'; --" was once taken as 1 October).
            if (!ISO_DATE_OR_DATETIME.matcher(text).matches()) {
                throw new DateTimeParseException("not an ISO date", text, 0);
            }
            LocalDate date = LocalDate.parse(text.substring(0, 10));
            if (date.isAfter(LocalDate.now(clock))) {
                errors.put(DECISION_DATE, text("accession.validation.decision-date-future"));
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(DECISION_DATE, text("accession.validation.decision-date-format"));
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private List<ChosenGoal> collectGoals(Map<String, Object> v, Map<String, String> errors) {
        List<ChosenGoal> goals = new ArrayList<>();
        boolean goalFieldError = false;
        for (AreaView area : catalogue.current().areas()) {
            String key = goalsKey(area.code());
            if (errors.containsKey(key)) {
                goalFieldError = true;
                continue;
            }
            for (String code : (List<String>) v.getOrDefault(key, List.of())) {
                if (code.equals(area.otherGoalCode())) {
                    String other = (String) v.get(otherGoalKey(area.code()));
                    if (other == null) {
                        errors.putIfAbsent(otherGoalKey(area.code()), text("accession.validation.other-goal"));
                    }
                    goals.add(new ChosenGoal(area.code(), code, other));
                } else if (area.goals().stream().anyMatch(g -> g.code().equals(code))) {
                    goals.add(new ChosenGoal(area.code(), code, null));
                } else {
                    errors.put(key, text("accession.validation.unknown-goal"));
                }
            }
        }
        if (goals.isEmpty() && !goalFieldError) {
            errors.put(GOALS, text("accession.validation.goals-required"));
        }
        return goals;
    }

    /** Result: a typed submission, or errors per form key. */
    public record Outcome(Optional<AccessionSubmission> submission, Map<String, String> errors) {
        public boolean valid() {
            return submission.isPresent();
        }

        /** The errors as one Swedish sentence per field, with the form's labels. */
        public String describe(FormSchema form) {
            String fields = errors.entrySet().stream()
                    .map(e -> form.field(e.getKey())
                                    .map(Field::label)
                                    .filter(l -> !l.isBlank())
                                    .orElse(e.getKey().equals(GOALS) ? text("accession.field.goals") : e.getKey())
                            + ": " + e.getValue())
                    .collect(Collectors.joining(" "));
            return text("accession.validation.summary", fields).strip();
        }
    }
}
