package se.lansstyrelsen.jvg.document;

import static se.lansstyrelsen.jvg.config.Texts.text;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.lansstyrelsen.jvg.export.Downloads;

/**
 * /intern/arenden/{caseNumber}/anslutning.pdf: the accession as a PDF/A document, for caseworkers (linked from
 * the review and registration forms and the internal register). Served as a download.
 */
@RestController
class AccessionDocumentController {

    private final AccessionDocument documents;

    AccessionDocumentController(AccessionDocument documents) {
        this.documents = documents;
    }

    @GetMapping("/intern/arenden/{caseNumber}/anslutning.pdf")
    ResponseEntity<?> pdf(@PathVariable String caseNumber) {
        if (!caseNumber.matches("[A-Z]{2,5}-\\d{4}-\\d{1,6}")) {
            return notFound(caseNumber);
        }
        return documents
                .pdf(caseNumber)
                .<ResponseEntity<?>>map(pdf ->
                        Downloads.attachment(pdf, MediaType.APPLICATION_PDF, "anslutning-" + caseNumber + ".pdf"))
                .orElseGet(() -> notFound(caseNumber));
    }

    private static ResponseEntity<String> notFound(String caseNumber) {
        return Downloads.notFound(text("document.not-found", caseNumber.replaceAll("[^A-Za-z0-9-]", "")));
    }
}
