package se.lansstyrelsen.jvg.minutes;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.lansstyrelsen.jvg.accession.AccessionService;

/**
 * Caseworkers open a case's extract of minutes from the review task (a link in the task form).
 * Served as a download, so no browser renders a user's file inside our origin.
 * Everything under /intern requires HTTP Basic with a Camunda user in the caseworkers group.
 */
@RestController
class InternalMinutesController {

  private final AccessionService accessions;
  private final MinutesExtractService extracts;

  InternalMinutesController(AccessionService accessions, MinutesExtractService extracts) {
    this.accessions = accessions;
    this.extracts = extracts;
  }

  @GetMapping("/intern/arenden/{caseNumber}/protokollsutdrag")
  ResponseEntity<?> minutesExtract(@PathVariable String caseNumber) {
    return accessions.byCaseNumber(caseNumber)
        .flatMap(a -> extracts.latest(a.getId()))
        .<ResponseEntity<?>>map(e -> ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(e.getFileName(), StandardCharsets.UTF_8).build().toString())
            .body(e.getContent()))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
            .body("Inget protokollsutdrag har bifogats i ärende " + sanitized(caseNumber) + "."));
  }

  private static String sanitized(String caseNumber) {
    return caseNumber.replaceAll("[^A-Za-z0-9-]", "");
  }
}
