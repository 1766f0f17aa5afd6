package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.publicform.PublicApiErrors.problem;
import static se.lansstyrelsen.jvg.publicform.PublicApiErrors.respond;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Requests that match no handler (wrong media type or method) are rejected before a controller is
 * chosen, so a controller-scoped advice never sees them: answered here, in Swedish, as problem+json.
 * Only our Spring MVC endpoints pass here (Camunda's REST API and webapps are JAX-RS).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class HttpProtocolErrors {

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> unsupportedType() {
    return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Fel innehållstyp",
        "Skicka formulärets uppgifter som application/json (en fil som multipart/form-data)."));
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ProblemDetail> notAcceptable() {
    return respond(problem(HttpStatus.NOT_ACCEPTABLE, "Svaret kan inte levereras i begärt format",
        "Svaret ges som application/json."));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method() {
    return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "Metoden stöds inte",
        "Den här adressen tar inte emot den metoden."));
  }
}
