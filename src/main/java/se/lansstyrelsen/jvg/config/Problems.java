package se.lansstyrelsen.jvg.config;

import static se.lansstyrelsen.jvg.config.Texts.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The public APIs' problem+json answers (RFC 9457): a Swedish title and detail, type about:blank. */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        return p;
    }

    /**
     * The same answer as a JSON text, for code that writes the response itself outside Spring MVC (a servlet
     * filter, Spring Security's handlers, Tomcat's error report): type, status, title and detail, in that order.
     */
    public static String json(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("status", status);
        body.put("title", title);
        body.put("detail", detail);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    /**
     * A JSON body the converter could not read. A body sent without declared length (chunked) that grows over
     * the public body limit while it is read ends up here too, wrapped: that is a 413, like a declared length
     * over the limit (RequestBodyLimitFilter); anything else is a 400.
     */
    public static ResponseEntity<ProblemDetail> unreadableJson(Throwable e) {
        if (isBodyTooLarge(e)) {
            return respond(
                    problem(HttpStatus.PAYLOAD_TOO_LARGE, text("config.problem.too-large.title"), jsonTooLarge()));
        }
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                text("config.problem.unreadable.title"),
                text("config.problem.unreadable-json.detail")));
    }

    /** The detail of a 413 for a JSON body (no file in it). */
    public static String jsonTooLarge() {
        return text("config.problem.json-too-large.detail");
    }

    public static boolean isBodyTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Thrown while reading a body without declared length that grows over the limit (RequestBodyLimitFilter). */
    public static class BodyTooLargeException extends IOException {
        public BodyTooLargeException() {
            super("Request body too large");
        }
    }
}
