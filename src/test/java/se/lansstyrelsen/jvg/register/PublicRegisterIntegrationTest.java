package se.lansstyrelsen.jvg.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lansstyrelsen.jvg.support.MockMvcLogin.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.ExportFiles;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * The public register (/anslutna) and its open data (/api/register, .csv, .xlsx) against known data: four
 * registered organisations of four types on four days, a withdrawn and an open case. No personal data
 * anywhere, filters, Swedish sorting, 400 for unknown values, two queries whatever the size.
 */
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRegisterIntegrationTest extends IntegrationTestBase {

    static final String ASA = "Åsa testkommun R81";
    static final String ARTA = "Ärta testregion R81";
    static final String OJA = "Öja testlärosäte R81";
    static final String ZETA = "Zeta testmyndighet R81";
    static final String WITHDRAWN = "Återkallad testkommun R81";
    static final String OPEN = "Pågående testkommun R81";
    static final String OTHER_GOAL_TEXT = "Stoppa våld i nära relationer på äldreboenden";
    /** The open data's columns, in the CSV and in the XLSX. */
    private static final List<String> HEADINGS = List.of(
            "Organisation",
            "Organisationsnummer",
            "Typ",
            "Kommun",
            "Ansluten",
            "Målområden",
            "Prioriterade mål",
            "Målkoder");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessionProcessGateway gateway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GoalCatalogue catalogue;

    @Autowired
    JoinedRegister register;

    @Autowired
    MunicipalityDirectory municipalities;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> personalData = new ArrayList<>();
    private final Map<String, String> caseNumbers = new HashMap<>();

    @BeforeAll
    void registerKnownOrganisations() {
        AccessionDriver driver = new AccessionDriver(engine);
        try {
            registered(
                    driver,
                    81_001,
                    ASA,
                    "KOMMUN",
                    "1492",
                    "2026-03-10",
                    Map.of("goalsMakt", "[\"MAKT-1\"]", "goalsVald", "[\"VALD-ANNAT\"]"));
            registered(driver, 81_002, ARTA, "REGION", null, "2026-04-10", Map.of("goalsEkonomi", "[\"EKONOMI-1\"]"));
            registered(
                    driver,
                    81_003,
                    OJA,
                    "LAROSATE",
                    null,
                    "2026-01-10",
                    Map.of("goalsMakt", "[\"MAKT-1\"]", "goalsHalsa", "[\"HALSA-1\"]"));
            registered(
                    driver,
                    81_004,
                    ZETA,
                    "STATLIG_MYNDIGHET",
                    null,
                    "2026-02-10",
                    Map.of("goalsUtbildning", "[\"UTBILDNING-1\"]"));
            String withdrawn = driver.caseNumber(
                    driver.submit(form(81_005, WITHDRAWN, "KOMMUN", "1440", Map.of("goalsMakt", "[\"MAKT-1\"]"))));
            caseNumbers.put(WITHDRAWN, withdrawn);
            assertThat(gateway.withdraw(withdrawn, "Vi väntar till nästa period"))
                    .isEqualTo(AccessionProcessGateway.Withdrawal.WITHDRAWN);
            caseNumbers.put(
                    OPEN,
                    driver.caseNumber(
                            driver.submit(form(81_006, OPEN, "KOMMUN", "1441", Map.of("goalsMakt", "[\"MAKT-1\"]")))));
        } finally {
            ClockUtil.reset();
        }
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    private void registered(
            AccessionDriver driver,
            int n,
            String name,
            String type,
            String municipality,
            String day,
            Map<String, String> goals) {
        ClockUtil.setCurrentTime(Date.from(
                LocalDate.parse(day).atTime(10, 0).atZone(ClockConfig.SWEDEN).toInstant()));
        String pid = driver.driveToRegistered(form(n, name, type, municipality, goals));
        caseNumbers.put(name, driver.caseNumber(pid));
    }

    private Map<String, Object> form(int n, String name, String type, String municipality, Map<String, String> goals) {
        Map<String, Object> form = TestAccessions.startVariables(n, name, type, municipality);
        form.put("decisionDate", "2025-12-01");
        form.put("contactName", "Kontaktperson Nr" + n + " Ödlund");
        form.put("contactPhone", "0701-81" + n);
        form.remove("goalsMakt");
        goals.forEach((k, v) -> form.put(k, SpinValues.jsonValue(v).create()));
        if (goals.containsKey("goalsVald")) {
            form.put("otherGoalVald", OTHER_GOAL_TEXT);
        }
        personalData.addAll(List.of("Kontaktperson Nr" + n, TestAccessions.contactEmail(n), "0701-81" + n));
        return form;
    }

    @Test
    void shouldShowTheJoinedOrganisationsWithTypeDateAndGoalsInSwedishOrderButNoOpenOrWithdrawnCase() throws Exception {
        String page = html("/anslutna");
        assertThat(page)
                .contains("<caption>")
                .contains("scope=\"col\"")
                .contains("scope=\"row\"")
                .contains("Anslutna organisationer");
        assertThat(order(page, ZETA, ASA, ARTA, OJA))
                .as("Swedish alphabetical order: Z, Å, Ä, Ö")
                .isTrue();
        assertThat(page)
                .contains("Åmåls kommun")
                .contains("2026-03-10")
                .contains("Lärosäte")
                .contains("Statlig myndighet")
                .contains("Fler utrikes födda kvinnor ska vara etablerade på arbetsmarknaden och ha egen försörjning")
                .contains("annat regionalt mål – " + OTHER_GOAL_TEXT);
        assertThat(page).doesNotContain(WITHDRAWN).doesNotContain(OPEN).doesNotContain(caseNumbers.get(ASA));
    }

    @Test
    void shouldSortByDateAndTypeInBothDirections() throws Exception {
        assertThat(order(html("/anslutna?sortera=datum"), OJA, ZETA, ASA, ARTA)).isTrue();
        assertThat(order(html("/anslutna?sortera=datum&ordning=fallande"), ARTA, ASA, ZETA, OJA))
                .isTrue();
        // Kommun, Lärosäte, Region, Statlig myndighet
        assertThat(order(html("/anslutna?sortera=typ"), ASA, OJA, ARTA, ZETA)).isTrue();
        assertThat(order(html("/anslutna?ordning=fallande"), OJA, ARTA, ASA, ZETA))
                .isTrue();
        assertThat(order(json("/api/register?sortera=datum").toString(), OJA, ZETA, ASA, ARTA))
                .isTrue();
    }

    @Test
    void shouldFilterByTypeGoalAndArea() throws Exception {
        assertThat(html("/anslutna?typ=REGION"))
                .contains(ARTA)
                .doesNotContain(ASA)
                .doesNotContain(OJA)
                .doesNotContain(ZETA);
        assertThat(html("/anslutna?mal=MAKT-1"))
                .contains(ASA)
                .contains(OJA)
                .doesNotContain(ARTA)
                .doesNotContain(ZETA);
        assertThat(html("/anslutna?omrade=VALD"))
                .contains(ASA)
                .doesNotContain(OJA)
                .doesNotContain(ARTA);
        assertThat(html("/anslutna?mal=MAKT-1&typ=LAROSATE")).contains(OJA).doesNotContain(ASA);
        assertThat(html("/anslutna?typ=&mal="))
                .contains(ASA)
                .contains(ARTA)
                .contains(OJA)
                .contains(ZETA);

        JsonNode other = organisation(json("/api/register?mal=VALD-ANNAT"), ASA);
        assertThat(other.path("type").asText()).isEqualTo("KOMMUN");
        assertThat(other.path("municipalityCode").asText()).isEqualTo("1492");
        assertThat(other.path("joinedOn").asText()).isEqualTo("2026-03-10");
        JsonNode goals = other.path("goals");
        assertThat(goals).hasSize(2);
        assertThat(goals.get(0).path("code").asText()).isEqualTo("MAKT-1");
        assertThat(goals.get(1).path("code").asText()).isEqualTo("VALD-ANNAT");
        assertThat(goals.get(1).path("other").asBoolean()).isTrue();
        assertThat(goals.get(1).path("text").asText()).isEqualTo(OTHER_GOAL_TEXT);
        assertThat(json("/api/register?typ=STATLIG_MYNDIGHET").toString())
                .contains(ZETA)
                .doesNotContain(ASA);
    }

    @Test
    void shouldRefuseUnknownFilterAndOrderValuesWith400InSwedish() throws Exception {
        for (String query : List.of(
                "typ=FORENING",
                "typ=kommun",
                "mal=MAKT-99",
                "omrade=KULTUR",
                "sortera=storlek",
                "ordning=upp",
                "typ=%3Cscript%3Ealert(1)%3C/script%3E")) {
            MockHttpServletResponse page = mvc.perform(get("/anslutna?" + query).accept("text/html"))
                    .andReturn()
                    .getResponse();
            assertThat(page.getStatus()).as(query).isEqualTo(400);
            String body = page.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(query).contains("Felaktig sökning i registret").doesNotContain("<script>alert");
            assertThat(body)
                    .as(query)
                    .containsAnyOf(
                            "Okänd typ", "Okänt mål", "Okänt målområde", "sorteras efter", "stigande eller fallande");

            MockHttpServletResponse api =
                    mvc.perform(get("/api/register?" + query)).andReturn().getResponse();
            assertThat(api.getStatus()).as(query).isEqualTo(400);
            assertThat(api.getContentType()).startsWith("application/problem+json");
            JsonNode problem = json.readTree(api.getContentAsString(StandardCharsets.UTF_8));
            assertThat(problem.path("title").asText()).isEqualTo("Felaktig parameter");
            assertThat(problem.path("errors").fieldNames().next()).isEqualTo(query.substring(0, query.indexOf('=')));
            assertThat(mvc.perform(get("/api/register.csv?" + query))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(400);
            assertThat(mvc.perform(get("/api/register.xlsx?" + query))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(400);
        }
    }

    @Test
    void shouldOfferTheSameRegisterAsCsvAndXlsxThatReadBackWithSwedishLetters() throws Exception {
        MockHttpServletResponse csvResponse = mvc.perform(get("/api/register.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(csvResponse.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csvResponse.getHeader("Content-Disposition")).contains("anslutna-organisationer.csv");
        byte[] csv = csvResponse.getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3))
                .as("UTF-8 byte order mark for Excel")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> records = ExportFiles.csvRecords(csv);
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(HEADINGS);
        CSVRecord asa = records.stream()
                .filter(r -> r.get("Organisation").equals(ASA))
                .findFirst()
                .orElseThrow();
        assertThat(asa.get("Typ")).isEqualTo("Kommun");
        assertThat(asa.get("Kommun")).isEqualTo("Åmåls kommun");
        assertThat(asa.get("Ansluten")).isEqualTo("2026-03-10");
        assertThat(asa.get("Målkoder")).isEqualTo("MAKT-1, VALD-ANNAT");
        assertThat(asa.get("Prioriterade mål"))
                .contains("Mäns våld mot kvinnor ska upphöra: annat regionalt mål – " + OTHER_GOAL_TEXT);
        assertThat(records).extracting(r -> r.get("Organisation")).doesNotContain(WITHDRAWN, OPEN);

        byte[] xlsx = mvc.perform(get("/api/register.xlsx?typ=LAROSATE"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactlyElementsOf(HEADINGS);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(cells(sheet.getRow(r)));
            }
            assertThat(rows).extracting(row -> row.get(0)).contains(OJA).doesNotContain(ASA, ARTA, ZETA);
            List<String> oja = rows.stream()
                    .filter(row -> row.get(0).equals(OJA))
                    .findFirst()
                    .orElseThrow();
            assertThat(oja.get(2)).isEqualTo("Lärosäte");
            assertThat(oja.get(4)).isEqualTo("2026-01-10");
            assertThat(oja.get(5)).isEqualTo("En jämn fördelning av makt och inflytande | Jämställd hälsa");
            Row ojaRow = sheet.getRow(1 + rows.indexOf(oja));
            assertThat(ojaRow.getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .as("a real date cell")
                    .isEqualTo(LocalDate.of(2026, 1, 10));
        }
    }

    @Test
    void shouldContainNoPersonalDataInThePageOrAnyOpenDataFormat() throws Exception {
        String page = html("/anslutna");
        String jsonText =
                mvc.perform(get("/api/register")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        byte[] csv =
                mvc.perform(get("/api/register.csv")).andReturn().getResponse().getContentAsByteArray();
        byte[] xlsx =
                mvc.perform(get("/api/register.xlsx")).andReturn().getResponse().getContentAsByteArray();
        StringBuilder sheetText = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                sheetText.append(String.join("\t", cells(row))).append('\n');
            }
        }
        Map<String, String> outputs = Map.of(
                "HTML",
                page,
                "JSON",
                jsonText,
                "CSV",
                new String(csv, StandardCharsets.UTF_8),
                "XLSX",
                sheetText.toString());
        assertThat(personalData).hasSize(18);
        outputs.forEach((format, text) -> {
            assertThat(text)
                    .as(format + " lists the organisations")
                    .contains(ASA)
                    .contains(OJA);
            for (String personal : personalData) {
                assertThat(text).as(format + " must not contain " + personal).doesNotContain(personal);
            }
            assertThat(text).as(format).doesNotContain("Jämställdhetsstrateg").doesNotContain("@kommun.example");
        });
    }

    @Test
    void shouldReadTheRegisterInOneQueryAndAPageInTwoWhateverItsSize() {
        AtomicInteger statements = new AtomicInteger();
        RegisterQuery query = new RegisterQuery(new JdbcTemplate(counting(jdbc.getDataSource(), statements)));
        String period = catalogue.current().periodCode();

        List<RegisterQuery.Row> rows = new ArrayList<>();
        query.forEach(period, RegisterCriteria.DEFAULT, rows::add);
        assertThat(rows.size()).isGreaterThanOrEqualTo(4);
        assertThat(rows.stream()
                        .filter(r ->
                                List.of(ASA, ARTA, OJA, ZETA).contains(r.head().organisationName()))
                        .flatMap(r -> r.goals().stream()))
                .hasSize(6);
        assertThat(statements)
                .as("one query for the organisations with their goals")
                .hasValue(1);

        statements.set(0);
        RegisterQuery.Slice slice = query.page(period, RegisterCriteria.DEFAULT, 1, 2);
        assertThat(slice.total()).isEqualTo(rows.size());
        assertThat(slice.rows())
                .extracting(r -> r.head().organisationName())
                .containsExactly(
                        rows.get(1).head().organisationName(),
                        rows.get(2).head().organisationName());
        assertThat(statements)
                .as("one query for a page of organisations and their number, one for their goals")
                .hasValue(2);
    }

    /** The data source, counting the statements prepared on its connections. */
    private static DataSource counting(DataSource real, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(method, real, args);
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(
                                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                                    if (m.getName().startsWith("prepare")
                                            || m.getName().equals("createStatement")) {
                                        statements.incrementAndGet();
                                    }
                                    return invoke(m, connection, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void shouldShowTheInternalRegisterWithGoalsAndCaseNumbersToManagers() throws Exception {
        String page = mvc.perform(get("/intern/register").with(basic("chef1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(caseNumbers.get(ASA))
                .contains(ASA)
                .contains("Mäns våld mot kvinnor ska upphöra: annat regionalt mål – " + OTHER_GOAL_TEXT)
                .doesNotContain(caseNumbers.get(WITHDRAWN))
                .doesNotContain(caseNumbers.get(OPEN))
                .contains("/intern/arenden/" + caseNumbers.get(ASA) + "/anslutning.pdf");
    }

    @Test
    void shouldPageTheInternalRegisterInTheDatabaseAsTheWholeRegisterIsOrdered() {
        RegisterCriteria byDate =
                new RegisterCriteria(RegisterQuery.RegisterFilter.NONE, RegisterCriteria.Order.DATUM, false);
        List<String> all = register.entries(byDate).stream()
                .map(JoinedRegister.Entry::caseNumber)
                .toList();
        assertThat(all)
                .as("joined in January, February, March, April")
                .containsSubsequence(
                        caseNumbers.get(OJA), caseNumbers.get(ZETA), caseNumbers.get(ASA), caseNumbers.get(ARTA));
        RegisterPage twoAPage = new RegisterPage(register, catalogue, 2);

        ExtendedModelMap second = new ExtendedModelMap();
        twoAPage.show(new RegisterParameters(null, null, null, null, null), "2", second);
        assertThat(caseNumbersOf(second)).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(((PublicRegisterPage.Page) second.get("page")).pages()).isEqualTo((all.size() + 1) / 2);
        assertThat(second.get("total")).isEqualTo(all.size());
        assertThat(((JoinedRegister.Coverage) second.get("coverage")).organisations())
                .isEqualTo(all.size());

        RegisterCriteria makt = new RegisterCriteria(
                new RegisterQuery.RegisterFilter(null, "MAKT-1", null), RegisterCriteria.Order.NAMN, true);
        List<String> maktByName = register.entries(makt).stream()
                .map(JoinedRegister.Entry::caseNumber)
                .toList();
        assertThat(maktByName)
                .contains(caseNumbers.get(ASA), caseNumbers.get(OJA))
                .doesNotContain(caseNumbers.get(ARTA));
        int lastPage = (maktByName.size() + 1) / 2;
        ExtendedModelMap last = new ExtendedModelMap();
        twoAPage.show(new RegisterParameters(null, "MAKT-1", null, "namn", "fallande"), String.valueOf(lastPage), last);
        assertThat(caseNumbersOf(last))
                .containsExactlyElementsOf(maktByName.subList(2 * (lastPage - 1), maktByName.size()));
        assertThat(((JoinedRegister.Coverage) last.get("coverage")).organisations())
                .as("the coverage counts the whole register")
                .isEqualTo(all.size());
    }

    @Test
    void shouldShowAnInternalRegisterPageInThreeQueriesWhateverItsSizeAndFilter() {
        AtomicInteger statements = new AtomicInteger();
        JoinedRegister counted = new JoinedRegister(
                new RegisterQuery(new JdbcTemplate(counting(jdbc.getDataSource(), statements))),
                municipalities,
                catalogue);
        List<RegisterParameters> filters = List.of(
                new RegisterParameters(null, null, null, null, null),
                new RegisterParameters("LAROSATE", null, null, "namn", null),
                new RegisterParameters(null, "VALD-ANNAT", null, "typ", "fallande"));
        List<Integer> shown = new ArrayList<>();
        for (int size : List.of(1, 3, 50)) {
            for (RegisterParameters parameters : filters) {
                statements.set(0);
                ExtendedModelMap model = new ExtendedModelMap();
                new RegisterPage(counted, catalogue, size).show(parameters, null, model);
                shown.add(caseNumbersOf(model).size());
                assertThat(statements)
                        .as("page and count, goals, coverage: " + size + " a page, " + parameters)
                        .hasValue(3);
            }
        }
        assertThat(shown.get(0)).isEqualTo(1);
        assertThat(shown.get(6)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void shouldFilterTheInternalRegisterAndRefuseAPageOrValueItDoesNotHaveInSwedish() throws Exception {
        String larosaten = mvc.perform(
                        get("/intern/register?typ=LAROSATE&sortera=namn").with(basic("chef1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(larosaten)
                .contains(OJA)
                .contains(caseNumbers.get(OJA))
                .doesNotContain(ASA)
                .doesNotContain(ARTA)
                .contains("matchar filtret")
                .contains("av länets 49 kommuner");

        long total = register.coverage().organisations();
        long pages = Math.max(1, (total + RegisterPage.PAGE_SIZE - 1) / RegisterPage.PAGE_SIZE);
        String expected = pages == 1
                ? "Registret har bara en sida: ange sida 1."
                : "Sidan finns inte. Ange ett sidnummer från 1 till " + pages + ".";
        for (String bad : List.of(String.valueOf(pages + 1), "0", "-3", "sista", "1e3", "99999999999")) {
            MockHttpServletResponse response = mvc.perform(
                            get("/intern/register").param("sida", bad).with(basic("chef1")))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(bad)
                    .contains("Felaktig sökning i registret")
                    .contains(expected)
                    .contains("href=\"/intern/register\"");
        }
        MockHttpServletResponse unknownOrder = mvc.perform(
                        get("/intern/register?sortera=storlek").with(basic("chef1")))
                .andReturn()
                .getResponse();
        assertThat(unknownOrder.getStatus()).isEqualTo(400);
        assertThat(unknownOrder.getContentAsString(StandardCharsets.UTF_8))
                .contains("Registret kan sorteras efter namn, typ eller datum.");
        mvc.perform(get("/intern/register?sida=2")).andExpect(status().isUnauthorized());
    }

    private static List<String> caseNumbersOf(ExtendedModelMap model) {
        @SuppressWarnings("unchecked")
        List<JoinedRegister.Entry> entries = (List<JoinedRegister.Entry>) model.get("entries");
        return entries.stream().map(JoinedRegister.Entry::caseNumber).toList();
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url).accept("text/html"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode json(String url) throws Exception {
        return json.readTree(mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode organisation(JsonNode register, String name) {
        for (JsonNode o : register.path("organisations")) {
            if (o.path("name").asText().equals(name)) {
                return o;
            }
        }
        throw new AssertionError(name + " not in " + register);
    }

    /** True when every name occurs and in this order. */
    private static boolean order(String text, String... names) {
        int previous = -1;
        for (String name : names) {
            int at = text.indexOf(name);
            if (at <= previous) {
                return false;
            }
            previous = at;
        }
        return true;
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(
                    cell == null
                            ? ""
                            : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                            && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                                    ? cell.getLocalDateTimeCellValue()
                                            .toLocalDate()
                                            .toString()
                                    : formatter.formatCellValue(cell));
        }
        return cells;
    }
}
