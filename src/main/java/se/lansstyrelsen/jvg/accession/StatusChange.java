package se.lansstyrelsen.jvg.accession;

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

/** One step in an accession's status history. */
@Entity
@Table(name = "accession_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "accession_id")
    private Accession accession;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AccessionStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(length = 100)
    private String actor;

    @Column(length = 2000)
    private String note;

    protected StatusChange() {}

    StatusChange(Accession accession, AccessionStatus status, Instant changedAt, String actor, String note) {
        this.accession = accession;
        this.status = status;
        this.changedAt = changedAt;
        this.actor = actor;
        this.note = note;
    }

    public AccessionStatus getStatus() {
        return status;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
