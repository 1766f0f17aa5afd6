package se.lansstyrelsen.jvg.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.accession.AccessionRepository;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.support.BrowserPerClass;
import se.lansstyrelsen.jvg.support.HeadlessChromium;
import se.lansstyrelsen.jvg.support.OwnMailServerTest;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * A caseworker decides a case in Tasklist itself, in a real browser (Debian's chromium and chromedriver):
 * the review form shows the case's history, Tasklist's own submission (which sends the form's read-only
 * fields back) passes the engine's guard on task input, a rule the server refuses comes back as the
 * Swedish sentence alone, the case is approved, and the registration task comes back to the same caseworker.
 * In both forms the link to the case's PDF works with the Tasklist login alone.
 */
// The engine keeps its unique test name (other contexts in the same JVM are called "default"); the URLs name it.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TasklistReviewBrowserTest extends OwnMailServerTest {

    private static final String PASSWORD = "test-Demo-Passw0rd!";

    @LocalServerPort
    int port;

    @Autowired
    FormService forms;

    @Autowired
    RepositoryService repository;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    AccessionRepository accessions;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @RegisterExtension
    static final BrowserPerClass BROWSER = new BrowserPerClass("1280,1600");

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @Test
    void shouldLetACaseworkerApproveACaseInTasklistAndKeepTheCase() throws Exception {
        String definitionId = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .latestVersion()
                .singleResult()
                .getId();
        ProcessInstance pi = forms.submitStartForm(definitionId, TestAccessions.startVariables(73_001));
        for (Job job : management.createJobQuery().processInstanceId(pi.getId()).list()) {
            management.executeJob(job.getId());
        }
        Task review = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(Elements.REVIEW);

        browser.get(tasklist());
        chromium.waitVisible(By.cssSelector("input[ng-model='username']")).sendKeys("handlaggare1");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        chromium.waitVisible(By.xpath("//a[contains(., 'Starta process')]"));

        chromium.openWebappPage(
                tasklist() + "#/?task=" + review.getId(),
                ExpectedConditions.visibilityOfElementLocated(By.xpath(
                        "//h2[contains(., 'Granska anslutning – " + TestAccessions.organisationName(73_001) + "')]")),
                Duration.ofSeconds(45),
                "09-uppgiften-syns-inte");
        chromium.waitVisible(By.cssSelector("[id$='-Field_checkDecisionStated']"));
        assertThat(chromium.bodyText()).contains("Ärendets historik").contains("Inkommen");
        assertPdfLinkWorks("Granska anslutning", pi.getBusinessKey());

        chromium.waitVisible(By.xpath(
                        "//button[normalize-space(.)='Ta uppgiften'] | //a[normalize-space(.)='Ta uppgiften']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> "handlaggare1"
                        .equals(tasks.createTaskQuery()
                                .taskId(review.getId())
                                .singleResult()
                                .getAssignee()));
        // Approving without the checklist: the server's rule comes back as the Swedish sentence alone.
        click(chromium.waitVisible(By.cssSelector("[id$='-Field_reviewOutcome-0']")));
        click(chromium.waitVisible(By.xpath("//button[normalize-space(.)='Slutför']")));
        WebElement refusal = chromium.waitVisible(By.xpath(
                "//*[contains(@class,'notifications')]" + "//*[contains(., 'Kryssa i alla fyra kontrollpunkterna')]"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.cssSelector(".notifications"))
                        .getText()
                        .contains("Cannot submit"));
        assertThat(browser.findElement(By.cssSelector(".notifications")).getText())
                .contains("Kryssa i alla fyra kontrollpunkterna innan du godkänner anslutningen.")
                .doesNotContain("Cannot submit", review.getId());
        assertThat(refusal.isDisplayed()).isTrue();
        chromium.screenshot("10-regel-pa-svenska");
        assertThat(accessions
                        .findByCaseNumber(pi.getBusinessKey())
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(AccessionStatus.SUBMITTED);

        for (String check : new String[] {
            "checkDecisionStated", "checkGoalsChosen", "checkContactComplete", "checkOrganisationEligible"
        }) {
            click(chromium.waitVisible(By.cssSelector("[id$='-Field_" + check + "']")));
        }
        chromium.screenshot("11-granska-anslutning");
        click(chromium.waitVisible(By.xpath("//button[normalize-space(.)='Slutför']")));

        String caseNumber = pi.getBusinessKey();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d ->
                        accessions.findByCaseNumber(caseNumber).orElseThrow().getStatus() == AccessionStatus.APPROVED);
        Task registration =
                tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(registration.getTaskDefinitionKey()).isEqualTo(Elements.REGISTER);
        assertThat(registration.getAssignee()).isEqualTo("handlaggare1");
        chromium.screenshot("12-efter-granskning");

        // The registration form carries the same link: the registry files the PDF.
        chromium.openWebappPage(
                tasklist() + "#/?task=" + registration.getId(),
                ExpectedConditions.visibilityOfElementLocated(By.xpath("//h2[contains(., 'Formell registrering')]")),
                Duration.ofSeconds(45),
                "13-registreringen-syns-inte");
        assertPdfLinkWorks("Formell registrering", caseNumber);
        chromium.screenshot("13-registrering-med-pdf-lank");
    }

    /**
     * The form's link "ladda ner anslutningen som PDF", fetched in the page with the browser's Tasklist session:
     * the case's PDF, not a login page, 401 or 403.
     */
    private void assertPdfLinkWorks(String taskName, String caseNumber) {
        WebElement link = chromium.waitVisible(By.xpath("//a[contains(., 'ladda ner anslutningen som PDF')]"));
        String href = link.getDomProperty("href");
        assertThat(href).as(taskName).endsWith("/intern/arenden/" + caseNumber + "/anslutning.pdf");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> answer =
                (java.util.Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => r.arrayBuffer().then(b => done({status: r.status, url: r.url,
                  type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'),
                  head: String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5))), size: b.byteLength})))
              .catch(e => done({error: String(e)}));
            """, href);
        assertThat(answer).as(taskName).doesNotContainKey("error");
        assertThat(answer.get("status")).as(taskName + ": " + answer).isEqualTo(200L);
        assertThat((String) answer.get("url")).as("no redirect to a login page").isEqualTo(href);
        assertThat((String) answer.get("type")).startsWith("application/pdf");
        assertThat((String) answer.get("disposition")).contains("anslutning-" + caseNumber + ".pdf");
        assertThat(answer.get("head")).isEqualTo("%PDF-");
        assertThat((Long) answer.get("size")).isGreaterThan(1_000L);
    }

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/" + engine.getName() + "/";
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }
}
