package se.lansstyrelsen.jvg.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A Camunda user against {@code /engine-rest} with HTTP Basic: the calls Tasklist and Cockpit make
 * (submit-form on the start event and on tasks, job retries). Variables go in the engine REST's typed
 * form; lists and Json values become {@code Json}.
 */
public final class EngineRestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String password;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public EngineRestClient(int port, String password) {
        this.baseUrl = "http://127.0.0.1:" + port + "/engine-rest";
        this.password = password;
    }

    public HttpResponse<String> post(String user, String path, String body) throws Exception {
        return send(
                user,
                HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String user, String path, String body) throws Exception {
        return send(
                user,
                HttpRequest.newBuilder(URI.create(baseUrl + path)).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** Tasklist's "Slutför": submit-form on a task. */
    public HttpResponse<String> submitTaskForm(String user, String taskId, Map<String, Object> values)
            throws Exception {
        return post(user, "/task/" + taskId + "/submit-form", variables(values));
    }

    /** Tasklist's "Starta process": submit-form on the accession start event. */
    public HttpResponse<String> submitStartForm(String user, Map<String, Object> values) throws Exception {
        return post(user, "/process-definition/key/accession/submit-form", variables(values));
    }

    /** The engine REST error's {@code message}, or the body when it is not JSON. */
    public static String message(HttpResponse<String> response) {
        try {
            Object m = JSON.readValue(response.body(), Map.class).get("message");
            return m == null ? response.body() : m.toString();
        } catch (Exception e) {
            return response.body();
        }
    }

    /** {"variables": {...}} in the engine REST's typed form. */
    public static String variables(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((k, v) -> typed.put(k, typed(v)));
        try {
            return JSON.writeValueAsString(Map.of("variables", typed));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> typed(Object v) {
        Object plain = v instanceof TypedValue t ? t.getValue() : v;
        try {
            if (plain instanceof org.camunda.spin.json.SpinJsonNode) {
                return Map.of("value", plain.toString(), "type", "Json");
            }
            if (plain instanceof List<?> list) {
                return Map.of("value", JSON.writeValueAsString(list), "type", "Json");
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (plain instanceof Long || plain instanceof Integer) {
            return Map.of("value", plain, "type", "Long");
        }
        if (plain instanceof Boolean) {
            return Map.of("value", plain, "type", "Boolean");
        }
        Map<String, Object> string = new LinkedHashMap<>();
        string.put("value", plain == null ? null : plain.toString());
        string.put("type", plain == null ? "Null" : "String");
        return string;
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                request.header("Authorization", "Basic " + credentials)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
