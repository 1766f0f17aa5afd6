package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.accession.FormFields.*;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.lansstyrelsen.jvg.config.AccessionSettings;

/**
 * One application context for all public self-service tests (API table, browser, end to end): the
 * real engine on in-memory H2, a real SMTP server (GreenMail on a free port, never a fixed one, since
 * other builds run on the same machine), the web server on a random port. Jobs are run explicitly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "accession.public-form.rate-limit-requests=100000")
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class PublicFormIntegrationTest {

  static final GreenMail MAIL = startMail();
  private static final AtomicInteger ORGANISATION_SEQUENCE = new AtomicInteger(10_000);

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired AccessionSettings settings;
  @LocalServerPort int port;

  private static GreenMail startMail() {
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
    return mail;
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
  }

  @BeforeEach
  void linksPointHere() {
    // Links in e-mails must work in the test: the public base URL is this server's random port.
    settings.setPublicBaseUrl(baseUrl());
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  /** A fresh, valid organisation number (group 2, Luhn check digit) so tests never collide. */
  static String newOrganisationNumber() {
    String nine = "2021" + String.format("%05d", ORGANISATION_SEQUENCE.incrementAndGet());
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    return nine.substring(0, 6) + "-" + nine.substring(6) + ((10 - sum % 10) % 10);
  }

  /** A complete, valid start form for a new organisation (a kommun). */
  static Map<String, Object> validForm() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(ORGANISATION_NAME, "Testkommun " + UUID.randomUUID().toString().substring(0, 8));
    form.put(ORGANISATION_NUMBER, newOrganisationNumber());
    form.put(ORGANISATION_TYPE, "KOMMUN");
    form.put(MUNICIPALITY_CODE, "1480");
    form.put(CONTACT_NAME, "Anna Andersson");
    form.put(CONTACT_TITLE, "Jämställdhetsstrateg");
    form.put(CONTACT_EMAIL, "anna.andersson@kommun.example");
    form.put(CONTACT_PHONE, "031-123 45 67");
    form.put(DECISION_BODY, "Kommunstyrelsen");
    form.put(DECISION_DATE, LocalDate.now().minusDays(10).toString());
    form.put(DECISION_REFERENCE, "KS § 123");
    form.put(goalsKey("MAKT"), List.of("MAKT-1"));
    form.put(PLANNED_WORK, "Vi integrerar jämställdhet i styrning och uppföljning.");
    form.put(INFO_SESSION_INTEREST, true);
    form.put(PERSONAL_DATA_CONSENT, true);
    return form;
  }

  /** Adds the cookie-based CSRF token as the page's script sends it (cookie echoed in a header). */
  static MockHttpServletRequestBuilder withCsrf(MockHttpServletRequestBuilder request) {
    String token = UUID.randomUUID().toString();
    return request.cookie(new Cookie("XSRF-TOKEN", token)).header("X-XSRF-TOKEN", token);
  }

  /** What a rejected request must leave untouched. */
  Counts counts() {
    return new Counts(count("accession"), count("organisation"), count("submission_key"), count("minutes_extract"),
        count("access_token"), runtime.createProcessInstanceQuery().count(),
        history.createHistoricProcessInstanceQuery().count());
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  /** Runs every due job (async continuations: e-mails) until none is left. */
  void runJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming");
  }

  record Counts(long accessions, long organisations, long submissionKeys, long minutesExtracts, long tokens,
      long processInstances, long historicProcessInstances) {}
}
