package se.lansstyrelsen.jvg.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.support.BrowserPerClass;
import se.lansstyrelsen.jvg.support.HeadlessChromium;
import se.lansstyrelsen.jvg.support.TestUsers;

/**
 * The public pages in a real browser: Debian's chromium driven by Debian's chromedriver (explicit paths,
 * so Selenium Manager never downloads anything). Fails, never skips, when they are missing. Every public
 * page is scanned with axe-core; any serious or critical violation fails the test.
 */
class PublicPageBrowserTest extends PublicFormIntegrationTest {

    private static final Pattern CASE_NUMBER = Pattern.compile("JVG-\\d{4}-\\d{4}");

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @RegisterExtension
    static final BrowserPerClass BROWSER = new BrowserPerClass("1280,2000");

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @Test
    void shouldSubmitThePublicFormShowReceiptStatusAndSwedishErrorsAndPassAxe() throws Exception {
        browser.get(baseUrl() + "/anslutning");
        waitFor(field("organisationName"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        // One heading: the page's own; the form's opening text (for Tasklist) is left out here.
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.findElement(By.id("public-form")).getText()).doesNotContain("Anslut er organisation till");
        // Länsstyrelsen's contact details on the page.
        assertThat(browser.findElement(By.id("contact-email")).getText())
                .isEqualTo(settings.getContact().getEmail());
        // The date picker in Swedish with Monday first, the municipality search says "Sök".
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !calendarWeekdays().isEmpty());
        assertThat(calendarWeekdays().get(0)).isEqualTo("mån");
        assertThat(calendarWeekdays()).doesNotContain("Sun", "Mon");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "var i = document.querySelector("
                                + "\"#public-form [id$='-Field_decisionDate-date']\"); i.scrollIntoView(); i._flatpickr.open();");
        screenshot("datumvaljaren");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "document.querySelector("
                                + "\"#public-form [id$='-Field_decisionDate-date']\")._flatpickr.close(); window.scrollTo(0, 0);");
        assertAccessible("anslutningssidan");

        // An empty form: the browser's own check, in Swedish, beside the fields and in the announced summary.
        click(By.id("submit-button"));
        WebElement summary = chromium.waitVisible(By.id("error-summary"));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(summary.getText())
                .contains("Organisationens namn: Fältet måste fyllas i.")
                .doesNotContain("Field is required");
        assertThat(errorBeside("organisationName")).isEqualTo("Fältet måste fyllas i.");
        assertAccessible("anslutningssidan med fel");

        // A form the browser accepts but the server does not (check digit): the server's Swedish message beside the
        // field.
        String organisationNumber = newOrganisationNumber();
        fillValidForm(organisationNumber.substring(0, 10) + ((organisationNumber.charAt(10) - '0' + 1) % 10));
        click(By.id("submit-button"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> errorBeside("organisationNumber").contains("kontrollsiffran"));
        assertThat(chromium.waitVisible(By.id("error-summary")).getText())
                .contains("Organisationsnummer: Organisationsnumret är inte giltigt");

        // Corrected: the receipt with the case number.
        WebElement number = browser.findElement(field("organisationNumber"));
        number.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        number.sendKeys(organisationNumber);
        click(By.id("submit-button"));
        WebElement receipt = receipt();
        String caseNumber = browser.findElement(By.id("receipt-case-number")).getText();
        assertThat(caseNumber).matches(CASE_NUMBER);
        assertThat(receipt.getText()).contains("Tack! Anslutningen är inskickad");
        assertAccessible("kvittensen");

        // The status link from the receipt.
        click(By.id("receipt-status-link"));
        waitFor(By.id("case-number"));
        assertThat(browser.findElement(By.id("case-number")).getText()).isEqualTo(caseNumber);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Inkommen");
        assertAccessible("statussidan");
        screenshot("statussidan");
        String statusUrl = browser.getCurrentUrl();
        click(By.id("withdraw-link"));
        waitFor(By.id("confirm-withdrawal"));
        assertAccessible("bekräfta återkallelse");

        // The caseworker asks for completion; the completion page shows the form prefilled and the message.
        runJobs();
        tasks.complete(task(caseNumber, Elements.REVIEW), Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));
        tasks.complete(
                task(caseNumber, Elements.CONTACT_CONTACT_PERSON),
                Map.of(
                        Variables.MISSING_INFORMATION,
                        "Ange <b>beslutets</b> paragraf.",
                        Variables.CONTACT_METHOD,
                        "PHONE"));
        runJobs();
        // The status page says what is missing while the completion is requested (the link itself is only e-mailed).
        browser.get(statusUrl);
        assertThat(chromium.waitVisible(By.id("requested-completion")).getText())
                .contains("Det här behöver kompletteras")
                .contains("Ange <b>beslutets</b> paragraf.")
                .contains("skickats per e-post");
        screenshot("statussidan-komplettering-begard");
        String completionUrl = completionLink(caseNumber);
        browser.get(completionUrl);
        waitFor(field("organisationNumber"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> organisationNumber.equals(
                        d.findElement(field("organisationNumber")).getAttribute("value")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ange <b>beslutets</b> paragraf.");
        assertThat(browser.findElement(field("organisationNumber")).getAttribute("readonly"))
                .as("organisation number read-only")
                .isNotNull();
        assertThat(browser.findElement(By.cssSelector("#public-form [id$='-Field_personalDataConsent']"))
                        .isSelected())
                .as("consent prefilled")
                .isTrue();
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        assertAccessible("kompletteringssidan");
        screenshot("kompletteringssidan");
        WebElement reference = browser.findElement(field("decisionReference"));
        reference.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        reference.sendKeys("KS § 99");
        click(By.id("submit-button"));
        assertThat(receipt().getText())
                .contains("Kompletteringen är inskickad")
                .contains("Länsstyrelsen har tagit emot kompletteringen");
        assertThat(browser.findElement(By.id("missing-section")).isDisplayed())
                .as("no stale 'Det här behöver kompletteras'")
                .isFalse();
        screenshot("kompletteringen-inskickad");

        // The used link says the completion has arrived and leads to the status page.
        browser.get(completionUrl);
        assertThat(chromium.waitVisible(By.id("used-title")).getText()).isEqualTo("Kompletteringen har kommit in");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("ny anslutning");
        assertAccessible("använd kompletteringslänk");
        screenshot("kompletteringslanken-anvand");
        click(By.id("to-status"));
        assertThat(chromium.waitVisible(By.id("case-number")).getText()).isEqualTo(caseNumber);
        assertThat(chromium.waitVisible(By.id("timeline")).getText())
                .contains("Komplettering begärd")
                .contains("Under granskning");
        assertThat(browser.findElements(By.id("requested-completion"))).isEmpty();
    }

    @Test
    void shouldStillLogIntoTasklistInTheBrowserAfterThePublicPageSetItsCsrfCookie() {
        browser.get(baseUrl() + "/anslutning");
        waitFor(field("organisationName"));
        browser.get(baseUrl() + "/camunda/app/tasklist/" + engine.getName() + "/");
        chromium.waitVisible(By.cssSelector("input[ng-model='username']")).sendKeys("admin");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("test-Admin-Passw0rd!");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
        assertThat(browser.manage().getCookies().stream()
                        .filter(c -> c.getName().equals("XSRF-TOKEN"))
                        .count())
                .as("our cookie (path /) and Camunda's (path /camunda)")
                .isEqualTo(2);
        assertThat(browser.getPageSource()).doesNotContain("CSRF");
    }

    @Test
    void shouldOpenTheInternalPagesWithTheTasklistLoginAndSendAnonymousBrowsersToTheSwedishLoginPage()
            throws Exception {
        caseworker("webbhandlaggare");
        forgetLogins();

        // Anonymous: the register and the mail viewer lead to the Swedish login page, never a bare 401.
        browser.get(baseUrl() + "/intern/register");
        waitFor(By.id("login-button"));
        assertThat(browser.getCurrentUrl()).endsWith("/intern/logga-in?fortsatt=%2Fintern%2Fregister");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Logga in");
        assertAccessible("inloggningssidan");
        screenshot("intern-logga-in");
        browser.get(baseUrl() + "/epost");
        waitFor(By.id("login-button"));
        assertThat(browser.getCurrentUrl()).endsWith("/intern/logga-in?fortsatt=%2Fepost");

        // Logged in to Tasklist as a caseworker: the register opens in the same browser without another login.
        logInToTasklist("webbhandlaggare", CASEWORKER_PASSWORD);
        browser.get(baseUrl() + "/intern/register");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Register över anslutna organisationer");
        assertThat(browser.getCurrentUrl()).endsWith("/intern/register");
        screenshot("intern-register-efter-tasklist");

        // The login page's own login is a webapp login as well: after it, Tasklist needs no login either.
        forgetLogins();
        browser.get(baseUrl() + "/intern/register");
        chromium.waitVisible(By.id("anvandare")).sendKeys("webbhandlaggare");
        browser.findElement(By.id("losenord")).sendKeys(CASEWORKER_PASSWORD);
        click(By.id("login-button"));
        assertThat(waitFor(By.id("coverage")).getText()).contains("av länets 49 kommuner");
        browser.get(baseUrl() + "/camunda/app/tasklist/" + engine.getName() + "/");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("[cam-widget-header], .navbar"))
                        .isEmpty());
        assertThat(browser.findElements(By.cssSelector("input[ng-model='password']")))
                .as("no Tasklist login form")
                .isEmpty();
        forgetLogins();
    }

    private static final String CASEWORKER_PASSWORD = "Browser-Passw0rd!";

    private void caseworker(String id) {
        TestUsers.ensure(
                engine.getIdentityService(),
                id,
                se.lansstyrelsen.jvg.process.AccessionProcess.CASEWORKER_GROUP,
                CASEWORKER_PASSWORD);
    }

    /** A browser without any login: the session cookie (path /) is dropped. */
    private void forgetLogins() {
        browser.get(baseUrl() + "/anslutning/formular.json");
        browser.manage().deleteAllCookies();
    }

    private void logInToTasklist(String user, String password) {
        chromium.logInToWebapp(baseUrl() + "/camunda/app/tasklist/" + engine.getName() + "/", user, password);
    }

    static void screenshot(String name) throws java.io.IOException {
        chromium.screenshot(name);
    }

    private void fillValidForm(String organisationNumber) {
        type("organisationName", "Browserkommun");
        type("organisationNumber", organisationNumber);
        press(By.cssSelector("#public-form [id$='-Field_organisationType-0']"));
        WebElement municipality = chromium.waitVisible(field("municipalityCode"));
        assertThat(municipality.getAttribute("placeholder")).isEqualTo("Sök");
        municipality.click();
        municipality.sendKeys("Göteborg");
        click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and contains(., 'Göteborgs Stad')]"));
        type("contactName", "Britt Browser");
        type("contactTitle", "Utvecklingsledare");
        type("contactEmail", "britt.browser@kommun.example");
        type("contactPhone", "031-111 22 33");
        type("decisionBody", "Kommunstyrelsen");
        WebElement date = browser.findElement(By.cssSelector("#public-form [id$='-Field_decisionDate-date']"));
        date.sendKeys(inLocaleFormat(LocalDate.now().minusDays(3), date.getAttribute("placeholder")));
        date.sendKeys(Keys.TAB);
        type("decisionReference", "KS § 1");
        press(By.cssSelector("#public-form [id$='-Field_goalsMakt-0']"));
        type("plannedWork", "Vi börjar med jämställdhetsanalyser.");
        press(By.cssSelector("#public-form [id$='-Field_personalDataConsent']"));
    }

    /** The weekday names of the (hidden) date picker, in the order it shows them. */
    private List<String> calendarWeekdays() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "return Array.prototype.map.call(document.querySelectorAll('#public-form .flatpickr-weekday'),"
                                + " function (e) { return e.textContent.trim(); });");
        return names;
    }

    /** The receipt; when it does not come, the failure shows what the page said instead. */
    private WebElement receipt() {
        try {
            return chromium.waitVisible(By.id("receipt"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "No receipt; the page says: "
                            + browser.findElement(By.id("error-summary")).getText(),
                    e);
        }
    }

    /** form-js shows dates in the browser's locale and says which in the placeholder (e.g. "yyyy-mm-dd", "mm/dd/yyyy"). */
    static String inLocaleFormat(LocalDate date, String placeholder) {
        String p = placeholder == null || placeholder.isBlank() ? "yyyy-mm-dd" : placeholder.toLowerCase();
        return p.replace("yyyy", String.format("%04d", date.getYear()))
                .replace("mm", String.format("%02d", date.getMonthValue()))
                .replace("dd", String.format("%02d", date.getDayOfMonth()));
    }

    private String task(String caseNumber, String elementId) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(elementId)
                .singleResult()
                .getId();
    }

    private String completionLink(String caseNumber) {
        return java.util.Arrays.stream(MAIL.getReceivedMessages())
                .map(m -> {
                    try {
                        return m.getSubject().contains(caseNumber)
                                        && m.getSubject().startsWith("Komplettering")
                                ? (String) m.getContent()
                                : null;
                    } catch (Exception e) {
                        return null;
                    }
                })
                .filter(java.util.Objects::nonNull)
                .map(html -> {
                    Matcher m = Pattern.compile("href=\"([^\"]+/anslutning/komplettera/[^\"]+)\"")
                            .matcher(html);
                    return m.find() ? m.group(1) : null;
                })
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No completion e-mail"));
    }

    private static By field(String key) {
        return By.cssSelector("#public-form [id$='-Field_" + key + "']");
    }

    private void type(String key, String text) {
        WebElement input = chromium.waitVisible(field(key));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private String errorBeside(String key) {
        List<WebElement> errors =
                browser.findElements(By.cssSelector("#public-form [id$='-Field_" + key + "-error-message']"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    /** Keyboard only: radio buttons and checkboxes are chosen with the space bar. */
    private void press(By by) {
        chromium.waitVisible(by).sendKeys(Keys.SPACE);
    }

    private void click(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(by))
                .click();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** axe-core, WCAG 2.1 A and AA rules: no serious or critical violation. */
    private void assertAccessible(String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        List<String> severe = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(PublicPageBrowserTest::describe)
                .toList();
        assertThat(severe).as("axe-core, serious or critical, on " + page).isEmpty();
    }

    private static String describe(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " – "
                + v.getNodes().stream()
                        .limit(3)
                        .map(n -> String.valueOf(n.getTarget()))
                        .toList();
    }
}
