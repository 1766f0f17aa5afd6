package se.lansstyrelsen.jvg.process;

import static se.lansstyrelsen.jvg.config.Texts.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.FormFields;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpProcess;
import se.lansstyrelsen.jvg.form.FormSchema;
import se.lansstyrelsen.jvg.form.InputText;

/**
 * What each user task's form lets a person write: its input fields, and its read-only fields (shown,
 * sent back unchanged by Tasklist). Read from the form files themselves, so the form is the one source.
 */
@Component
class TaskForms {

    private final Map<String, Inputs> byElement;
    private final Inputs start;
    /** The other processes' task forms, by process key and then element id. */
    private final Map<String, Map<String, Inputs>> otherTasks;
    /** The start forms a caseworker submits in Tasklist, by process key (the accession's included). */
    private final Map<String, Inputs> startForms;

    TaskForms(ObjectMapper json) {
        this.byElement = Arrays.stream(AccessionProcess.Form.values())
                .collect(Collectors.toMap(
                        AccessionProcess.Form::elementId,
                        f -> new Inputs(FormSchema.fromClasspath(f.formId() + ".form", json))));
        this.start = new Inputs(FormSchema.fromClasspath(FormFields.START_FORM_FILE, json));
        this.otherTasks = Map.of(
                AnnualFollowUpProcess.KEY,
                Map.of(
                        AnnualFollowUpProcess.Elements.MISSING_ANSWER,
                                inputs(AnnualFollowUpProcess.MISSING_ANSWER_FORM_ID, json),
                        AnnualFollowUpProcess.Elements.REVIEW, inputs(AnnualFollowUpProcess.REVIEW_FORM_ID, json)));
        this.startForms = Map.of(
                AccessionProcess.KEY,
                start,
                se.lansstyrelsen.jvg.invitation.InvitationProcess.ROUND_KEY,
                inputs(se.lansstyrelsen.jvg.invitation.InvitationProcess.START_FORM_ID, json),
                AnnualFollowUpProcess.ROUND_KEY,
                inputs(AnnualFollowUpProcess.ROUND_START_FORM_ID, json));
    }

    private static Inputs inputs(String formId, ObjectMapper json) {
        return new Inputs(FormSchema.fromClasspath(formId + ".form", json));
    }

    Optional<Inputs> forTask(String taskDefinitionKey) {
        return Optional.ofNullable(byElement.get(taskDefinitionKey));
    }

    /** A task form of a process other than the accession (the yearly follow-up's two tasks). */
    Optional<Inputs> forTask(String processKey, String taskDefinitionKey) {
        if (AccessionProcess.KEY.equals(processKey)) {
            return forTask(taskDefinitionKey);
        }
        return Optional.ofNullable(otherTasks.getOrDefault(processKey, Map.of()).get(taskDefinitionKey));
    }

    Inputs startForm() {
        return start;
    }

    /** The start form of a process a caseworker starts in Tasklist, if it has one of ours. */
    Optional<Inputs> startForm(String processKey) {
        return Optional.ofNullable(startForms.get(processKey));
    }

    /** Process keys with task forms the guard checks. */
    boolean hasTaskForms(String processKey) {
        return AccessionProcess.KEY.equals(processKey) || otherTasks.containsKey(processKey);
    }

    /** The keyed fields of one form. */
    static final class Inputs {
        /** Control characters other than tab and line breaks, as the start form's validation refuses them. */
        private final Map<String, FormSchema.Field> fields;

        Inputs(FormSchema schema) {
            this.fields = schema.fields().values().stream()
                    .collect(Collectors.toUnmodifiableMap(FormSchema.Field::key, Function.identity()));
        }

        boolean writable(String key) {
            FormSchema.Field f = fields.get(key);
            return f != null && !f.readonly();
        }

        boolean readOnly(String key) {
            FormSchema.Field f = fields.get(key);
            return f != null && f.readonly();
        }

        /**
         * The form's own rules for a value a user submits in a writable field (form-js checks them only in the
         * browser): its type, no control characters, length, pattern and options. "Required" stays with the
         * delegates, which know when a field is needed (a reason only for a rejection), except that a required
         * choice (radio or select, never hidden) sent empty or null is refused. Null when the value is fine, else a
         * Swedish sentence.
         */
        String breaks(String key, Object value) {
            FormSchema.Field f = fields.get(key);
            if (f == null) {
                return null;
            }
            String label = label(key);
            if (f.required() && f.hasOptions() && !f.conditional() && (value == null || "".equals(value))) {
                // A required choice sent empty: a gateway's default flow would take it as a decision (the not-completed
                // decision's "wait again"), so it is refused here rather than left to a delegate.
                return text("process.field.required-choice", label);
            }
            if (value == null) {
                return null;
            }
            if (f.type().equals("checkbox")) {
                return value instanceof Boolean ? null : text("process.field.not-boolean", label);
            }
            if (f.type().equals("checklist") || f.type().equals("taglist")) {
                return null; // Json values; no task form of ours has one as input
            }
            if (f.type().equals("number")) {
                // form-js sends a number; a numeric text is read by the delegate too. The range is the delegate's.
                if (value instanceof Number n) {
                    return Double.isFinite(n.doubleValue()) ? null : text("process.field.not-number", label);
                }
                return value instanceof String s && s.strip().matches("-?\\d{1,9}")
                        ? null
                        : text("process.field.not-number", label);
            }
            if (!(value instanceof String text)) {
                return text("process.field.not-text", label);
            }
            if (InputText.hasControlCharacters(text)) {
                return text("process.field.control-characters", label);
            }
            if (f.maxLength() != null && text.length() > f.maxLength()) {
                return text("process.field.too-long", label, f.maxLength());
            }
            if (!text.isEmpty()
                    && f.pattern() != null
                    && !java.util.regex.Pattern.compile(f.pattern())
                            .matcher(text)
                            .matches()) {
                return text("process.field.wrong-format", label);
            }
            if (f.hasOptions() && !text.isEmpty() && !f.options().contains(text)) {
                return text("process.field.not-an-option", label);
            }
            return null;
        }

        /**
         * The first required, always shown field that is missing or blank in a submission, else null (for the forms
         * whose delegates do not check "required" themselves: the yearly follow-up's tasks and the rounds' start forms).
         */
        String missingRequired(java.util.function.Function<String, Object> submitted, java.util.Set<String> keys) {
            for (FormSchema.Field f : fields.values()) {
                if (!f.required() || f.conditional() || f.readonly()) {
                    continue;
                }
                Object v = keys.contains(f.key()) ? submitted.apply(f.key()) : null;
                if (v == null || v instanceof String s && s.isBlank()) {
                    return f.key();
                }
            }
            return null;
        }

        /** Whether the field's value is a Json value (a checklist or tag list); every other field sends a primitive. */
        boolean takesJson(String key) {
            FormSchema.Field f = fields.get(key);
            return f != null && (f.type().equals("checklist") || f.type().equals("taglist"));
        }

        String label(String key) {
            FormSchema.Field f = fields.get(key);
            return f == null || f.label().isBlank() ? key : f.label();
        }
    }
}
