package se.lansstyrelsen.jvg.register;

import static se.lansstyrelsen.jvg.config.Texts.text;

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
            p.setTitle(text("register.bad-parameter.title"));
            p.setType(URI.create("about:blank"));
            p.setProperty("errors", Map.of(e.parameter(), e.getMessage()));
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
    }

    @org.springframework.web.bind.annotation.ControllerAdvice(assignableTypes = PublicRegisterPage.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Page {
        @ExceptionHandler(RegisterCriteria.BadParameterException.class)
        ModelAndView badParameter(RegisterCriteria.BadParameterException e) {
            return badRequest("register/bad-request", e);
        }
    }

    @org.springframework.web.bind.annotation.ControllerAdvice(assignableTypes = RegisterPage.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class InternalPage {
        @ExceptionHandler(RegisterCriteria.BadParameterException.class)
        ModelAndView badParameter(RegisterCriteria.BadParameterException e) {
            return badRequest("register/internal-bad-request", e);
        }
    }

    /** The page's error view with the message and the parameter's name, status 400. */
    private static ModelAndView badRequest(String viewName, RegisterCriteria.BadParameterException e) {
        ModelAndView view = new ModelAndView(viewName, Map.of("message", e.getMessage(), "parameter", e.parameter()));
        view.setStatus(HttpStatus.BAD_REQUEST);
        return view;
    }
}
