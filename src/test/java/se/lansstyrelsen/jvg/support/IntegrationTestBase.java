package se.lansstyrelsen.jvg.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
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

    protected static final GreenMail MAIL = GreenMailServer.startForTheJvm();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        GreenMailServer.register(registry, () -> MAIL.getSmtp().getPort());
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
        new AccessionDriver(engine).runJobs(processInstanceId);
    }

    protected static MimeMessage[] mails() {
        return MAIL.getReceivedMessages();
    }

    /**
     * {@link TestAccessions#startVariables(int)} for the named organisation, with Karin Svensson as contact, a
     * second goal with its own text ("annat regionalt mål"), an empty checklist and markup in the planned work.
     */
    public static VariableMap validStartForm(String organisationName, String organisationNumber) {
        Map<String, Object> form = TestAccessions.publicForm(0);
        form.put("organisationName", organisationName);
        form.put("organisationNumber", organisationNumber);
        form.put("contactName", "Karin Svensson");
        form.put("contactEmail", "karin.svensson@goteborg.example");
        form.put("decisionReference", "KS § 123");
        form.put("goalsVald", List.of("VALD-ANNAT"));
        form.put("otherGoalVald", "Minska våld i nära relationer");
        form.put("goalsEkonomi", List.of());
        form.put("plannedWork", "Vi utbildar chefer & politiker <i>våren 2027</i>.");
        return Variables.fromMap(TestAccessions.tasklistForm(form));
    }

    protected static Map<String, Object> approval() {
        Map<String, Object> approval = new java.util.HashMap<>(TestAccessions.approval());
        approval.put("reviewComment", "Komplett");
        return approval;
    }
}
