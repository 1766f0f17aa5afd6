package se.lansstyrelsen.jvg.reliability;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import se.lansstyrelsen.jvg.support.PublicClient;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/}) as the hostile-input tests read it, and how its
 * entries become requests: a form with an entry's value, a raw body, the engine REST's typed variables.
 */
final class HostileCorpus {

    static final ObjectMapper JSON = new ObjectMapper();

    private HostileCorpus() {}

    /** A corpus file of entries (objects). */
    static List<Map<String, Object>> corpus(String file) throws Exception {
        return JSON.readValue(resource(file), new TypeReference<>() {});
    }

    /** A corpus file of plain strings (tokens, ids, content types). */
    static List<String> list(String file) throws Exception {
        return JSON.readValue(resource(file), new TypeReference<>() {});
    }

    static InputStream resource(String file) {
        return HostileCorpus.class.getResourceAsStream("/hostile/" + file);
    }

    /** The entry's value; a string with "repeat" is repeated that often. */
    static Object value(Map<String, Object> entry) {
        Object v = entry.get("value");
        if (entry.get("repeat") != null && v instanceof String s) {
            return s.repeat(((Number) entry.get("repeat")).intValue());
        }
        return v;
    }

    /** The form with the entry's value in the entry's field (a leading "+" marks a field the form lacks). */
    static Map<String, Object> with(Map<String, Object> form, Map<String, Object> entry) {
        form.put(ownField(entry), value(entry));
        return form;
    }

    private static String ownField(Map<String, Object> entry) {
        String field = (String) entry.get("field");
        return field.startsWith("+") ? field.substring(1) : field;
    }

    /** A body as stored: inline text, a file under hostile/bodies/, or (over 100 KB) a recipe. */
    static byte[] body(Map<String, Object> b) throws Exception {
        if (b.containsKey("body")) {
            return b.get("body").toString().getBytes(StandardCharsets.UTF_8);
        }
        if (b.containsKey("file")) {
            try (InputStream in = resource("bodies/" + b.get("file"))) {
                return in.readAllBytes();
            }
        }
        int size = ((Number) b.get("size")).intValue();
        String s = switch (b.get("generate").toString()) {
            case "deep-array" -> "[".repeat(size) + "]".repeat(size);
            case "huge-string" -> "{\"organisationName\":\"" + "x".repeat(size) + "\"}";
            default -> throw new IllegalArgumentException(b.toString());
        };
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** As a browser sends it: characters that a URL cannot carry are percent-encoded, the rest goes as typed. */
    static String encode(String raw) {
        return raw.contains("%")
                ? raw
                : URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The engine REST body; an entry's "type" overrides the type of its own field. */
    static String typedVariables(Map<String, Object> values, Map<String, Object> entry) throws Exception {
        Map<String, Object> typed = new LinkedHashMap<>();
        String own = entry == null ? null : ownField(entry);
        values.forEach((k, v) -> {
            Map<String, Object> t = new LinkedHashMap<>();
            Object plain = v instanceof TypedValue tv ? tv.getValue() : v;
            if (plain instanceof SpinJsonNode || plain instanceof List<?> || plain instanceof Map<?, ?>) {
                t.put("value", plain instanceof SpinJsonNode ? plain.toString() : write(plain));
                t.put("type", "Json");
            } else if (plain instanceof Boolean) {
                t.put("value", plain);
                t.put("type", "Boolean");
            } else if (plain instanceof Integer || plain instanceof Long) {
                t.put("value", plain);
                t.put("type", "Long");
            } else if (plain instanceof Number) {
                t.put("value", plain);
                t.put("type", "Double");
            } else if (plain == null) {
                t.put("value", null);
                t.put("type", "Null");
            } else {
                t.put("value", plain.toString());
                t.put("type", "String");
            }
            if (k.equals(own) && entry.get("type") != null) {
                t.put("type", entry.get("type"));
                if ("Object".equals(entry.get("type"))) {
                    t.put(
                            "valueInfo",
                            Map.of(
                                    "objectTypeName",
                                    "java.lang.String",
                                    "serializationDataFormat",
                                    "application/x-java-serialized-object"));
                }
            }
            typed.put(k, t);
        });
        return JSON.writeValueAsString(Map.of("variables", typed));
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Title, detail and field errors of a problem+json answer; null when the body is not JSON. */
    static String problemText(HttpResponse<String> r) {
        try {
            Map<String, Object> p = PublicClient.json(r);
            return p.get("title") + " " + p.get("detail") + " " + p.getOrDefault("errors", "");
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
