package se.lansstyrelsen.jvg.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One organisation's invitation in one round and what became of it. Its links' tokens are stored only as SHA-256
 * hashes, in invitation_link (one per e-mail sent; InvitationService.issueLink).
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    /** Why an invitation ended. */
    public enum EndReason {
        SUBMITTED,
        ROUND_CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private InvitationRound round;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "eligible_organisation_id")
    private EligibleOrganisation organisation;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "submitted_case_number", length = 20)
    private String submittedCaseNumber;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    protected Invitation() {}

    Invitation(InvitationRound round, EligibleOrganisation organisation) {
        this.round = round;
        this.organisation = organisation;
        this.contactEmail = organisation.getContactEmail();
    }

    void markOpened(Instant when) {
        if (openedAt == null) {
            openedAt = when;
        }
    }

    void markSubmitted(String caseNumber, Instant when) {
        submittedCaseNumber = caseNumber;
        submittedAt = when;
        end(EndReason.SUBMITTED, when);
    }

    void end(EndReason reason, Instant when) {
        if (endedAt == null) {
            endedAt = when;
            endReason = reason;
        }
    }

    /** The invitation process's business key: round and invitation, unique across rounds. */
    public String businessKey() {
        return InvitationProcess.businessKey(round.getId(), id);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public Long getId() {
        return id;
    }

    public InvitationRound getRound() {
        return round;
    }

    public EligibleOrganisation getOrganisation() {
        return organisation;
    }

    public String getContactEmail() {
        return contactEmail;
    }
}
