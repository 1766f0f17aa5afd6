package se.lansstyrelsen.jvg.accession;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The case's contact person at the organisation; once erased on request only the time of the erasure remains.
 *
 * @param erasedAt when the contact person's data was erased on request (the other fields are then null)
 */
@Embeddable
public record ContactPerson(
        @Column(name = "contact_name", length = 200) String name,
        @Column(name = "contact_title", length = 200) String title,
        @Column(name = "contact_email", length = 254) String email,
        @Column(name = "contact_phone", length = 40) String phone,
        @Column(name = "contact_erased_at") Instant erasedAt) {

    /** No contact person stored (the value Hibernate reads as null when all its columns are null). */
    static final ContactPerson NONE = new ContactPerson(null, null, null, null, null);

    static ContactPerson of(String name, String title, String email, String phone) {
        return new ContactPerson(name, title, email, phone, null);
    }

    static ContactPerson erased(Instant when) {
        return new ContactPerson(null, null, null, null, when);
    }
}
