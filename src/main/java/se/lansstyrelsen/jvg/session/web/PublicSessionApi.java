package se.lansstyrelsen.jvg.session.web;

import static se.lansstyrelsen.jvg.config.Problems.problem;
import static se.lansstyrelsen.jvg.config.Problems.respond;
import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.session.SessionService;
import se.lansstyrelsen.jvg.session.SessionSignup;

/**
 * Sign-up for an information session (JSON with the keys of forms/session-signup.form). Same rules as the
 * accession API: XSRF-TOKEN cookie echoed in X-XSRF-TOKEN, the public rate limit and body limit (/api/**),
 * Swedish problem+json for every error.
 */
@RestController
class PublicSessionApi {

    private final SessionSignups signups;

    PublicSessionApi(SessionSignups signups) {
        this.signups = signups;
    }

    @PostMapping(path = "/api/informationstraffar/{sessionId}/anmalningar", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SignedUp> signUp(@PathVariable Long sessionId, @RequestBody Map<String, Object> formData) {
        SessionSignup s = signups.signUp(sessionId, formData);
        boolean placed = s.getStatus() == SessionSignup.Status.CONFIRMED;
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new SignedUp(
                        s.getReference(),
                        s.getStatus().name(),
                        placed ? text("session.api.signed-up.confirmed") : text("session.api.signed-up.waiting")));
    }

    /** The answer to a sign-up. */
    record SignedUp(String reference, String status, String message) {}

    /** Errors of this API, in Swedish. */
    @RestControllerAdvice(assignableTypes = PublicSessionApi.class)
    static class Errors {

        @ExceptionHandler(InvalidInputException.class)
        ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
            ProblemDetail p = problem(
                    HttpStatus.BAD_REQUEST,
                    text("session.api.invalid.title"),
                    e.errors().containsKey("session") ? e.errors().get("session") : text("session.api.invalid.detail"));
            p.setProperty("errors", e.errors());
            return respond(p);
        }

        @ExceptionHandler(SessionService.UnknownSessionException.class)
        ResponseEntity<ProblemDetail> unknown() {
            return respond(problem(
                    HttpStatus.NOT_FOUND, text("session.api.unknown.title"), text("session.api.unknown.detail")));
        }

        @ExceptionHandler({
            HttpMessageNotReadableException.class,
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class
        })
        ResponseEntity<ProblemDetail> unreadable(Exception e) {
            // 413 when a body without declared length grew over the public limit while read, else 400.
            return se.lansstyrelsen.jvg.config.Problems.unreadableJson(e);
        }
    }
}
