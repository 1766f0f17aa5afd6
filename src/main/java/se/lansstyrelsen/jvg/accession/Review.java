package se.lansstyrelsen.jvg.accession;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The caseworker's latest review decision on the case: its comment, the reason of a rejection and when it was made.
 */
@Embeddable
public record Review(
        @Column(name = "review_comment", length = 2000) String comment,
        @Column(name = "rejection_reason", length = 2000) String rejectionReason,
        @Column(name = "decided_at") Instant decidedAt) {

    /** Not reviewed yet. */
    static final Review NONE = new Review(null, null, null);
}
