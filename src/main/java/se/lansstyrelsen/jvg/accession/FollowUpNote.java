package se.lansstyrelsen.jvg.accession;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a caseworker recorded when following up with the contact person. */
@Entity
@Table(name = "follow_up_note")
public class FollowUpNote {

    /** How the caseworker reached the contact person. */
    public enum ContactMethod {
        PHONE,
        EMAIL,
        MEETING,
        NONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accession_id", nullable = false)
    private Long accessionId;

    @Column(name = "missing_information", nullable = false, length = 2000)
    private String missingInformation;

    @Column(name = "contact_method", nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private ContactMethod contactMethod;

    @Column(length = 4000)
    private String note;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FollowUpNote() {}

    public FollowUpNote(
            Long accessionId,
            String missingInformation,
            ContactMethod contactMethod,
            String note,
            String createdBy,
            Instant createdAt) {
        this.accessionId = accessionId;
        this.missingInformation = missingInformation;
        this.contactMethod = contactMethod;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAccessionId() {
        return accessionId;
    }

    public String getMissingInformation() {
        return missingInformation;
    }

    public ContactMethod getContactMethod() {
        return contactMethod;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
