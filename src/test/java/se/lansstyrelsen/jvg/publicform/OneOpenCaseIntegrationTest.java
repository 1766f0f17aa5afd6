package se.lansstyrelsen.jvg.publicform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import se.lansstyrelsen.jvg.accession.FormFields;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;

/**
 * One open case per organisation, held by the database: submissions for one organisation that arrive
 * at the same instant (no Idempotency-Key) give one 201 and 409s, never a 500 or a second open case,
 * for a new organisation and for one that already has a closed case. Runs on H2 and on PostgreSQL.
 */
class OneOpenCaseIntegrationTest extends PublicFormIntegrationTest {

    private static final int AT_ONCE = 3;
    private static final String OPEN = "('SUBMITTED', 'UNDER_REVIEW', 'COMPLETION_REQUESTED', 'APPROVED')";

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldCreateOneCaseAndAnswerConflictToTheOthersForANewOrganisation() throws Exception {
        for (int round = 0; round < 4; round++) {
            Map<String, Object> form = validForm();

            List<Integer> statuses = submitAtOnce(form);

            assertThat(statuses).as("round " + round).containsOnly(201, 409).containsOnlyOnce(201);
            assertThat(openCases(form)).isEqualTo(1);
        }
    }

    @Test
    void shouldCreateOneCaseAndAnswerConflictToTheOthersForAnOrganisationWithAClosedCase() throws Exception {
        for (int round = 0; round < 4; round++) {
            Map<String, Object> form = validForm();
            assertThat(submit(form).statusCode()).isEqualTo(201);
            rejectTheOpenCaseOf(form);
            assertThat(openCases(form)).isZero();

            List<Integer> statuses = submitAtOnce(form);

            assertThat(statuses).as("round " + round).containsOnly(201, 409).containsOnlyOnce(201);
            assertThat(openCases(form)).isEqualTo(1);
            assertThat(cases(form)).isEqualTo(2);
        }
    }

    @Test
    void shouldHoldTheRuleInTheDatabaseItself() throws Exception {
        Map<String, Object> first = validForm();
        Map<String, Object> second = validForm();
        assertThat(submit(first).statusCode()).isEqualTo(201);
        assertThat(submit(second).statusCode()).isEqualTo(201);
        Long firstOrganisation = jdbc.queryForObject(
                "select id from organisation where organisation_number = ?",
                Long.class,
                first.get(FormFields.ORGANISATION_NUMBER));

        // Past every check in the application: give the second open case to the first organisation.
        assertThatThrownBy(() -> jdbc.update(
                        "update accession set organisation_id = ?, open_organisation_id = ?"
                                + " where organisation_id = (select id from organisation where organisation_number = ?)",
                        firstOrganisation,
                        firstOrganisation,
                        second.get(FormFields.ORGANISATION_NUMBER)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private List<Integer> submitAtOnce(Map<String, Object> form) throws Exception {
        CyclicBarrier start = new CyclicBarrier(AT_ONCE);
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                answers.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    HttpResponse<String> r = submit(form);
                    assertThat(r.statusCode()).as(r.body()).isIn(201, 409);
                    if (r.statusCode() == 409) {
                        assertThat(r.body()).contains("pågående");
                    }
                    return r.statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> submit(Map<String, Object> form) throws Exception {
        String csrf = UUID.randomUUID().toString();
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/accessions"))
                        .header("Content-Type", "application/json")
                        .header("Cookie", "XSRF-TOKEN=" + csrf)
                        .header("X-XSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json.writeValueAsString(form), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void rejectTheOpenCaseOf(Map<String, Object> form) {
        String caseNumber = jdbc.queryForObject(
                "select a.case_number from accession a join organisation o"
                        + " on o.id = a.organisation_id where o.organisation_number = ? and a.status in " + OPEN,
                String.class,
                form.get(FormFields.ORGANISATION_NUMBER));
        runJobs();
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .taskDefinitionKey(Elements.REVIEW)
                        .singleResult()
                        .getId(),
                Map.of(Variables.REVIEW_OUTCOME, "REJECT", Variables.REJECTION_REASON, "Fel organ"));
        runJobs();
    }

    private long openCases(Map<String, Object> form) {
        return jdbc.queryForObject(
                "select count(*) from accession a join organisation o on o.id = a.organisation_id"
                        + " where o.organisation_number = ? and a.status in " + OPEN,
                Long.class,
                form.get(FormFields.ORGANISATION_NUMBER));
    }

    private long cases(Map<String, Object> form) {
        return jdbc.queryForObject(
                "select count(*) from accession a join organisation o on o.id = a.organisation_id"
                        + " where o.organisation_number = ?",
                Long.class,
                form.get(FormFields.ORGANISATION_NUMBER));
    }
}
