package se.lansstyrelsen.jvg.accession;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an accession case stands; labels are what organisations and caseworkers read. Each status
 * names the statuses a case may come from (the state machine; the table in docs/process.md shows it).
 */
public enum AccessionStatus {
  SUBMITTED("Inkommen"),
  UNDER_REVIEW("Under granskning"),
  COMPLETION_REQUESTED("Komplettering begärd"),
  APPROVED("Godkänd, väntar på registrering"),
  REGISTERED("Ansluten"),
  REJECTED("Ej ansluten"),
  NOT_COMPLETED("Avslutad, ej kompletterad"),
  WITHDRAWN("Återkallad");

  /** Statuses in which a case is still being handled. */
  public static final Set<AccessionStatus> OPEN = EnumSet.of(SUBMITTED, UNDER_REVIEW, COMPLETION_REQUESTED, APPROVED);

  private final String label;

  AccessionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
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
