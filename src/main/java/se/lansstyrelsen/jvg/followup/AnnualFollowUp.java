package se.lansstyrelsen.jvg.followup;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One joined organisation's yearly follow-up: sent, answered (per goal), reviewed or not answered. */
@Entity
@Table(name = "annual_follow_up")
public class AnnualFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accession_id", nullable = false)
    private Long accessionId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "follow_up_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowUpStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "new_contact_name", length = 200)
    private String newContactName;

    @Column(name = "new_contact_title", length = 200)
    private String newContactTitle;

    @Column(name = "new_contact_email", length = 254)
    private String newContactEmail;

    @Column(name = "new_contact_phone", length = 40)
    private String newContactPhone;

    @Column(name = "contact_change_accepted")
    private Boolean contactChangeAccepted;

    @Column(name = "caseworker_note", length = 2000)
    private String caseworkerNote;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "annual_follow_up_answer", joinColumns = @JoinColumn(name = "follow_up_id"))
    @OrderColumn(name = "position")
    private List<GoalAnswer> answers = new ArrayList<>();

    protected AnnualFollowUp() {}

    AnnualFollowUp(Long accessionId, Long organisationId, int year, Instant now) {
        this.accessionId = accessionId;
        this.organisationId = organisationId;
        this.year = year;
        this.status = FollowUpStatus.SENT;
        this.createdAt = now;
    }

    void answer(List<GoalAnswer> goalAnswers, NewContact contact, Instant now) {
        if (status != FollowUpStatus.SENT) {
            throw new IllegalStateException("Follow-up " + id + " is " + status + ", not waiting for an answer");
        }
        answers.clear();
        answers.addAll(goalAnswers);
        if (contact != null) {
            newContactName = contact.name();
            newContactTitle = contact.title();
            newContactEmail = contact.email();
            newContactPhone = contact.phone();
        }
        status = FollowUpStatus.ANSWERED;
        answeredAt = now;
    }

    void review(boolean acceptContactChange, String note, Instant now) {
        status = FollowUpStatus.REVIEWED;
        contactChangeAccepted = getNewContact() == null ? null : acceptContactChange;
        caseworkerNote = note;
        closedAt = now;
    }

    void closeUnanswered(String note, Instant now) {
        status = FollowUpStatus.NOT_ANSWERED;
        caseworkerNote = note;
        closedAt = now;
    }

    /** The new contact person the organisation reported, or null. */
    public NewContact getNewContact() {
        return newContactName == null
                ? null
                : new NewContact(newContactName, newContactTitle, newContactEmail, newContactPhone);
    }

    public Long getId() {
        return id;
    }

    public Long getAccessionId() {
        return accessionId;
    }

    public int getYear() {
        return year;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<GoalAnswer> getAnswers() {
        return List.copyOf(answers);
    }

    /** A contact person as reported in a follow-up answer. */
    public record NewContact(String name, String title, String email, String phone) {}
}
