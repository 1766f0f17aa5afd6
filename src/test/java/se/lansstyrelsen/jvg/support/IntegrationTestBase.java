package se.lansstyrelsen.jvg.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for tests with the real application: engine, H2 in memory, Flyway, real delegates and a real
 * SMTP server (GreenMail on a free port). One Spring context is shared by all subclasses.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class IntegrationTestBase {

  protected static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    MAIL.start();
  }

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    registry.add("spring.mail.host", () -> "127.0.0.1");
  }

  @Autowired
  protected ProcessEngine engine;

  @BeforeEach
  void initEngineAssertionsAndMailbox() throws Exception {
    BpmnAwareTests.init(engine);
    MAIL.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void clearAuthentication() {
    engine.getIdentityService().clearAuthentication();
  }

  /** Acts as a Camunda user with its groups, so the engine's authorizations apply. */
  protected void actAs(String userId, String... groups) {
    engine.getIdentityService().setAuthentication(userId, Arrays.asList(groups));
  }

  /** Runs the instance's async continuations, as the job executor would (without a user). */
  protected void runJobs(String processInstanceId) {
    engine.getIdentityService().clearAuthentication();
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .messages().withRetriesLeft().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  protected static MimeMessage[] mails() {
    return MAIL.getReceivedMessages();
  }

  /** Start-form data as Tasklist submits it: checklists as Json values. */
  public static VariableMap validStartForm(String organisationName, String organisationNumber) {
    return Variables.createVariables()
        .putValue("organisationName", organisationName)
        .putValue("organisationNumber", organisationNumber)
        .putValue("organisationType", "KOMMUN")
        .putValue("municipalityCode", "1480")
        .putValue("contactName", "Karin Svensson")
        .putValue("contactTitle", "Jämställdhetsstrateg")
        .putValue("contactEmail", "karin.svensson@goteborg.example")
        .putValue("contactPhone", "031-123 45 67")
        .putValue("decisionBody", "Kommunstyrelsen")
        .putValue("decisionDate", "2026-10-01")
        .putValue("decisionReference", "KS § 123")
        .putValueTyped("goalsMakt", SpinValues.jsonValue("[\"MAKT-1\"]").create())
        .putValueTyped("goalsVald", SpinValues.jsonValue("[\"VALD-ANNAT\"]").create())
        .putValue("otherGoalVald", "Minska våld i nära relationer")
        .putValueTyped("goalsEkonomi", SpinValues.jsonValue("[]").create())
        .putValue("plannedWork", "Vi utbildar chefer & politiker <i>våren 2027</i>.")
        .putValue("infoSessionInterest", true)
        .putValue("personalDataConsent", true);
  }

  protected static Map<String, Object> approval() {
    return Map.of("reviewOutcome", "APPROVE", "checkDecisionStated", true, "checkGoalsChosen", true,
        "checkContactComplete", true, "checkOrganisationEligible", true, "reviewComment", "Komplett");
  }
}
