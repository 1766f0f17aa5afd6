package se.lansstyrelsen.jvg.accession;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * How the case was filed: who submitted it, when, when consent to processing personal data was given and the
 * process instance that handles it.
 */
@Embeddable
public record Filing(
        @Column(name = "submitted_by", length = 100) String submittedBy,
        @Column(name = "submitted_at", nullable = false) Instant submittedAt,
        @Column(name = "consent_given_at", nullable = false) Instant consentGivenAt,
        @Column(name = "process_instance_id", length = 64) String processInstanceId) {

    /** Filed now, consent given with the submission. */
    static Filing of(String submittedBy, String processInstanceId, Instant now) {
        return new Filing(submittedBy, now, now, processInstanceId);
    }
}
