package se.lansstyrelsen.jvg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.support.EngineRestClient;
import se.lansstyrelsen.jvg.support.OwnMailServerTest;
import se.lansstyrelsen.jvg.support.PublicClient;
import se.lansstyrelsen.jvg.support.TestAccessions;
import se.lansstyrelsen.jvg.support.TestUsers;

/**
 * A short, bounded load in the suite (the full 60-second run is a documented command, README
 * "Driftsäkerhet"): 16 concurrent submitters on the public API for {@code LOAD_SECONDS} while two caseworker
 * clients approve the cases over engine REST and the real job executor sends the e-mails. Zero errors, zero
 * lost cases, no incident, every receipt sent. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.admin-user.password=" + ShortLoadIntegrationTest.PASSWORD,
    "camunda.bpm.generate-unique-process-engine-name=false",
    "camunda.bpm.job-execution.enabled=true",
    "accession.public-form.rate-limit-requests=1000000"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShortLoadIntegrationTest extends OwnMailServerTest {

  static final String PASSWORD = "Ld6!wqPe-13x";
  static final int LOAD_SECONDS = Integer.getInteger("jvg.load.seconds", 8);
  private static final int SUBMITTERS = 16;
  private static final String KIM = "kimlast";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldTakeSixteenConcurrentSubmittersAndCaseworkersWithoutAnErrorOrALostCase() throws Exception {
    TestUsers.ensure(identity, KIM, AccessionProcess.CASEWORKER_GROUP, PASSWORD);
    EngineRestClient rest = new EngineRestClient(port, PASSWORD);
    AtomicInteger next = new AtomicInteger(97_000);
    Set<String> created = ConcurrentHashMap.newKeySet();
    Set<String> approved = ConcurrentHashMap.newKeySet();
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);

    ExecutorService threads = Executors.newFixedThreadPool(SUBMITTERS + 2);
    for (int s = 0; s < SUBMITTERS; s++) {
      threads.submit(() -> {
        PublicClient client = new PublicClient("http://localhost:" + port);
        while (System.nanoTime() < end) {
          int n = next.getAndIncrement();
          try {
            HttpResponse<String> r = client.postJson("/api/accessions", ConcurrencyIntegrationTest.publicForm(n));
            if (r.statusCode() == 201) {
              created.add(PublicClient.json(r).get("caseNumber").toString());
            } else {
              errors.add("submission " + n + ": " + r.statusCode() + " " + r.body());
            }
          } catch (Exception e) {
            errors.add("submission " + n + ": " + e);
          }
        }
        return null;
      });
    }
    for (int c = 0; c < 2; c++) {
      threads.submit(() -> {
        while (System.nanoTime() < end) {
          for (Task task : tasks.createTaskQuery().taskDefinitionKey(Elements.REVIEW).taskUnassigned().listPage(0, 5)) {
            HttpResponse<String> r = rest.submitTaskForm(KIM, task.getId(), TestAccessions.approval());
            if (r.statusCode() == 204) {
              approved.add(task.getId());
            } else if (r.statusCode() != 409 && r.statusCode() != 403) {
              // 409: the other caseworker client took it first; 403: it was assigned to the other one
              errors.add("approval: " + r.statusCode() + " " + r.body());
            }
          }
          Thread.sleep(100);
        }
        return null;
      });
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(LOAD_SECONDS + 120, TimeUnit.SECONDS)).isTrue();

    // The job executor finishes the e-mails of the last submissions.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (management.createJobQuery().messages().withRetriesLeft().count() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    System.out.printf("Short load: %d s, %d submitters, %d cases created, %d approvals, %d errors%n", LOAD_SECONDS,
        SUBMITTERS, created.size(), approved.size(), errors.size());
    assertThat(errors).isEmpty();
    assertThat(created).hasSizeGreaterThan(SUBMITTERS);
    assertThat(approved).isNotEmpty();
    for (String caseNumber : created) {
      assertThat(jdbc.queryForObject("select count(*) from accession where case_number = ?", Long.class, caseNumber))
          .as(caseNumber).isEqualTo(1);
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AccessionProcess.KEY).count())
        .isEqualTo(created.size());
    assertThat(runtime.createIncidentQuery().count()).as("incidents").isZero();
    assertThat(management.createJobQuery().messages().count()).as("e-mail jobs left").isZero();
    assertThat(jdbc.queryForObject("select count(*) from notification where notification_type = 'RECEIPT' and status = 'SENT'",
        Long.class)).isEqualTo(created.size());
    assertThat(mail().getReceivedMessages().length).as("receipt and notice per case")
        .isGreaterThanOrEqualTo(2 * created.size());
  }
}
