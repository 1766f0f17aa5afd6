package se.lansstyrelsen.jvg.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.HeadlessChromium;
import se.lansstyrelsen.jvg.support.OwnMailServerTest;
import se.lansstyrelsen.jvg.support.TestAccessions;
import se.lansstyrelsen.jvg.support.TestUsers;

/**
 * The link "ladda ner anslutningen som PDF" in Tasklist's review and registration forms, in a real browser: a
 * caseworker logged in to Tasklist (and nowhere else) follows it in the same session and gets the case's PDF,
 * not a login page, 401 or 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
// A context of its own: one cached with TasklistReviewBrowserTest would still send to that class's stopped mail server.
@org.springframework.test.context.TestPropertySource(properties = "jvg.test.context=tasklist-pdf-link")
class TasklistPdfLinkBrowserTest extends OwnMailServerTest {

  private static final String USER = "pdflankhandlaggare1";
  private static final String PASSWORD = "Pdf-Lank-Passw0rd!";
  private static final int N = 62_001;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  private static HeadlessChromium chromium;
  private static WebDriver browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    chromium = HeadlessChromium.start("1280,1600");
    browser = chromium.driver();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void shouldDownloadTheCasePdfFromTheReviewAndRegistrationFormsWithTheTasklistLogin() throws Exception {
    TestUsers.ensure(identity, USER, AccessionProcess.CASEWORKER_GROUP, PASSWORD);
    AccessionDriver driver = new AccessionDriver(engine);
    String pid = driver.submit(N);
    driver.runJob(pid, Elements.SEND_RECEIPT);
    String caseNumber = driver.caseNumber(pid);
    Task review = tasks.createTaskQuery().processInstanceId(pid).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo(Elements.REVIEW);

    browser.get(tasklist());
    try {
      waitVisible(By.cssSelector("input[ng-model='username']")).sendKeys(USER);
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("13-pdf-inloggning-saknas");
      throw e;
    }
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    waitVisible(By.xpath("//a[contains(., 'Starta process')]"));

    assertPdfLinkWorks(review.getId(), "Granska anslutning", caseNumber, "13-pdf-granskning");

    tasks.claim(review.getId(), USER);
    driver.completeTask(pid, Elements.REVIEW, TestAccessions.approval());
    Task registration = tasks.createTaskQuery().processInstanceId(pid).singleResult();
    assertThat(registration.getTaskDefinitionKey()).isEqualTo(Elements.REGISTER);

    assertPdfLinkWorks(registration.getId(), "Formell registrering", caseNumber, "14-pdf-registrering");
  }

  /** Opens the task's form, finds the PDF link and fetches it in the page, with the browser's session. */
  private void assertPdfLinkWorks(String taskId, String taskName, String caseNumber, String screenshot) throws Exception {
    browser.get(tasklist() + "#/?task=" + taskId);
    browser.navigate().refresh();
    WebElement link;
    try {
      waitVisible(By.xpath("//h2[contains(., '" + taskName + "')]"));
      link = waitVisible(By.xpath("//a[contains(., 'ladda ner anslutningen som PDF')]"));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot(screenshot + "-saknas");
      throw e;
    }
    screenshot(screenshot);
    String href = link.getDomProperty("href");
    assertThat(href).as(taskName).endsWith("/intern/arenden/" + caseNumber + "/anslutning.pdf");

    @SuppressWarnings("unchecked")
    Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
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

  private WebElement waitVisible(By by) {
    return new WebDriverWait(browser, Duration.ofSeconds(180)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
