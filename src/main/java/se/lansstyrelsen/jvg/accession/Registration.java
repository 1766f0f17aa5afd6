package se.lansstyrelsen.jvg.accession;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The case's formal registration: the reference it was registered under and when. */
@Embeddable
public record Registration(
        @Column(name = "registration_reference", length = 40)
        String reference,

        @Column(name = "registered_at") Instant registeredAt) {

    /** Not registered yet. */
    static final Registration NONE = new Registration(null, null);
}
