package se.lansstyrelsen.jvg.publicform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import se.lansstyrelsen.jvg.config.Problems;

/** problem+json written by a servlet filter (outside Spring MVC's message converters). */
final class ProblemResponses {

    private ProblemResponses() {}

    static void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Problems.json(status.value(), title, detail));
    }
}
