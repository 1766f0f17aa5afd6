package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.config.Texts.text;

import static se.lansstyrelsen.jvg.accession.FormFields.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
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

  /** Pragmatic e-mail syntax: one @, no spaces, a dot in the domain. */
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

  /** Control characters other than tab and line breaks (a NUL byte cannot even be stored in PostgreSQL). */
  private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  /** yyyy-MM-dd, optionally followed by an ISO time and offset (a datetime field sends one). */
  private static final Pattern ISO_DATE_OR_DATETIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?");

  private final FormSchema form;
  /** The form's patterns, compiled once. */
  private final Map<String, Pattern> patterns;
  private final GoalCatalogue catalogue;
  private final MunicipalityDirectory municipalities;
  private final Clock clock;

  SubmissionValidator(ObjectMapper json, GoalCatalogue catalogue, MunicipalityDirectory municipalities, Clock clock) {
    this.form = FormSchema.fromClasspath(START_FORM_FILE, json);
    this.patterns = form.fields().values().stream().filter(f -> f.pattern() != null)
        .collect(Collectors.toMap(Field::key, f -> Pattern.compile(f.pattern())));
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
      data.keySet().stream().filter(k -> !form.fields().containsKey(k))
          .forEach(k -> errors.put(k, "Okänt fält."));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field field : form.fields().values()) {
      checkFormRules(field, data.get(field.key()), values, errors);
    }
    AccessionSubmission submission = checkDomainRules(values, errors);
    return errors.isEmpty() ? new Outcome(Optional.of(submission), Map.of()) : new Outcome(Optional.empty(), errors);
  }

  private void checkFormRules(Field field, Object raw, Map<String, Object> values, Map<String, String> errors) {
    String key = field.key();
    if (field.type().equals("checkbox")) {
      if (raw != null && !(raw instanceof Boolean)) {
        errors.put(key, "Ogiltigt värde: ska vara ja eller nej.");
        return;
      }
      boolean checked = Boolean.TRUE.equals(raw);
      if (field.required() && !field.conditional() && !checked) {
        errors.put(key, "Rutan måste kryssas i.");
      }
      values.put(key, checked);
      return;
    }
    if (field.type().equals("checklist") || field.type().equals("taglist")) {
      if (raw == null) {
        values.put(key, List.of());
        return;
      }
      if (!(raw instanceof Collection<?> list) || list.stream().anyMatch(x -> !(x instanceof String))) {
        errors.put(key, "Ogiltigt värde: ska vara en lista med alternativ.");
        return;
      }
      List<String> chosen = list.stream().map(String.class::cast).distinct().toList();
      if (chosen.stream().anyMatch(v -> !field.options().contains(v))) {
        errors.put(key, "Välj bland de alternativ som finns.");
        return;
      }
      values.put(key, chosen);
      return;
    }
    if (raw != null && !(raw instanceof String)) {
      errors.put(key, "Ogiltigt värde: ska vara text.");
      return;
    }
    String text = raw == null ? "" : ((String) raw).strip();
    if (CONTROL_CHARACTERS.matcher(text).find()) {
      errors.put(key, "Texten innehåller otillåtna tecken.");
      return;
    }
    if (text.isEmpty()) {
      if (field.required() && !field.conditional()) {
        errors.put(key, "Fältet måste fyllas i.");
      }
      return;
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      errors.put(key, text("accession.validation.max-length", field.maxLength()));
    } else if (field.minLength() != null && text.length() < field.minLength()) {
      errors.put(key, text("accession.validation.min-length", field.minLength()));
    } else if (field.pattern() != null && !patterns.get(key).matcher(text).matches()) {
      errors.put(key, "Uppgiften har fel format.");
    } else if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      errors.put(key, "Ange en giltig e-postadress, t.ex. namn@kommun.se.");
    } else if (field.hasOptions() && !field.options().contains(text)) {
      errors.put(key, "Välj ett av alternativen.");
    }
    values.put(key, text);
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
        ? OrganisationType.valueOf((String) v.get(ORGANISATION_TYPE)) : null;
    String municipality = null;
    if (type == OrganisationType.KOMMUN) {
      municipality = (String) v.get(MUNICIPALITY_CODE);
      if (municipality == null && !errors.containsKey(MUNICIPALITY_CODE)) {
        errors.put(MUNICIPALITY_CODE, "Välj vilken kommun det gäller.");
      } else if (municipality != null && municipalities.byCode(municipality).isEmpty()) {
        errors.put(MUNICIPALITY_CODE, "Välj en av Västra Götalands 49 kommuner.");
      }
    }
    LocalDate decisionDate = parseDecisionDate(v, errors);
    List<ChosenGoal> goals = collectGoals(v, errors);
    if (Boolean.FALSE.equals(v.get(PERSONAL_DATA_CONSENT)) && !errors.containsKey(PERSONAL_DATA_CONSENT)) {
      errors.put(PERSONAL_DATA_CONSENT, "Du behöver ta del av informationen om personuppgifter och kryssa i rutan.");
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new AccessionSubmission((String) v.get(ORGANISATION_NAME), number, type, municipality,
        (String) v.get(CONTACT_NAME), (String) v.get(CONTACT_TITLE), (String) v.get(CONTACT_EMAIL),
        (String) v.get(CONTACT_PHONE), (String) v.get(DECISION_BODY), decisionDate, (String) v.get(DECISION_REFERENCE),
        goals, (String) v.get(PLANNED_WORK), Boolean.TRUE.equals(v.get(INFO_SESSION_INTEREST)));
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
        errors.put(DECISION_DATE, "Beslutsdatum kan inte ligga i framtiden.");
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.put(DECISION_DATE, "Ange datum som ÅÅÅÅ-MM-DD.");
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
            errors.putIfAbsent(otherGoalKey(area.code()), "Skriv vilket annat regionalt mål inom området ni prioriterar.");
          }
          goals.add(new ChosenGoal(area.code(), code, other));
        } else if (area.goals().stream().anyMatch(g -> g.code().equals(code))) {
          goals.add(new ChosenGoal(area.code(), code, null));
        } else {
          errors.put(key, "Målet finns inte i strategins målkatalog.");
        }
      }
    }
    if (goals.isEmpty() && !goalFieldError) {
      errors.put(GOALS, "Välj minst ett regionalt mål som organisationen prioriterar.");
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
      StringBuilder sb = new StringBuilder("Anslutningen kunde inte tas emot. Rätta följande: ");
      errors.forEach((key, message) -> sb.append(form.field(key).map(Field::label).filter(l -> !l.isBlank())
          .orElse(key.equals(GOALS) ? "Prioriterade mål" : key)).append(": ").append(message).append(' '));
      return sb.toString().strip();
    }
  }
}
