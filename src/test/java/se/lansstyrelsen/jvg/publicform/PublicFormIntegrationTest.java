package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.accession.FormFields.*;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.GreenMailServer;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * One application context for all public self-service tests (API table, browser, end to end): the
 * real engine on in-memory H2, a real SMTP server (GreenMail on a free port, never a fixed one, since
 * other builds run on the same machine), the web server on a random port. Jobs are run explicitly.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "accession.public-form.rate-limit-requests=100000")
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class PublicFormIntegrationTest {

    static final GreenMail MAIL = GreenMailServer.startForTheJvm();
    private static final AtomicInteger ORGANISATION_SEQUENCE = new AtomicInteger(10_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AccessionSettings settings;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        GreenMailServer.register(registry, () -> MAIL.getSmtp().getPort());
    }

    @BeforeEach
    void linksPointHere() {
        // Links in e-mails must work in the test: the public base URL is this server's random port.
        settings.setPublicBaseUrl(baseUrl());
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A fresh, valid organisation number (prefix 2021, its own family) so tests never collide. */
    static String newOrganisationNumber() {
        return TestAccessions.organisationNumber("2021", ORGANISATION_SEQUENCE.incrementAndGet());
    }

    /**
     * {@link TestAccessions#publicForm(int)} for a new organisation (a kommun) with its own number, name and contact,
     * decided ten days ago.
     */
    static Map<String, Object> validForm() {
        int n = ORGANISATION_SEQUENCE.incrementAndGet();
        Map<String, Object> form = TestAccessions.publicForm(n);
        form.put(ORGANISATION_NUMBER, TestAccessions.organisationNumber("2021", n));
        form.put(DECISION_DATE, LocalDate.now().minusDays(10).toString());
        return form;
    }

    /** Adds the cookie-based CSRF token as the page's script sends it (cookie echoed in a header). */
    static MockHttpServletRequestBuilder withCsrf(MockHttpServletRequestBuilder request) {
        String token = UUID.randomUUID().toString();
        return request.cookie(new Cookie("XSRF-TOKEN", token)).header("X-XSRF-TOKEN", token);
    }

    /** What a rejected request must leave untouched. */
    Counts counts() {
        return new Counts(
                count("accession"),
                count("organisation"),
                count("submission_key"),
                count("minutes_extract"),
                count("access_token"),
                runtime.createProcessInstanceQuery().count(),
                history.createHistoricProcessInstanceQuery().count());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Runs every due job (async continuations: e-mails) until none is left. */
    void runJobs() {
        new AccessionDriver(engine).runDueJobs();
    }

    record Counts(
            long accessions,
            long organisations,
            long submissionKeys,
            long minutesExtracts,
            long tokens,
            long processInstances,
            long historicProcessInstances) {}
}
