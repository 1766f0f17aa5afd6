package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.config.Problems.problem;
import static se.lansstyrelsen.jvg.config.Problems.respond;
import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.config.Problems;
import se.lansstyrelsen.jvg.minutes.MinutesExtractService;

/**
 * Every answer of the public API that is not a success: application/problem+json with a Swedish
 * title and detail, and for input errors an {@code errors} object with one message per form key.
 * Bad input is always a 4xx; an unexpected failure is a 500 without internals.
 */
@RestControllerAdvice(assignableTypes = PublicAccessionApi.class)
class PublicApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PublicApiErrors.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        ProblemDetail p = problem(
                HttpStatus.BAD_REQUEST,
                text("publicform.problem.invalid.title"),
                text("publicform.problem.invalid.detail"));
        p.setProperty("errors", e.errors());
        return respond(p);
    }

    @ExceptionHandler(MinutesExtractService.TooLargeException.class)
    ResponseEntity<ProblemDetail> fileTooLarge(MinutesExtractService.TooLargeException e) {
        ProblemDetail p =
                problem(HttpStatus.PAYLOAD_TOO_LARGE, text("publicform.problem.file-too-large.title"), e.getMessage());
        p.setProperty("errors", e.errors());
        return respond(p);
    }

    @ExceptionHandler(PublicSubmissionService.OpenCaseExistsException.class)
    ResponseEntity<ProblemDetail> openCase(PublicSubmissionService.OpenCaseExistsException e) {
        String which = e.caseNumber() == null ? "" : " (" + e.caseNumber() + ")";
        ProblemDetail p = problem(
                HttpStatus.CONFLICT,
                text("publicform.problem.open-case.title"),
                text("publicform.problem.open-case.detail", which));
        if (e.caseNumber() != null) {
            p.setProperty("caseNumber", e.caseNumber());
        }
        p.setProperty(
                "errors",
                Map.of(
                        se.lansstyrelsen.jvg.accession.FormFields.ORGANISATION_NUMBER,
                        text("publicform.problem.open-case.error", which)));
        return respond(p);
    }

    @ExceptionHandler(PublicSubmissionService.IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused() {
        return respond(problem(
                HttpStatus.CONFLICT,
                text("publicform.problem.key-reused.title"),
                text("publicform.problem.key-reused.detail")));
    }

    @ExceptionHandler(LinkNotValidException.class)
    ResponseEntity<ProblemDetail> linkNotValid() {
        return respond(problem(
                HttpStatus.NOT_FOUND,
                text("publicform.problem.link-not-valid.title"),
                text("publicform.problem.link-not-valid.detail")));
    }

    @ExceptionHandler(PublicAccessionApi.CompletionConflictException.class)
    ResponseEntity<ProblemDetail> completionConflict() {
        return respond(problem(
                HttpStatus.CONFLICT,
                text("publicform.problem.completion-conflict.title"),
                text("publicform.problem.completion-conflict.detail")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (Problems.isBodyTooLarge(e)) {
            return tooLarge();
        }
        return Problems.unreadableJson(e);
    }

    @ExceptionHandler({
        MissingServletRequestPartException.class,
        MissingServletRequestParameterException.class,
        MissingRequestHeaderException.class
    })
    ResponseEntity<ProblemDetail> missingPart() {
        ProblemDetail p = problem(
                HttpStatus.BAD_REQUEST,
                text("publicform.problem.missing-file.title"),
                text("publicform.problem.missing-file.detail"));
        p.setProperty("errors", Map.of(MinutesExtractService.FIELD, text("publicform.problem.missing-file.error")));
        return respond(p);
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, Problems.BodyTooLargeException.class})
    ResponseEntity<ProblemDetail> tooLarge() {
        return respond(problem(
                HttpStatus.PAYLOAD_TOO_LARGE,
                text("publicform.problem.too-large.title"),
                text("publicform.problem.too-large.detail")));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart() {
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                text("publicform.problem.bad-multipart.title"),
                text("publicform.problem.bad-multipart.detail")));
    }

    @ExceptionHandler(SubmissionGate.BusyException.class)
    ResponseEntity<ProblemDetail> busy() {
        return unavailable(text("publicform.problem.busy.title"), text("publicform.problem.busy.detail"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.isCause(e)) {
            LOG.warn("Public API: database unavailable ({})", e.toString());
            return unavailable(
                    text("publicform.problem.unavailable.title"), text("publicform.problem.unavailable.detail"));
        }
        LOG.error("Public API failed", e);
        return respond(problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                text("publicform.problem.unexpected.title"),
                text("publicform.problem.unexpected.detail")));
    }

    private static ResponseEntity<ProblemDetail> unavailable(String title, String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, title, detail));
    }
}
