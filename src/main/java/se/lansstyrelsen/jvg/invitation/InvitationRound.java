package se.lansstyrelsen.jvg.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One invitation round: its message, its deadline and who started it. */
@Entity
@Table(name = "invitation_round")
public class InvitationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 4000)
    private String message;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "started_by", length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected InvitationRound() {}

    InvitationRound(
            String name, String message, LocalDate deadline, String startedBy, String processInstanceId, Instant now) {
        this.name = name;
        this.message = message;
        this.deadline = deadline;
        this.startedBy = startedBy;
        this.processInstanceId = processInstanceId;
        this.startedAt = now;
    }

    void close(Instant when) {
        if (closedAt == null) {
            closedAt = when;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getMessage() {
        return message;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
