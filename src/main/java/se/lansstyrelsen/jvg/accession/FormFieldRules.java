package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.lansstyrelsen.jvg.form.FormSchema;
import se.lansstyrelsen.jvg.form.FormSchema.Field;
import se.lansstyrelsen.jvg.form.InputText;

/**
 * The rules a form file declares for each field (type, required, lengths, pattern, e-mail, allowed options),
 * checked on the server before the domain rules of {@link SubmissionValidator}.
 */
final class FormFieldRules {

    /** Pragmatic e-mail syntax: one @, no spaces, a dot in the domain. */

    /** Control characters other than tab and line breaks (a NUL byte cannot even be stored in PostgreSQL). */

    /** The form's patterns, compiled once. */
    private final Map<String, Pattern> patterns;

    FormFieldRules(FormSchema form) {
        this.patterns = form.fields().values().stream()
                .filter(f -> f.pattern() != null)
                .collect(Collectors.toMap(Field::key, f -> Pattern.compile(f.pattern())));
    }

    /**
     * Checks one field's raw value; puts the accepted value (Boolean, list of Strings or stripped String) into
     * {@code values} and a Swedish message into {@code errors}. An empty text is not put into {@code values}.
     */
    void check(Field field, Object raw, Map<String, Object> values, Map<String, String> errors) {
        String key = field.key();
        if (field.type().equals("checkbox")) {
            checkBox(field, raw, values, errors);
            return;
        }
        if (field.type().equals("checklist") || field.type().equals("taglist")) {
            checkList(field, raw, values, errors);
            return;
        }
        if (raw != null && !(raw instanceof String)) {
            errors.put(key, text("accession.validation.not-text"));
            return;
        }
        String text = raw == null ? "" : ((String) raw).strip();
        if (InputText.hasControlCharacters(text)) {
            errors.put(key, text("accession.validation.control-characters"));
            return;
        }
        if (text.isEmpty()) {
            if (field.required() && !field.conditional()) {
                errors.put(key, text("accession.validation.required"));
            }
            return;
        }
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            errors.put(key, text("accession.validation.max-length", field.maxLength()));
        } else if (field.minLength() != null && text.length() < field.minLength()) {
            errors.put(key, text("accession.validation.min-length", field.minLength()));
        } else if (field.pattern() != null && !patterns.get(key).matcher(text).matches()) {
            errors.put(key, text("accession.validation.pattern"));
        } else if ("email".equals(field.validationType()) && !InputText.isEmailAddress(text)) {
            errors.put(key, text("accession.validation.email"));
        } else if (field.hasOptions() && !field.options().contains(text)) {
            errors.put(key, text("accession.validation.unknown-option"));
        }
        values.put(key, text);
    }

    private static void checkBox(Field field, Object raw, Map<String, Object> values, Map<String, String> errors) {
        if (raw != null && !(raw instanceof Boolean)) {
            errors.put(field.key(), text("accession.validation.not-boolean"));
            return;
        }
        boolean checked = Boolean.TRUE.equals(raw);
        if (field.required() && !field.conditional() && !checked) {
            errors.put(field.key(), text("accession.validation.must-check"));
        }
        values.put(field.key(), checked);
    }

    private static void checkList(Field field, Object raw, Map<String, Object> values, Map<String, String> errors) {
        if (raw == null) {
            values.put(field.key(), List.of());
            return;
        }
        if (!(raw instanceof Collection<?> list) || list.stream().anyMatch(x -> !(x instanceof String))) {
            errors.put(field.key(), text("accession.validation.not-list"));
            return;
        }
        List<String> chosen = list.stream().map(String.class::cast).distinct().toList();
        if (chosen.stream().anyMatch(v -> !field.options().contains(v))) {
            errors.put(field.key(), text("accession.validation.unknown-options"));
            return;
        }
        values.put(field.key(), chosen);
    }
}
