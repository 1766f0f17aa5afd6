package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.config.Problems.problem;
import static se.lansstyrelsen.jvg.config.Problems.respond;
import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Requests that match no handler (wrong media type or method) are rejected before a controller is
 * chosen, so a controller-scoped advice never sees them: answered here, in Swedish, as problem+json.
 * Only our Spring MVC endpoints pass here (Camunda's REST API and webapps are JAX-RS). A browser asking
 * for one of our pages (not /api) gets the Swedish error page instead.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class HttpProtocolErrors {

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedType(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(
                request,
                response,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                text("publicform.problem.unsupported-type.title"),
                text("publicform.problem.unsupported-type.detail"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(
                request,
                response,
                HttpStatus.NOT_ACCEPTABLE,
                text("publicform.problem.not-acceptable.title"),
                text("publicform.problem.not-acceptable.detail"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(
                request,
                response,
                HttpStatus.METHOD_NOT_ALLOWED,
                text("publicform.problem.method.title"),
                text("publicform.problem.method.detail"));
    }

    /**
     * problem+json, except for a browser on one of our pages (not /api): its error goes to the error page (Swedish
     * HTML), and nothing is returned.
     */
    private static Object answer(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (accept == null || !accept.contains("text/html") || path.startsWith("/api/")) {
            return respond(problem(status, title, detail));
        }
        response.sendError(status.value());
        return null;
    }
}
