package se.lansstyrelsen.jvg.followup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.PublicClient;
import se.lansstyrelsen.jvg.support.TestAccessions;
import se.lansstyrelsen.jvg.support.TestFollowUps;

/**
 * A joined organisation's yearly follow-up over real HTTP, SMTP (GreenMail), engine and database: the e-mailed
 * link opens the prefilled form, wrong answers are refused with Swedish 400s and nothing stored, the answer goes to
 * the caseworker's review, an accepted new contact person replaces the case's contact, and the overview and the
 * Excel export show the answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnualFollowUpIntegrationTest extends IntegrationTestBase {

    static final Pattern LINK = Pattern.compile("href=\"(http[^\"]+/uppfoljning/([A-Za-z0-9_-]+))\"");
    private static final int YEAR = 2027;

    @Autowired
    AnnualFollowUpService followUps;

    @Autowired
    AnnualFollowUpRepository repository;

    @Autowired
    AnnualFollowUpGateway gateway;

    @Autowired
    FollowUpOverview overview;

    @Autowired
    AccessionSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void linksPointHere() {
        settings.setPublicBaseUrl("http://localhost:" + port);
    }

    @Test
    void shouldTakeAJoinedOrganisationThroughItsYearlyFollowUp() throws Exception {
        int n = 61_001;
        TestFollowUps.Joined joined = TestFollowUps.joined(engine, jdbc, n);
        String caseNumber = joined.caseNumber();
        long accessionId = joined.accessionId();

        // Never two follow-ups for one organisation and year.
        AnnualFollowUpService.Created created =
                followUps.createFor(accessionId, YEAR).orElseThrow();
        assertThat(followUps.createFor(accessionId, YEAR)).isEmpty();
        String pid = gateway.start(created, YEAR);
        MAIL.purgeEmailFromAllMailboxes();
        runJobs(pid);

        MimeMessage mail = onlyMailTo(TestAccessions.contactEmail(n));
        assertThat(mail.getSubject())
                .isEqualTo(
                        "Årlig uppföljning " + YEAR + ": hur går arbetet med jämställdhetsmålen? (" + caseNumber + ")");
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).as("link in the e-mail").isTrue();
        String token = link.group(2);

        PublicClient client = new PublicClient("http://localhost:" + port);
        HttpResponse<String> page = client.get(link.group(1));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Årlig uppföljning <span>" + YEAR + "</span>")
                .contains(TestAccessions.organisationName(n));
        List<Map<String, Object>> goals = TestFollowUps.goals(client, token);
        assertThat(goals)
                .isNotEmpty()
                .allSatisfy(g -> assertThat((String) g.get("goalLabel")).contains(": "));

        // Wrong input: 400 with Swedish field messages, nothing stored, the process still waits.
        assertRefused(client, token, Map.of(), "goals", "Svara för vart och ett");
        assertRefused(client, token, answers(goals.size(), " ", false), "goals[0].done", "Fältet måste fyllas i.");
        Map<String, Object> badContact = answers(goals.size(), "Vi har utbildat chefer", true);
        badContact.put("newContactEmail", "inte-en-adress");
        assertRefused(client, token, badContact, "newContactEmail", "Ange en giltig e-postadress");
        Map<String, Object> tooLong = answers(goals.size(), "x".repeat(4001), false);
        assertRefused(client, token, tooLong, "goals[0].done", "Högst 4000 tecken.");
        assertThat(client.post("/api/follow-ups/" + token, "application/json", "{\"goals\": [")
                        .statusCode())
                .isEqualTo(400);
        assertThat(client.postJson("/api/follow-ups/" + "x".repeat(43), answers(goals.size(), "Gjort", false))
                        .statusCode())
                .isEqualTo(404);

        // The answer: stored and on to the caseworker's review.
        HttpResponse<String> answered = client.postJson(
                "/api/follow-ups/" + token, answers(goals.size(), "Vi har utbildat <b>chefer</b>", true));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("Tack!");
        AnnualFollowUp stored = followUps.get(created.followUpId());
        assertThat(stored.getStatus()).isEqualTo(FollowUpStatus.ANSWERED);
        assertThat(stored.getAnswers())
                .hasSize(goals.size())
                .first()
                .satisfies(a -> assertThat(a.done()).isEqualTo("Vi har utbildat <b>chefer</b>"));
        assertThat(client.postJson("/api/follow-ups/" + token, answers(goals.size(), "Igen", false))
                        .statusCode())
                .as("a used link takes no second answer")
                .isEqualTo(404);

        Task review =
                engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(AnnualFollowUpProcess.Elements.REVIEW);
        assertThat(review.getName()).isEqualTo("Granska uppföljning");
        assertThat((String) engine.getRuntimeService().getVariable(pid, AnnualFollowUpProcess.Variables.SUMMARY))
                .as("the organisation's text escaped for the form's Markdown view")
                .contains("Vi har utbildat &#60;b&#62;chefer&#60;/b&#62;")
                .doesNotContain("<b>")
                .contains("Ny kontaktperson anmäld:** Nora Ny");
        engine.getFormService()
                .submitTaskForm(review.getId(), Map.of(AnnualFollowUpProcess.Variables.ACCEPT_CONTACT_CHANGE, true));

        // The register's contact person is the new one, and the case's history says why.
        assertThat(jdbc.queryForObject("select contact_email from accession where id = ?", String.class, accessionId))
                .isEqualTo("nora.ny@kommun.example");
        assertThat(jdbc.queryForList(
                        "select note from accession_status_change where accession_id = ?", String.class, accessionId))
                .contains("Ny kontaktperson enligt årlig uppföljning " + YEAR);
        assertThat(followUps.get(created.followUpId()).getStatus()).isEqualTo(FollowUpStatus.REVIEWED);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pid)
                        .count())
                .isZero();

        // Overview and export.
        FollowUpOverview.YearSummary year = overview.summary().years().stream()
                .filter(y -> y.year() == YEAR)
                .findFirst()
                .orElseThrow();
        assertThat(year.answered()).isPositive();
        assertThat(year.responseRatePercent()).isEqualTo(Math.round(1000.0 * year.answered() / year.sent()) / 10.0);
        assertThat(overview.summary().goals()).anySatisfy(g -> {
            assertThat(g.year()).isEqualTo(YEAR);
            assertThat(g.supportWanted()).isPositive();
        });
        byte[] xlsx = overview.xlsx(YEAR).getBody();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            for (Row r : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(f.formatCellValue(c)));
                rows.add(cells);
            }
        }
        assertThat(rows.get(0)).contains("Organisation", "Det här har vi gjort", "Önskat stöd");
        assertThat(rows)
                .anySatisfy(r -> assertThat(r)
                        .contains(
                                TestAccessions.organisationName(n),
                                caseNumber,
                                "Vi har utbildat <b>chefer</b>",
                                "Handledning i jämställdhetsanalys"));
    }

    /**
     * A body over the public JSON limit (accession.public-form.max-json-body, 64 kB) is a 413 with a Swedish
     * problem+json, whether its length is declared (refused before reading) or it comes chunked (refused while read).
     */
    @Test
    void shouldAnswer413InSwedishForAnOversizeAnswerDeclaredOrChunked() throws Exception {
        PublicClient client = new PublicClient("http://localhost:" + port);
        String path = "/api/follow-ups/" + "y".repeat(43);
        byte[] oversize =
                ("{\"goals\":[{\"done\":\"" + "x".repeat(70 * 1024) + "\"}]}").getBytes(StandardCharsets.UTF_8);
        client.assertOversizeRefused(path, oversize);
        HttpResponse<String> malformed =
                client.postChunked(path, "application/json", "{\"goals\": [".getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.statusCode())
                .as("a small unreadable body stays a 400")
                .isEqualTo(400);
        assertThat(PublicClient.json(malformed)).containsEntry("title", "Felaktig begäran");
    }

    private void assertRefused(
            PublicClient client, String token, Map<String, Object> body, String field, String message)
            throws Exception {
        HttpResponse<String> r = client.postJson("/api/follow-ups/" + token, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) PublicClient.json(r).get("errors");
        assertThat(errors).containsKey(field);
        assertThat(errors.get(field)).contains(message);
        assertThat(jdbc.queryForObject(
                        "select count(*) from annual_follow_up_answer a join annual_follow_up f"
                                + " on f.id = a.follow_up_id where f.follow_up_year = ? and f.status <> 'SENT'",
                        Integer.class,
                        YEAR))
                .as("nothing stored")
                .isZero();
    }

    private static Map<String, Object> answers(int goals, String done, boolean newContact) {
        Map<String, Object> body = TestFollowUps.answers(goals, done, "Handledning i jämställdhetsanalys");
        body.put("contactChanged", newContact);
        if (newContact) {
            body.put("newContactName", "Nora Ny");
            body.put("newContactTitle", "Jämställdhetsstrateg");
            body.put("newContactEmail", "nora.ny@kommun.example");
            body.put("newContactPhone", "031-123 45 67");
        }
        return body;
    }

    static MimeMessage onlyMailTo(String address) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : mails()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
                to.add(m);
            }
        }
        assertThat(to).as("e-mails to " + address).hasSize(1);
        return to.get(0);
    }
}
