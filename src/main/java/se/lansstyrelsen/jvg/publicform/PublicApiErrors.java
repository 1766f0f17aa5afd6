package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.config.Problems.problem;
import static se.lansstyrelsen.jvg.config.Problems.respond;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.MissingServletRequestParameterException;
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
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Uppgifterna behöver rättas",
        "Anslutningen kunde inte tas emot. Rätta uppgifterna som är markerade.");
    p.setProperty("errors", e.errors());
    return respond(p);
  }

  @ExceptionHandler(MinutesExtractService.TooLargeException.class)
  ResponseEntity<ProblemDetail> fileTooLarge(MinutesExtractService.TooLargeException e) {
    ProblemDetail p = problem(HttpStatus.PAYLOAD_TOO_LARGE, "För stor fil", e.getMessage());
    p.setProperty("errors", e.errors());
    return respond(p);
  }

  @ExceptionHandler(PublicSubmissionService.OpenCaseExistsException.class)
  ResponseEntity<ProblemDetail> openCase(PublicSubmissionService.OpenCaseExistsException e) {
    String which = e.caseNumber() == null ? "" : " (" + e.caseNumber() + ")";
    ProblemDetail p = problem(HttpStatus.CONFLICT, "Organisationen har redan ett pågående ärende",
        "Det finns redan ett pågående anslutningsärende för organisationsnumret" + which
            + ". Följ det via länken i mottagningsbekräftelsen, eller kontakta Länsstyrelsen.");
    if (e.caseNumber() != null) {
      p.setProperty("caseNumber", e.caseNumber());
    }
    p.setProperty("errors", Map.of(se.lansstyrelsen.jvg.accession.FormFields.ORGANISATION_NUMBER,
        "Organisationen har redan ett pågående ärende" + which + "."));
    return respond(p);
  }

  @ExceptionHandler(PublicSubmissionService.IdempotencyKeyReusedException.class)
  ResponseEntity<ProblemDetail> keyReused() {
    return respond(problem(HttpStatus.CONFLICT, "Begäran har redan skickats",
        "Samma Idempotency-Key användes tidigare med andra uppgifter, eller behandlas fortfarande. Ladda om sidan och försök igen."));
  }

  @ExceptionHandler(LinkNotValidException.class)
  ResponseEntity<ProblemDetail> linkNotValid() {
    return respond(problem(HttpStatus.NOT_FOUND, "Länken gäller inte",
        "Länken är okänd, har gått ut eller gäller inte längre för det här steget i ärendet."));
  }

  @ExceptionHandler(PublicAccessionApi.CompletionConflictException.class)
  ResponseEntity<ProblemDetail> completionConflict() {
    return respond(problem(HttpStatus.CONFLICT, "Kompletteringen har redan kommit in",
        "Ärendet ändrades i samma stund, oftast av en annan komplettering som har tagits emot; den här skickades inte."
            + " Se ärendets status via länken i e-posten."));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    if (Problems.isBodyTooLarge(e)) {
      return tooLarge();
    }
    return respond(problem(HttpStatus.BAD_REQUEST, "Felaktig begäran",
        "Innehållet kunde inte läsas. Skicka ett JSON-objekt med formulärets fält."));
  }

  @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
      MissingRequestHeaderException.class})
  ResponseEntity<ProblemDetail> missingPart() {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Fil saknas", "Välj en PDF-fil att bifoga.");
    p.setProperty("errors", Map.of(MinutesExtractService.FIELD, "Välj en fil att bifoga."));
    return respond(p);
  }

  @ExceptionHandler({MaxUploadSizeExceededException.class, Problems.BodyTooLargeException.class})
  ResponseEntity<ProblemDetail> tooLarge() {
    return respond(problem(HttpStatus.PAYLOAD_TOO_LARGE, "För stor begäran",
        "Begäran är för stor. En bifogad fil får vara högst 10 MB."));
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> badMultipart() {
    return respond(problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", "Filen kunde inte tas emot."));
  }

  @ExceptionHandler(SubmissionGate.BusyException.class)
  ResponseEntity<ProblemDetail> busy() {
    return unavailable("Många skickar in just nu", "Det är många som skickar in samtidigt just nu och er anslutning"
        + " har inte tagits emot. Vänta en halv minut och skicka igen; uppgifterna finns kvar i formuläret.");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (DatabaseUnavailable.isCause(e)) {
      LOG.warn("Public API: database unavailable ({})", e.toString());
      return unavailable("Tjänsten är tillfälligt otillgänglig", "Vi kan inte ta emot uppgifter just nu."
          + " Ingenting har sparats. Försök igen om en stund; kvarstår felet, kontakta Länsstyrelsen.");
    }
    LOG.error("Public API failed", e);
    return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Något gick fel",
        "Något gick fel hos oss. Försök igen om en stund; kvarstår felet, kontakta Länsstyrelsen."));
  }

  private static ResponseEntity<ProblemDetail> unavailable(String title, String detail) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(HttpStatus.SERVICE_UNAVAILABLE, title, detail));
  }

}
