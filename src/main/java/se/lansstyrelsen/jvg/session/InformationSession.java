package se.lansstyrelsen.jvg.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A digital information session (informationsträff) that caseworkers keep in the application. */
@Entity
public class InformationSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "meeting_url", nullable = false, length = 500)
    private String meetingUrl;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private boolean cancelled;

    /** Demo data ("exempel"), never created in production. */
    @Column(nullable = false)
    private boolean example;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InformationSession() {}

    InformationSession(SessionDetails details, boolean example, Instant now) {
        apply(details);
        this.example = example;
        this.createdAt = now;
    }

    final void apply(SessionDetails d) {
        this.title = d.title();
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
        this.meetingUrl = d.meetingUrl();
        this.capacity = d.capacity();
    }

    void cancel() {
        this.cancelled = true;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getMeetingUrl() {
        return meetingUrl;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isExample() {
        return example;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
