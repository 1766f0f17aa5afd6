package se.lansstyrelsen.jvg.minutes;

import static se.lansstyrelsen.jvg.config.Texts.text;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.export.Downloads;

/**
 * Caseworkers open a case's extract of minutes from the review task (a link in the task form).
 * Served as a download (not cached), so no browser renders a user's file inside our origin.
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
        return accessions
                .byCaseNumber(caseNumber)
                .flatMap(a -> extracts.latest(a.getId()))
                .<ResponseEntity<?>>map(
                        e -> Downloads.attachment(e.getContent(), MediaType.APPLICATION_PDF, e.getFileName()))
                .orElseGet(() -> Downloads.notFound(text("minutes.not-attached", sanitized(caseNumber))));
    }

    private static String sanitized(String caseNumber) {
        return caseNumber.replaceAll("[^A-Za-z0-9-]", "");
    }
}
