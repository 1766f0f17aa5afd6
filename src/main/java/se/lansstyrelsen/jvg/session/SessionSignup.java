package se.lansstyrelsen.jvg.session;

import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** An organisation's sign-up for an information session: a place, a place on the waiting list, or cancelled. */
@Entity
@Table(name = "session_signup")
public class SessionSignup {

    /** Where the sign-up stands. */
    public enum Status {
        CONFIRMED,
        WAITING,
        CANCELLED;

        /** The Swedish name people read ("Plats", "Väntelista", "Avbokad"). */
        public String label() {
            return text("session.signup.status." + name().toLowerCase(Locale.ROOT));
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private InformationSession session;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(nullable = false)
    private int participants;

    @Column(name = "participant_names", length = 2000)
    private String participantNames;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /** SHA-256 of the cancellation link's token (the token itself is only in the e-mail). */
    @Column(name = "cancel_token_hash", length = 64)
    private String cancelTokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SessionSignup() {}

    SessionSignup(InformationSession session, SignupForm form, Status status, Instant now) {
        this.session = session;
        this.organisationName = form.organisationName();
        this.contactName = form.contactName();
        this.contactEmail = form.contactEmail();
        this.participants = form.participants();
        this.participantNames = form.participantNames();
        this.status = status;
        this.createdAt = now;
    }

    void confirm() {
        this.status = Status.CONFIRMED;
    }

    void cancel() {
        this.status = Status.CANCELLED;
    }

    void cancelTokenHash(String hash) {
        this.cancelTokenHash = hash;
    }

    /** The sign-up's reference in e-mails, the sent-log and as the process's business key. */
    public String getReference() {
        return reference(id);
    }

    public static String reference(Long signupId) {
        return "IT-" + signupId;
    }

    public Long getId() {
        return id;
    }

    public InformationSession getSession() {
        return session;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public int getParticipants() {
        return participants;
    }

    public String getParticipantNames() {
        return participantNames;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
