package se.lansstyrelsen.jvg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lansstyrelsen.jvg.support.MockMvcLogin.assertLoginRequired;
import static se.lansstyrelsen.jvg.support.MockMvcLogin.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.ExportFiles;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * The case list as CSV and XLSX for caseworkers and managers (read back with commons-csv and POI), who may
 * download it, and the OpenAPI documents: the public one open to all and without internal paths, the internal
 * one behind the login.
 */
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class InternalExportsIntegrationTest extends IntegrationTestBase {

    private static final List<String> HEADINGS = List.of(
            "Ärendenummer",
            "Status",
            "Organisation",
            "Organisationsnummer",
            "Typ",
            "Inkommen",
            "Registrerad",
            "Avslutad",
            "Ledtid till registrering (dagar)",
            "Dagar i handläggning");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessionProcessGateway gateway;

    @Test
    void shouldExportTheCaseListWithStatusDatesAndLeadTimesThatReadBackInBothFormats() throws Exception {
        AccessionDriver driver = new AccessionDriver(engine);
        var registeredForm = TestAccessions.startVariables(81_021);
        registeredForm.put("organisationName", "Götene testkommun R81 – Ärlig & Öppen");
        String registered = driver.caseNumber(driver.driveToRegistered(registeredForm));
        String withdrawn = driver.caseNumber(driver.submit(81_022));
        gateway.withdraw(withdrawn, "Vi avvaktar");
        var formulaForm = TestAccessions.startVariables(81_023);
        formulaForm.put("organisationName", "=HYPERLINK(\"http://x.example\";\"klicka\")");
        String open = driver.caseNumber(driver.submit(formulaForm));

        MockHttpServletResponse csvResponse = mvc.perform(
                        get("/intern/export/arenden.csv").with(basic("chef1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(csvResponse.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csvResponse.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("anslutningsarenden-");
        byte[] csv = csvResponse.getContentAsByteArray();
        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        List<CSVRecord> records = ExportFiles.csvRecords(csv);
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(HEADINGS);
        CSVRecord r = record(records, registered);
        assertThat(r.get("Status")).isEqualTo("Ansluten");
        assertThat(r.get("Organisation")).isEqualTo("Götene testkommun R81 – Ärlig & Öppen");
        assertThat(r.get("Typ")).isEqualTo("Kommun");
        assertThat(r.get("Registrerad")).isEqualTo(r.get("Inkommen")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(r.get("Ledtid till registrering (dagar)")).isEqualTo("0");
        CSVRecord w = record(records, withdrawn);
        assertThat(w.get("Status")).isEqualTo("Återkallad");
        assertThat(w.get("Registrerad")).isEmpty();
        assertThat(w.get("Avslutad")).isNotEmpty();
        assertThat(w.get("Ledtid till registrering (dagar)")).isEmpty();
        CSVRecord o = record(records, open);
        assertThat(o.get("Status")).isEqualTo("Inkommen");
        assertThat(o.get("Organisation"))
                .as("a formula is written as text")
                .isEqualTo("'=HYPERLINK(\"http://x.example\";\"klicka\")");
        assertThat(o.get("Dagar i handläggning")).isEqualTo("0");

        byte[] xlsx = mvc.perform(get("/intern/export/arenden.xlsx").with(basic("handlaggare1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Ärenden");
            assertThat(cells(sheet.getRow(0))).containsExactlyElementsOf(HEADINGS);
            Row row = null;
            Row formula = null;
            for (Row candidate : sheet) {
                String first = new DataFormatter().formatCellValue(candidate.getCell(0));
                if (first.equals(registered)) {
                    row = candidate;
                } else if (first.equals(open)) {
                    formula = candidate;
                }
            }
            assertThat(row).as(registered + " in the sheet").isNotNull();
            assertThat(cells(row).subList(1, 5))
                    .containsExactly(
                            "Ansluten",
                            "Götene testkommun R81 – Ärlig & Öppen",
                            TestAccessions.organisationNumber(81_021),
                            "Kommun");
            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(0.0);
            assertThat(formula.getCell(2).getCellType()).as("never a formula").isEqualTo(CellType.STRING);
            assertThat(formula.getCell(2).getStringCellValue()).startsWith("=HYPERLINK");
        }
    }

    @Test
    void shouldLetCaseworkersAndManagersExportButNotAnonymousUsers() throws Exception {
        for (String url : List.of("/intern/export/arenden.csv", "/intern/export/arenden.xlsx")) {
            assertLoginRequired(mvc, url);
            mvc.perform(get(url).with(basic("handlaggare2"))).andExpect(status().isOk());
            mvc.perform(get(url).with(basic("chef1"))).andExpect(status().isOk());
        }
        // Anonymous: the public register and its open data, nothing internal.
        mvc.perform(get("/anslutna")).andExpect(status().isOk());
        mvc.perform(get("/api/register")).andExpect(status().isOk());
        mvc.perform(get("/intern/register")).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldPublishThePublicOpenApiDocumentToAllAndTheInternalOneOnlyAfterLogin() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String url : List.of("/v3/api-docs", "/v3/api-docs/offentlig")) {
            JsonNode doc = json.readTree(mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            List<String> paths = new ArrayList<>();
            doc.path("paths").fieldNames().forEachRemaining(paths::add);
            assertThat(paths)
                    .as(url)
                    .contains("/api/register", "/api/register.csv", "/api/register.xlsx")
                    .allMatch(p -> p.startsWith("/api/"));
            assertThat(doc.path("paths")
                            .path("/api/register")
                            .path("get")
                            .path("parameters")
                            .findValuesAsText("name"))
                    .as(url)
                    .containsExactlyInAnyOrder("typ", "mal", "omrade", "sortera", "ordning");
            assertThat(doc.toString())
                    .as(url)
                    .doesNotContain("/intern")
                    .doesNotContain("/engine-rest")
                    .doesNotContain("/epost");
        }
        for (String url : List.of("/v3/api-docs/intern", "/v3/api-docs.yaml/intern", "/v3/api-docs/anything")) {
            mvc.perform(get(url)).andExpect(status().isUnauthorized());
        }
        String internal = mvc.perform(get("/v3/api-docs/intern").with(basic("chef1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(internal)
                .contains("/intern/export/arenden.csv")
                .contains("/intern/arenden/{caseNumber}/anslutning.pdf")
                .doesNotContain("\"/api/register\"");
    }

    private static CSVRecord record(List<CSVRecord> records, String caseNumber) {
        return records.stream()
                .filter(r -> r.get("Ärendenummer").equals(caseNumber))
                .findFirst()
                .orElseThrow(() -> new AssertionError(caseNumber + " not exported"));
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(formatter.formatCellValue(row.getCell(c)));
        }
        return cells;
    }
}
