package se.lansstyrelsen.jvg.publicform;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lansstyrelsen.jvg.accession.FormFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lansstyrelsen.jvg.accession.AccessionRepository;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * Over real HTTP, SMTP and the real engine: public submission → caseworker asks for completion → the
 * organisation completes through the e-mailed link → approval → registration. Every link in the
 * e-mails is followed as a person would.
 */
class PublicAccessionEndToEndTest extends PublicFormIntegrationTest {

    private static final Pattern LINK =
            Pattern.compile("href=\"(http[^\"]+/anslutning/(?:arende|komplettera)/[A-Za-z0-9_-]+)\"");

    @Autowired
    ObjectMapper json;

    @Autowired
    AccessionRepository accessions;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void shouldTakeAPublicSubmissionThroughCompletionToRegistration() throws Exception {
        String email = "e2e-" + UUID.randomUUID() + "@kommun.example";
        Map<String, Object> form = validForm();
        form.put(CONTACT_EMAIL, email);
        form.put(DECISION_REFERENCE, "KS § <script>alert(1)</script>");

        // The organisation submits the public form (after loading the page, which sets the CSRF cookie).
        assertThat(get("/anslutning").statusCode()).isEqualTo(200);
        HttpResponse<String> created = postJson("/api/accessions", form);
        assertThat(created.statusCode()).isEqualTo(201);
        String caseNumber = json.readTree(created.body()).get("caseNumber").asText();

        // The receipt is sent by an async job; its status link works and shows the case, escaped.
        runJobs();
        MimeMessage receipt = onlyMailTo(email);
        String receiptHtml = (String) receipt.getContent();
        assertThat(receiptHtml)
                .contains(caseNumber)
                .doesNotContain("<script>alert(1)")
                .as("Länsstyrelsen's contact details in the e-mail")
                .contains("Kontakta Länsstyrelsen")
                .contains("mailto:" + settings.getContact().getEmail());
        String statusUrl = link(receiptHtml, "/anslutning/arende/");
        HttpResponse<String> status = getAbsolute(statusUrl);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body())
                .contains(caseNumber)
                .contains("Inkommen")
                .doesNotContain(email)
                .contains(settings.getContact().getEmail())
                .doesNotContain("Det här behöver kompletteras");

        // The caseworker asks for completion.
        Task review = task(caseNumber, Elements.REVIEW);
        assertThat(runtime.getVariable(review.getProcessInstanceId(), Variables.CASE_NUMBER))
                .isEqualTo(caseNumber);
        tasks.complete(review.getId(), Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));
        tasks.complete(
                task(caseNumber, Elements.CONTACT_CONTACT_PERSON).getId(),
                Map.of(
                        Variables.MISSING_INFORMATION,
                        "Beslutsdatum & <paragraf> saknas.",
                        Variables.CONTACT_METHOD,
                        "EMAIL"));
        runJobs();

        // The completion request e-mail carries a working link to the prefilled form and the message.
        MimeMessage request = mailsTo(email).stream()
                .filter(m -> subject(m).startsWith("Komplettering"))
                .findFirst()
                .orElseThrow();
        assertThat((String) request.getContent())
                .contains("mailto:" + settings.getContact().getEmail());
        String completionUrl = link((String) request.getContent(), "/anslutning/komplettera/");
        // Meanwhile the status page says what is missing and where the completion link went.
        assertThat(getAbsolute(statusUrl).body())
                .contains("Det här behöver kompletteras")
                .contains("Beslutsdatum &amp; &lt;paragraf&gt; saknas.")
                .contains("skickats per e-post till kontaktpersonen")
                .doesNotContain("/anslutning/komplettera/");
        HttpResponse<String> page = getAbsolute(completionUrl);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Beslutsdatum &amp; &lt;paragraf&gt; saknas.")
                .contains(caseNumber);
        String token = completionUrl.substring(completionUrl.lastIndexOf('/') + 1);
        JsonNode prefill = json.readTree(get("/api/completions/" + token).body());
        assertThat(prefill.at("/data/" + ORGANISATION_NUMBER).asText()).isEqualTo(form.get(ORGANISATION_NUMBER));
        assertThat(prefill.get("missingInformation").asText()).isEqualTo("Beslutsdatum & <paragraf> saknas.");
        assertThat(prefill.at("/data/" + PERSONAL_DATA_CONSENT).asBoolean())
                .as("consent given with the accession")
                .isTrue();

        // A completion that breaks a rule changes nothing; a valid one returns the case to review.
        Map<String, Object> completed = json.convertValue(prefill.get("data"), Map.class);
        completed.put(CONTACT_PHONE, "fel");
        assertThat(postJson("/api/completions/" + token, completed).statusCode())
                .isEqualTo(400);
        completed.put(CONTACT_PHONE, "031-765 43 21");
        completed.put(DECISION_REFERENCE, "KS § 77");
        HttpResponse<String> done = postJson("/api/completions/" + token, completed);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(accessions
                        .findByCaseNumber(caseNumber)
                        .orElseThrow()
                        .getDecision()
                        .reference())
                .isEqualTo("KS § 77");
        assertThat(accessions.findByCaseNumber(caseNumber).orElseThrow().getStatus())
                .isEqualTo(AccessionStatus.UNDER_REVIEW);
        // No one held the case (the tasks were completed without a user): the caseworkers' mailbox is told.
        runJobs();
        assertThat(mailsTo(settings.getCaseworkerMailbox()).stream().map(this::subject))
                .anyMatch(s -> s.startsWith("Komplettering inkommen: ") && s.endsWith("(" + caseNumber + ")"));
        // The link takes a completion only while the case waits for one; afterwards it says the completion has
        // arrived and leads to the status page (a fresh status link), not to a new accession.
        HttpResponse<String> used = getAbsolute(completionUrl);
        assertThat(used.statusCode()).isEqualTo(200);
        assertThat(used.body())
                .contains("Kompletteringen har kommit in")
                .contains(caseNumber)
                .contains("Under granskning")
                .doesNotContain("ny anslutning");
        assertThat(postJson("/api/completions/" + token, completed).statusCode())
                .isEqualTo(404);
        HttpResponse<String> toStatus = http.send(
                HttpRequest.newBuilder(URI.create(completionUrl + "/status"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + hiddenCsrf(used.body())))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(toStatus.statusCode()).isEqualTo(302);
        String freshStatusUrl = toStatus.headers().firstValue("Location").orElseThrow();
        assertThat(freshStatusUrl).contains("/anslutning/arende/").isNotEqualTo(statusUrl);
        HttpResponse<String> freshStatus =
                getAbsolute(freshStatusUrl.startsWith("http") ? freshStatusUrl : baseUrl() + freshStatusUrl);
        assertThat(freshStatus.body())
                .contains(caseNumber)
                .contains("Under granskning")
                .doesNotContain("Det här behöver kompletteras");

        // Approval and registration.
        tasks.complete(task(caseNumber, Elements.REVIEW).getId(), TestAccessions.approval());
        tasks.complete(task(caseNumber, Elements.REGISTER).getId(), TestAccessions.registration());
        runJobs();

        assertThat(accessions.findByCaseNumber(caseNumber).orElseThrow().getStatus())
                .isEqualTo(AccessionStatus.REGISTERED);
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .finished()
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo(Elements.REGISTERED);
        assertThat(mailsTo(email).stream().map(this::subject))
                .anyMatch(s -> s.contains("ansluten")
                        || s.contains("Välkommen")
                        || s.contains("bekräft")
                        || s.contains("registrer"));
        HttpResponse<String> finalStatus = getAbsolute(statusUrl);
        assertThat(finalStatus.body())
                .contains("Ansluten")
                .contains("Komplettering begärd")
                .doesNotContain("Återkalla anslutningen</a>");
    }

    @Test
    void shouldWithdrawFromTheStatusPageAfterConfirmation() throws Exception {
        String email = "withdraw-" + UUID.randomUUID() + "@kommun.example";
        Map<String, Object> form = validForm();
        form.put(CONTACT_EMAIL, email);
        get("/anslutning");
        HttpResponse<String> created = postJson("/api/accessions", form);
        String caseNumber = json.readTree(created.body()).get("caseNumber").asText();
        String statusUrl = json.readTree(created.body()).get("statusUrl").asText();

        HttpResponse<String> confirm = getAbsolute(statusUrl + "/aterkalla");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Ja, återkalla anslutningen");
        assertThat(accessions.findByCaseNumber(caseNumber).orElseThrow().getStatus())
                .isEqualTo(AccessionStatus.SUBMITTED);

        // Without the CSRF token the form post is refused; with it (as the page's form sends it) the case is withdrawn.
        HttpResponse<String> forged = http.send(
                HttpRequest.newBuilder(URI.create(statusUrl + "/aterkalla"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("reason=x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        String csrf = hiddenCsrf(confirm.body());
        HttpResponse<String> withdrawn = http.send(
                HttpRequest.newBuilder(URI.create(statusUrl + "/aterkalla"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&reason=Vi+avvaktar"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("Anslutningen är återkallad");
        assertThat(accessions.findByCaseNumber(caseNumber).orElseThrow().getStatus())
                .isEqualTo(AccessionStatus.WITHDRAWN);
        runJobs();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isZero();
        assertThat(mailsTo(email).stream().map(this::subject))
                .anyMatch(s -> s.toLowerCase().contains("återkall"));
    }

    private Task task(String caseNumber, String elementId) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(elementId)
                .singleResult();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return getAbsolute(baseUrl() + path);
    }

    private HttpResponse<String> getAbsolute(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, Map<String, Object> body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Content-Type", "application/json")
                        .header("X-XSRF-TOKEN", xsrfCookie())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json.writeValueAsString(body), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String xsrfCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    private static String hiddenCsrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("hidden CSRF field").isTrue();
        return m.group(1);
    }

    private String link(String html, String kind) {
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            if (m.group(1).contains(kind)) {
                assertThat(m.group(1)).startsWith(baseUrl());
                return m.group(1);
            }
        }
        throw new AssertionError("No link " + kind + " in e-mail");
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    private MimeMessage onlyMailTo(String address) {
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
