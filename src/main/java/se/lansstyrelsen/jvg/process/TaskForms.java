package se.lansstyrelsen.jvg.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.form.FormSchema;

/**
 * What each user task's form lets a person write: its input fields, and its read-only fields (shown,
 * sent back unchanged by Tasklist). Read from the form files themselves, so the form is the one source.
 */
@Component
class TaskForms {

  private final Map<String, Inputs> byElement;
  private final Inputs start;

  TaskForms(ObjectMapper json) {
    this.byElement = Arrays.stream(AccessionProcess.Form.values()).collect(Collectors.toMap(
        AccessionProcess.Form::elementId, f -> new Inputs(FormSchema.fromClasspath(f.formId() + ".form", json))));
    this.start = new Inputs(FormSchema.fromClasspath(AccessionProcess.START_FORM_ID + ".form", json));
  }

  Optional<Inputs> forTask(String taskDefinitionKey) {
    return Optional.ofNullable(byElement.get(taskDefinitionKey));
  }

  Inputs startForm() {
    return start;
  }

  /** The keyed fields of one form. */
  static final class Inputs {
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

    String label(String key) {
      FormSchema.Field f = fields.get(key);
      return f == null || f.label().isBlank() ? key : f.label();
    }
  }
}
