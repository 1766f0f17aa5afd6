package se.lansstyrelsen.jvg.process;

import static se.lansstyrelsen.jvg.config.Texts.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Whether the variables of a task completion or a start form submission fit the form: only its own fields,
 * read-only ones unchanged, each value by the form's rules, required fields filled in, and no business key (the
 * server numbers cases). A misfit is refused as a form error with a Swedish sentence (a 400 in the engine REST
 * API), so that nothing reaches a delegate as a 500. {@link TaskInputGuard} decides when it applies.
 */
final class FormInputCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskForms forms;

    FormInputCheck(TaskForms forms) {
        this.forms = forms;
    }

    /** Each submitted variable must be a writable field of the task's form with a valid value, or a read-only one unchanged. */
    static void checkTaskFields(TaskForms.Inputs form, TaskEntity task, Map<String, Object> variables) {
        for (String name : variables.keySet()) {
            if (form.writable(name)) {
                checkValue(form, name, variables);
            } else if (!form.readOnly(name)) {
                throw new FormFieldValidationException(name, text("process.field.not-in-task", task.getName(), name));
            } else if (!VariableValues.same(
                    submitted(variables, name), task.getExecution().getVariableTyped(name, false))) {
                throw new FormFieldValidationException(
                        name, text("process.field.read-only", form.label(name), task.getName()));
            }
        }
    }

    /** A start form's submission: no business key, and only the start form's own fields (with the form's rules). */
    void checkStartForm(String definitionKey, String businessKey, Map<String, Object> variables) {
        if (AccessionProcess.KEY.equals(definitionKey)) {
            checkNoBusinessKey(businessKey, text("process.field.case-number-by-system"));
            TaskForms.Inputs start = forms.startForm();
            if (variables != null) {
                for (String name : variables.keySet()) {
                    if (!start.writable(name)) {
                        throw new FormFieldValidationException(name, text("process.field.not-in-accession-form", name));
                    }
                }
            }
            return;
        }
        Optional<TaskForms.Inputs> start = forms.startForm(definitionKey);
        if (start.isEmpty()) {
            return;
        }
        // The invitation round's and the follow-up round's start forms: the service validates the content as a whole;
        // here only the form's own fields with the form's rules, so that no server-owned variable rides along and no
        // wrong type reaches a delegate as a 500.
        checkNoBusinessKey(businessKey, text("process.field.business-key-by-system"));
        Map<String, Object> submitted = variables == null ? Map.of() : variables;
        for (String name : submitted.keySet()) {
            if (!start.get().writable(name)) {
                throw new FormFieldValidationException(name, text("process.field.not-in-start-form", name));
            }
            checkValue(start.get(), name, submitted);
        }
        checkRequired(start.get(), submitted);
    }

    /** A required field of the form that is always shown must be filled in (form-js checks it only in the browser). */
    static void checkRequired(TaskForms.Inputs form, Map<String, Object> submitted) {
        String missing = form.missingRequired(name -> plainValue(submitted, name), submitted.keySet());
        if (missing != null) {
            throw new FormFieldValidationException(missing, text("process.field.required", form.label(missing)));
        }
    }

    private static void checkNoBusinessKey(String businessKey, String message) {
        if (businessKey != null && !businessKey.isBlank()) {
            throw new FormFieldValidationException("businessKey", message);
        }
    }

    /** A writable field's value: of a type the form sends, and within the form's rules. */
    private static void checkValue(TaskForms.Inputs form, String name, Map<String, Object> variables) {
        checkNotJson(form, name, variables);
        String broken = form.breaks(name, plainValue(variables, name));
        if (broken != null) {
            throw new FormFieldValidationException(name, broken);
        }
    }

    /**
     * A text, choice, number or date field comes as a primitive value; a Json value there (which {@link #plainValue}
     * would read as its text) is refused, else a delegate would get a Spin node where it expects a string.
     */
    private static void checkNotJson(TaskForms.Inputs form, String name, Map<String, Object> variables) {
        Object v = submitted(variables, name);
        if (v instanceof TypedValue typed
                && !form.takesJson(name)
                && !(v instanceof PrimitiveValue<?>)
                && typed.getType() != null
                && !typed.getType().isPrimitiveValueType()) {
            throw new FormFieldValidationException(name, text("process.field.type-not-sent", form.label(name)));
        }
    }

    /**
     * The submitted value as Java sees it; a typed value that cannot be read (malformed Json, an Object in Java
     * serialization, which the engine refuses) is refused here as a form error (400), not left to the engine (500).
     */
    private static Object plainValue(Map<String, Object> variables, String name) {
        Object v = submitted(variables, name);
        if (!(v instanceof TypedValue typed)) {
            return v;
        }
        if (typed instanceof SerializableValue serializable && !(typed.getType() instanceof PrimitiveValueType)) {
            if (!"json".equalsIgnoreCase(typed.getType().getName())) {
                throw new FormFieldValidationException(name, text("process.field.type-not-sent", name));
            }
            String json = serializable.isDeserialized() ? null : serializable.getValueSerialized();
            if (json != null) {
                try {
                    JSON.readTree(json);
                } catch (Exception e) {
                    throw new FormFieldValidationException(name, text("process.field.invalid-json", name));
                }
            }
            return json;
        }
        return typed.getValue();
    }

    private static Object submitted(Map<String, Object> variables, String name) {
        if (variables instanceof VariableMap map) {
            TypedValue typed = map.getValueTyped(name);
            return typed != null ? typed : map.get(name);
        }
        return variables.get(name);
    }
}
