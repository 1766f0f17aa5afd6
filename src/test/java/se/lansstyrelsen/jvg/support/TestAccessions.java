package se.lansstyrelsen.jvg.support;

import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;

/** Valid form data for test accessions: number n gets its own organisation, name and contact address. */
public final class TestAccessions {

  private TestAccessions() {}

  /** Start form variables as Tasklist submits them (the goal checklist as a Json value). */
  public static Map<String, Object> startVariables(int n) {
    Map<String, Object> v = new HashMap<>();
    v.put("organisationName", organisationName(n));
    v.put("organisationNumber", organisationNumber(n));
    v.put("organisationType", "KOMMUN");
    v.put("municipalityCode", "1480");
    v.put("contactName", "Kim Kontakt " + n);
    v.put("contactTitle", "Jämställdhetsstrateg");
    v.put("contactEmail", contactEmail(n));
    v.put("contactPhone", "031-123 45 67");
    v.put("decisionBody", "Kommunstyrelsen");
    v.put("decisionDate", "2026-10-01");
    v.put("decisionReference", "KS § " + n);
    v.put("goalsMakt", SpinValues.jsonValue("[\"MAKT-1\"]").create());
    v.put("plannedWork", "Vi integrerar jämställdhet i styrning och uppföljning.");
    v.put("infoSessionInterest", true);
    v.put("personalDataConsent", true);
    return v;
  }

  public static String organisationName(int n) {
    return String.format("Testkommun %04d", n);
  }

  public static String contactEmail(int n) {
    return String.format("kontakt%04d@kommun.example", n);
  }

  /** A valid organisation number 2120NN-NNNC, distinct for n in 0..99999 (Luhn check digit C). */
  public static String organisationNumber(int n) {
    String nine = String.format("2120%05d", n);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    int check = (10 - sum % 10) % 10;
    return nine.substring(0, 6) + "-" + nine.substring(6) + check;
  }

  /** "Granska anslutning": approve with the complete checklist. */
  public static Map<String, Object> approval() {
    return Map.of(Variables.REVIEW_OUTCOME, "APPROVE",
        Variables.CHECK_DECISION_STATED, true, Variables.CHECK_GOALS_CHOSEN, true,
        Variables.CHECK_CONTACT_COMPLETE, true, Variables.CHECK_ORGANISATION_ELIGIBLE, true);
  }

  /** "Formell registrering". */
  public static Map<String, Object> registration() {
    return Map.of(Variables.REGISTRATION_REFERENCE, "801-9838-2024", Variables.GOALS_CONFIRMED, true);
  }
}
