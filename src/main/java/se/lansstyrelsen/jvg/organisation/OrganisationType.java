package se.lansstyrelsen.jvg.organisation;

/** Kinds of organisation that may join the strategy. */
public enum OrganisationType {
  KOMMUN("Kommun"),
  REGION("Region"),
  STATLIG_MYNDIGHET("Statlig myndighet"),
  LAROSATE("Lärosäte");

  private final String label;

  OrganisationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
