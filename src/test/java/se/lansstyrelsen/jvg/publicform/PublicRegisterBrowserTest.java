package se.lansstyrelsen.jvg.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.HeadlessChromium;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * The public register /anslutna in a real browser (Debian's chromium): the table, filtering with the form,
 * sorting by a column heading, axe-core (WCAG 2.1 A/AA) without serious or critical violations. Screenshots in
 * target/screenshots/.
 */
class PublicRegisterBrowserTest extends PublicFormIntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void shouldShowFilterAndSortTheRegisterInABrowser() throws Exception {
        AccessionDriver driver = new AccessionDriver(engine);
        driver.driveToRegistered(form(81_031, "Borås Stad", "KOMMUN", "1490", "goalsEkonomi", "[\"EKONOMI-1\"]"));
        driver.driveToRegistered(
                form(81_032, "Västra Götalandsregionen", "REGION", null, "goalsHalsa", "[\"HALSA-1\"]"));
        driver.driveToRegistered(
                form(81_033, "Högskolan i Skövde", "LAROSATE", null, "goalsUtbildning", "[\"UTBILDNING-1\"]"));

        try (HeadlessChromium chromium = HeadlessChromium.start("1280,1400")) {
            WebDriver browser = chromium.driver();
            browser.get(baseUrl() + "/anslutna");
            WebElement table = new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("register-table")));
            assertThat(table.findElement(By.tagName("caption")).getText()).startsWith("Anslutna organisationer");
            List<String> names = rowNames(browser);
            assertThat(names).containsSubsequence("Borås Stad", "Högskolan i Skövde", "Västra Götalandsregionen");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("sv");
            assertAccessible(browser);
            chromium.screenshot("anslutna");

            new Select(browser.findElement(By.id("typ"))).selectByVisibleText("Region");
            browser.findElement(By.cssSelector(".register-filter button[type=submit]"))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("typ=REGION"));
            assertThat(rowNames(browser))
                    .contains("Västra Götalandsregionen")
                    .doesNotContain("Borås Stad", "Högskolan i Skövde");
            assertThat(browser.findElement(By.id("download-csv")).getAttribute("href"))
                    .contains("/api/register.csv?typ=REGION");
            chromium.screenshot("anslutna-filtrerat");

            browser.get(baseUrl() + "/anslutna");
            browser.findElement(By.linkText("Organisation")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.urlContains("ordning=fallande"));
            assertThat(rowNames(browser))
                    .containsSubsequence("Västra Götalandsregionen", "Högskolan i Skövde", "Borås Stad");
            assertThat(browser.findElement(By.cssSelector("th[aria-sort=descending]"))
                            .getText())
                    .isEqualTo("Organisation");

            // Swagger UI under the public pages' CSP opens on the public document and renders its operations.
            browser.get(baseUrl() + "/swagger-ui/index.html");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("swagger-ui"), "/api/register.csv"));
            assertThat(browser.findElement(By.id("swagger-ui")).getText()).doesNotContain("/intern/");
            chromium.screenshot("swagger-ui");
        }
    }

    private Map<String, Object> form(
            int n, String name, String type, String municipality, String goalKey, String goals) {
        Map<String, Object> form = TestAccessions.startVariables(n, name, type, municipality);
        form.put(goalKey, SpinValues.jsonValue(goals).create());
        return form;
    }

    private static List<String> rowNames(WebDriver browser) {
        return browser.findElements(By.cssSelector("#register-table tbody th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void assertAccessible(WebDriver browser) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(v -> v.getId() + ": " + v.getHelp() + " "
                                + v.getNodes().stream()
                                        .limit(3)
                                        .map(x -> String.valueOf(x.getTarget()))
                                        .toList())
                        .toList())
                .as("axe-core on /anslutna")
                .isEmpty();
    }
}
