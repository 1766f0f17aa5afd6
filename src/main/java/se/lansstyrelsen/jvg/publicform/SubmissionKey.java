package se.lansstyrelsen.jvg.publicform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An idempotency key sent by the public page with a submission; only hashes are stored. */
@Entity
@Table(name = "submission_key")
class SubmissionKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "case_number", length = 20)
    private String caseNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SubmissionKey() {}

    SubmissionKey(String keyHash, String requestHash, Instant createdAt) {
        this.keyHash = keyHash;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    void caseCreated(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    String getKeyHash() {
        return keyHash;
    }

    String getRequestHash() {
        return requestHash;
    }

    String getCaseNumber() {
        return caseNumber;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
