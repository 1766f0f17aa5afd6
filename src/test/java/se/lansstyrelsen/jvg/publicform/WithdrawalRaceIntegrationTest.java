package se.lansstyrelsen.jvg.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * The organisation withdraws over its status page at the same instant as the caseworker registers the
 * case: whichever wins, the case ends in one consistent state (never withdrawn with a join date), the page
 * answers 200 or 409 with an explanation, never a 500. Repeated, on H2 and PostgreSQL.
 */
class WithdrawalRaceIntegrationTest extends PublicFormIntegrationTest {

    @Autowired
    ObjectMapper json;

    @Test
    void shouldEndInOneConsistentStateWhenWithdrawalAndRegistrationMeet() throws Exception {
        for (int round = 0; round < 4; round++) {
            CookieManager cookies = new CookieManager();
            HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create(baseUrl() + "/anslutning"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);
            String xsrf = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/api/accessions"))
                            .header("Content-Type", "application/json")
                            .header("X-XSRF-TOKEN", xsrf)
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    json.writeValueAsString(validForm()), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            String caseNumber = json.readTree(created.body()).get("caseNumber").asText();
            String statusUrl = json.readTree(created.body()).get("statusUrl").asText();
            runJobs();
            tasks.complete(task(caseNumber, Elements.REVIEW), TestAccessions.approval());
            String csrf = hiddenCsrf(http.send(
                            HttpRequest.newBuilder(URI.create(statusUrl + "/aterkalla"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            String registration = task(caseNumber, Elements.REGISTER);

            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<String> registered = CompletableFuture.supplyAsync(() -> {
                await(together);
                try {
                    tasks.complete(registration, TestAccessions.registration());
                    return "registered";
                } catch (RuntimeException lost) {
                    return "refused: " + lost.getClass().getSimpleName();
                }
            });
            CompletableFuture<HttpResponse<String>> withdrawn = CompletableFuture.supplyAsync(() -> {
                await(together);
                try {
                    return http.send(
                            HttpRequest.newBuilder(URI.create(statusUrl + "/aterkalla"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&reason=Vi+avvaktar"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            String registrationOutcome = registered.get(60, TimeUnit.SECONDS);
            HttpResponse<String> page = withdrawn.get(60, TimeUnit.SECONDS);

            String status =
                    jdbc.queryForObject("select status from accession where case_number = ?", String.class, caseNumber);
            Object joinedAt = jdbc.queryForObject(
                    "select o.joined_at from organisation o join accession a"
                            + " on a.organisation_id = o.id where a.case_number = ?",
                    Object.class,
                    caseNumber);
            assertThat(page.statusCode())
                    .as("round " + round + ": " + registrationOutcome)
                    .isIn(200, 409);
            if ("registered".equals(registrationOutcome)) {
                assertThat(status).isEqualTo("REGISTERED");
                assertThat(joinedAt).isNotNull();
                assertThat(page.body()).containsAnyOf("kan inte återkallas längre", "ändrades av en handläggare");
            } else {
                assertThat(status).isEqualTo("WITHDRAWN");
                assertThat(joinedAt).isNull();
                assertThat(page.body()).contains("Anslutningen är återkallad");
            }
        }
    }

    private String task(String caseNumber, String elementId) {
        return new AccessionDriver(engine).taskId(caseNumber, elementId);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hiddenCsrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("hidden CSRF field").isTrue();
        return m.group(1);
    }
}
