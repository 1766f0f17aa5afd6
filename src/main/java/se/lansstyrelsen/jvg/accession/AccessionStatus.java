package se.lansstyrelsen.jvg.accession;

import java.util.EnumSet;
import java.util.Set;

/** Where an accession case stands; labels are what organisations and caseworkers read. */
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
}
