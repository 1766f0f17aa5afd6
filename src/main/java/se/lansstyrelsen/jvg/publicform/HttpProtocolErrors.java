package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.config.Problems.problem;
import static se.lansstyrelsen.jvg.config.Problems.respond;

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
    if (browserPage(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE)) {
      return null;
    }
    return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Fel innehållstyp",
        "Skicka formulärets uppgifter som application/json (en fil som multipart/form-data)."));
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  Object notAcceptable(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (browserPage(request, response, HttpStatus.NOT_ACCEPTABLE)) {
      return null;
    }
    return respond(problem(HttpStatus.NOT_ACCEPTABLE, "Svaret kan inte levereras i begärt format",
        "Svaret ges som application/json."));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  Object method(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (browserPage(request, response, HttpStatus.METHOD_NOT_ALLOWED)) {
      return null;
    }
    return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "Metoden stöds inte",
        "Den här adressen tar inte emot den metoden."));
  }

  /** A browser on one of our pages: the error goes to the error page (Swedish HTML). */
  private static boolean browserPage(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
      throws IOException {
    String accept = request.getHeader("Accept");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (accept == null || !accept.contains("text/html") || path.startsWith("/api/")) {
      return false;
    }
    response.sendError(status.value());
    return true;
  }
}
