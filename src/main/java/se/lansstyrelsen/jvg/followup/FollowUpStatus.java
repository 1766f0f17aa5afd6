package se.lansstyrelsen.jvg.followup;

/** Where a yearly follow-up stands; labels are what caseworkers and managers read. */
public enum FollowUpStatus {
  SENT("Utskickad, väntar på svar"),
  ANSWERED("Besvarad, att granska"),
  REVIEWED("Besvarad och granskad"),
  NOT_ANSWERED("Ej besvarad");

  private final String label;

  FollowUpStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean answered() {
    return this == ANSWERED || this == REVIEWED;
  }
}
