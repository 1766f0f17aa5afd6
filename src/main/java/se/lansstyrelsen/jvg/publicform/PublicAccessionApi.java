package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.lansstyrelsen.jvg.accession.StatusLink;
import se.lansstyrelsen.jvg.minutes.MinutesExtractService;

/**
 * The public JSON API behind /anslutning. Scripted clients follow the same rules as the page: the
 * XSRF-TOKEN cookie echoed in an X-XSRF-TOKEN header, JSON with the start form's keys.
 */
@RestController
class PublicAccessionApi {

    private final PublicSubmissionService submissions;
    private final PublicCaseService cases;
    private final SubmissionGate gate;

    PublicAccessionApi(PublicSubmissionService submissions, PublicCaseService cases, SubmissionGate gate) {
        this.submissions = submissions;
        this.cases = cases;
        this.gate = gate;
    }

    /**
     * 201 with the new case, 200 with the case an identical earlier request (same Idempotency-Key) created. A page
     * opened through an invitation's link sends its token in X-Invitation-Token: the accession then ends that
     * invitation (an unknown token: 400).
     */
    @PostMapping(path = "/api/accessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseCreated> submit(
            @RequestBody Map<String, Object> formData,
            @RequestHeader(name = PublicSubmissionService.IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = PublicSubmissionService.INVITATION_HEADER, required = false) String invitationToken) {
        PublicSubmissionService.Submitted s =
                gate.pass(() -> submissions.submit(formData, idempotencyKey, invitationToken));
        CaseCreated body = new CaseCreated(s.caseNumber(), statusUrl(s.statusToken()));
        return ResponseEntity.status(s.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(body);
    }

    /** The completion form's prefill: the case's current data and what the caseworker asks for. */
    @GetMapping("/api/completions/{token}")
    ResponseEntity<PublicCaseViews.Completion> completion(@PathVariable String token) {
        return cases.completion(token).map(ResponseEntity::ok).orElseThrow(LinkNotValidException::new);
    }

    @PostMapping(path = "/api/completions/{token}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> complete(
            @PathVariable String token, @RequestBody Map<String, Object> formData) {
        try {
            if (!cases.complete(token, formData)) {
                throw new LinkNotValidException();
            }
        } catch (RuntimeException e) {
            if (ConcurrentChange.isCause(e)) {
                // Another completion (or another change to the case) committed first: it has the case now.
                throw new CompletionConflictException();
            }
            throw e;
        }
        return ResponseEntity.ok(Map.of("message", text("publicform.completion.received")));
    }

    /** Attaches the extract of minutes (PDF, at most 10 MB) to the case of a status or completion link. */
    @PostMapping(path = "/api/cases/{token}/minutes-extract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> attachMinutes(
            @PathVariable String token, @RequestParam(MinutesExtractService.FIELD) MultipartFile file)
            throws IOException {
        MinutesExtractService.StoredExtract stored = cases.attachMinutes(
                        token, file.getOriginalFilename(), file.getBytes())
                .orElseThrow(LinkNotValidException::new);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("fileName", stored.fileName(), "sizeBytes", stored.sizeBytes()));
    }

    private static String statusUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(StatusLink.path(token))
                .toUriString();
    }

    /** The response to a created (or replayed) submission. */
    record CaseCreated(String caseNumber, String statusUrl) {}

    /** A completion that lost against another one sent at the same moment: the first one counts. */
    static class CompletionConflictException extends RuntimeException {}
}
