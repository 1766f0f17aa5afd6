package se.lansstyrelsen.jvg.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a Camunda Form ({@code forms/*.form}) with their validation rules, read from the
 * file itself so that the server validates exactly what the form declares.
 */
public final class FormSchema {

    private final String id;
    private final Map<String, Field> fields;

    private FormSchema(String id, Map<String, Field> fields) {
        this.id = id;
        this.fields = fields;
    }

    /** Reads {@code forms/<name>} from the classpath (where the build copies the top-level forms/). */
    public static FormSchema fromClasspath(String fileName, ObjectMapper json) {
        String path = "forms/" + fileName;
        try (InputStream in = FormSchema.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Form not on classpath: " + path);
            }
            return parse(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read form " + path, e);
        }
    }

    public static FormSchema parse(JsonNode root) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(root.path("components"), fields);
        return new FormSchema(root.path("id").asText(), fields);
    }

    private static void collect(JsonNode components, Map<String, Field> into) {
        for (JsonNode c : components) {
            if (c.hasNonNull("key")) {
                JsonNode v = c.path("validate");
                List<String> options = new ArrayList<>();
                for (JsonNode o : c.path("values")) {
                    options.add(o.path("value").asText());
                }
                Field field = new Field(
                        c.path("key").asText(),
                        c.path("type").asText(),
                        c.path("label").asText(c.path("dateLabel").asText("")),
                        v.path("required").asBoolean(false),
                        v.hasNonNull("minLength") ? v.get("minLength").asInt() : null,
                        v.hasNonNull("maxLength") ? v.get("maxLength").asInt() : null,
                        v.hasNonNull("pattern") ? v.get("pattern").asText() : null,
                        v.hasNonNull("validationType") ? v.get("validationType").asText() : null,
                        c.path("conditional").hasNonNull("hide"),
                        c.path("readonly").asBoolean(false),
                        List.copyOf(options));
                into.put(field.key(), field);
            }
            if (c.has("components")) {
                collect(c.get("components"), into);
            }
        }
    }

    public String id() {
        return id;
    }

    public Map<String, Field> fields() {
        return fields;
    }

    public Optional<Field> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** A form field and the rules the form declares for it. */
    public record Field(
            String key,
            String type,
            String label,
            boolean required,
            Integer minLength,
            Integer maxLength,
            String pattern,
            String validationType,
            boolean conditional,
            boolean readonly,
            List<String> options) {

        public boolean hasOptions() {
            return !options.isEmpty();
        }
    }
}
