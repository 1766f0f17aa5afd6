package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an accession case stands; labels are what organisations and caseworkers read. Each status
 * names the statuses a case may come from (the state machine; the table in docs/process.md shows it).
 */
public enum AccessionStatus {
    SUBMITTED,
    UNDER_REVIEW,
    COMPLETION_REQUESTED,
    APPROVED,
    REGISTERED,
    REJECTED,
    NOT_COMPLETED,
    WITHDRAWN;

    /** Statuses in which a case is still being handled. */
    public static final Set<AccessionStatus> OPEN = EnumSet.of(SUBMITTED, UNDER_REVIEW, COMPLETION_REQUESTED, APPROVED);

    /** The status as organisations and caseworkers read it (messages.properties). */
    public String label() {
        return text("accession.status." + name());
    }

    /** The statuses a case may move to this one from; a new case starts as SUBMITTED. */
    public Set<AccessionStatus> allowedFrom() {
        return switch (this) {
            case SUBMITTED -> EnumSet.noneOf(AccessionStatus.class);
            case APPROVED, REJECTED, COMPLETION_REQUESTED -> EnumSet.of(SUBMITTED, UNDER_REVIEW);
            case UNDER_REVIEW, NOT_COMPLETED -> EnumSet.of(COMPLETION_REQUESTED);
            case REGISTERED -> EnumSet.of(APPROVED);
            case WITHDRAWN -> EnumSet.copyOf(OPEN);
        };
    }

    public boolean canFollow(AccessionStatus current) {
        return allowedFrom().contains(current);
    }
}
