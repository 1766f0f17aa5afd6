package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.lansstyrelsen.jvg.organisation.Organisation;

/** An organisation's accession case; its case number is the process instance's business key. */
@Entity
public class Accession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 20)
    private String caseNumber;

    @Column(name = "period_code", nullable = false, length = 40)
    private String periodCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AccessionStatus status;

    /**
     * The organisation's id while the case is open, null once it is closed: a unique index on this column
     * lets the database hold at most one open case per organisation.
     */
    @Column(name = "open_organisation_id")
    private Long openOrganisationId;

    @Column(name = "possible_duplicate", nullable = false)
    private boolean possibleDuplicate;

    @Embedded
    private ContactPerson contact;

    @Embedded
    private JoiningDecision decision;

    @Embedded
    private Commitment commitment = new Commitment();

    @Embedded
    private Review review;

    @Embedded
    private Registration registration;

    @Embedded
    private Filing filing;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "accession", cascade = CascadeType.ALL)
    @OrderBy("changedAt, id")
    private List<StatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected Accession() {}

    Accession(
            String caseNumber,
            String periodCode,
            Organisation organisation,
            AccessionSubmission s,
            boolean possibleDuplicate,
            String processInstanceId,
            String submittedBy,
            Instant now) {
        this.caseNumber = caseNumber;
        this.periodCode = periodCode;
        this.organisation = organisation;
        this.possibleDuplicate = possibleDuplicate;
        this.filing = Filing.of(submittedBy, processInstanceId, now);
        apply(s);
        this.status = AccessionStatus.SUBMITTED;
        this.openOrganisationId = organisation.getId();
        history.add(new StatusChange(this, status, now, submittedBy, null));
    }

    /** Records in the history what the organisation's completion changed (the status stays). */
    void recordCompletion(AccessionSubmission s, Instant when) {
        history.add(
                new StatusChange(this, status, when, null, CompletionChanges.note(CompletionChanges.between(this, s))));
    }

    /** Takes over the form's data (first submission or a completion). */
    void apply(AccessionSubmission s) {
        this.contact = ContactPerson.of(s.contactName(), s.contactTitle(), s.contactEmail(), s.contactPhone());
        this.decision = new JoiningDecision(s.decisionBody(), s.decisionDate(), s.decisionReference());
        this.commitment.apply(s);
    }

    /**
     * Moves the case to a new status, if the state machine allows it from the current one; a status in which
     * the case is no longer handled closes it.
     *
     * @throws IllegalTransitionException when it does not; nothing is changed
     */
    void changeStatus(AccessionStatus newStatus, Instant when, String actor, String note) {
        if (!newStatus.canFollow(status)) {
            throw new IllegalTransitionException(caseNumber, status, newStatus);
        }
        this.status = newStatus;
        if (!AccessionStatus.OPEN.contains(newStatus)) {
            this.openOrganisationId = null;
            this.closedAt = when;
        }
        history.add(new StatusChange(this, newStatus, when, actor, note));
    }

    void recordReview(String comment, String rejectionReason, Instant when) {
        this.review = new Review(comment, rejectionReason, when);
    }

    void register(String registrationReference, Instant when) {
        this.registration = new Registration(registrationReference, when);
        this.organisation.markJoined(when);
    }

    /** A new contact person (reported in a yearly follow-up and accepted); the history names the change, not the person. */
    void changeContactPerson(ContactPerson newContact, Instant when, String actor, String note) {
        this.contact = newContact;
        history.add(new StatusChange(this, status, when, actor, note));
    }

    /** Erases the contact person's personal data; the case and the organisation's register entry stay. */
    void eraseContactPerson(Instant when, String actor) {
        this.contact = ContactPerson.erased(when);
        history.add(new StatusChange(this, status, when, actor, text("accession.contact.erased")));
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public AccessionStatus getStatus() {
        return status;
    }

    public boolean isPossibleDuplicate() {
        return possibleDuplicate;
    }

    /** The contact person ({@link ContactPerson#erasedAt()} set once erased on request), never null. */
    public ContactPerson getContact() {
        return contact == null ? ContactPerson.NONE : contact;
    }

    public JoiningDecision getDecision() {
        return decision;
    }

    public Commitment getCommitment() {
        return commitment;
    }

    /** The latest review decision; {@link Review#NONE} before the first. */
    public Review getReview() {
        return review == null ? Review.NONE : review;
    }

    /** The formal registration; {@link Registration#NONE} until the case is registered. */
    public Registration getRegistration() {
        return registration == null ? Registration.NONE : registration;
    }

    public Filing getFiling() {
        return filing;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<StatusChange> getHistory() {
        return List.copyOf(history);
    }
}
