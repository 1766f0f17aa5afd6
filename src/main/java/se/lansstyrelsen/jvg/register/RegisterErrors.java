package se.lansstyrelsen.jvg.register;

import java.net.URI;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/**
 * An unknown filter, order or page: 400 with a Swedish explanation, as a page for /anslutna and /intern/register and as
 * problem+json (with the parameter's name in {@code errors}) for the open-data API.
 */
final class RegisterErrors {

  private RegisterErrors() {}

  @RestControllerAdvice(assignableTypes = PublicRegisterApi.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class Api {
    @ExceptionHandler(RegisterCriteria.BadParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(RegisterCriteria.BadParameterException e) {
      ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
      p.setTitle("Felaktig parameter");
      p.setType(URI.create("about:blank"));
      p.setProperty("errors", Map.of(e.parameter(), e.getMessage()));
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
  }

  @org.springframework.web.bind.annotation.ControllerAdvice(assignableTypes = PublicRegisterPage.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class Page {
    @ExceptionHandler(RegisterCriteria.BadParameterException.class)
    ModelAndView badParameter(RegisterCriteria.BadParameterException e) {
      ModelAndView view = new ModelAndView("register/bad-request", Map.of("message", e.getMessage(),
          "parameter", e.parameter()));
      view.setStatus(HttpStatus.BAD_REQUEST);
      return view;
    }
  }

  @org.springframework.web.bind.annotation.ControllerAdvice(assignableTypes = RegisterPage.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class InternalPage {
    @ExceptionHandler(RegisterCriteria.BadParameterException.class)
    ModelAndView badParameter(RegisterCriteria.BadParameterException e) {
      ModelAndView view = new ModelAndView("register/internal-bad-request", Map.of("message", e.getMessage(),
          "parameter", e.parameter()));
      view.setStatus(HttpStatus.BAD_REQUEST);
      return view;
    }
  }
}
