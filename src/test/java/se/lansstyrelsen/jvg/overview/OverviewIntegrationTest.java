package se.lansstyrelsen.jvg.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lansstyrelsen.jvg.support.MockMvcLogin.basic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * The overview's figures against known data, in a context of its own (a fresh database: the first test sees no
 * case at all), and who may read it over HTTP. Cases run through the real process with the engine's clock set
 * to chosen days, so the lead times from Camunda's history are known to the hour. Figures over the whole strategy
 * period are compared before and after each test's cases (the tests share the database).
 */
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
// A context of its own (this property set is not shared with RegisterPageTest), so the database starts empty.
@TestPropertySource(properties = "accession.demo.sample-data=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverviewIntegrationTest extends IntegrationTestBase {

    private static final String PASSWORD = "test-Demo-Passw0rd!";
    private static final DateRange STRATEGY = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31));

    @Autowired
    OverviewService overview;

    @Autowired
    AccessionService accessions;

    @Autowired
    AccessionProcessGateway gateway;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void shouldShowAnEmptyCountyBeforeAnyCase() {
        OverviewReport report = overview.report(STRATEGY);

        assertThat(report.casesByStatus()).hasSize(8).allSatisfy(s -> {
            assertThat(s.inPeriod()).isZero();
            assertThat(s.inRange()).isZero();
        });
        assertThat(report.joinedByType())
                .extracting(OverviewReport.TypeCount::label)
                .containsExactly("Kommun", "Region", "Statlig myndighet", "Lärosäte");
        assertThat(report.joinedByType())
                .allSatisfy(t -> assertThat(t.inPeriod()).isZero());
        assertThat(report.coverage().municipalities()).isEqualTo(49);
        assertThat(report.coverage().notStarted()).isEqualTo(49);
        assertThat(report.coverage().rows())
                .extracting(OverviewReport.Municipality::code)
                .startsWith("1401", "1402", "1407")
                .endsWith("1498", "1499")
                .isSorted();
        assertThat(report.goals())
                .extracting(OverviewReport.GoalCount::goalCode)
                .contains("MAKT-1", "EKONOMI-1", "OMSORG-ANNAT", "VALD-ANNAT");
        assertThat(report.goals()).allSatisfy(g -> assertThat(g.organisations()).isZero());
        assertThat(report.leadTimes().total().cases()).isZero();
        assertThat(report.leadTimes().total().medianDays()).isNull();
        assertThat(report.leadTimes().steps())
                .allSatisfy(f -> assertThat(f.cases()).isZero());
        assertThat(report.work().openTasks()).isZero();
        assertThat(report.work().openIncidents()).isZero();
        assertThat(report.sampleData()).isFalse();
    }

    @Test
    @Order(2)
    void shouldMeasureEveryStepOfACaseReopenedByCompletionAndCountItOnceAsJoined() throws Exception {
        long maktBefore = goalCount("MAKT-1");
        long valdOtherBefore = goalCount("VALD-ANNAT");
        ZonedDateTime t0 = ZonedDateTime.of(2025, 3, 3, 9, 0, 0, 0, ClockConfig.SWEDEN);

        at(t0);
        String pid = submit(4101, "1440", "<b>Våld</b> i nära relationer");
        driver().runJob(pid, Elements.SEND_RECEIPT);
        at(t0.plusDays(2));
        engine.getTaskService().claim(task(pid).getId(), "handlaggare1");
        at(t0.plusDays(3));
        driver().completeTask(pid, Elements.REVIEW, Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));
        at(t0.plusDays(3).plusHours(1));
        driver().completeTask(
                        pid,
                        Elements.CONTACT_CONTACT_PERSON,
                        Map.of(
                                Variables.MISSING_INFORMATION,
                                "Paragrafnummer saknas.",
                                Variables.CONTACT_METHOD,
                                "EMAIL"));
        driver().runJob(pid, Elements.SEND_COMPLETION_REQUEST);
        at(t0.plusDays(10));
        String caseNumber = driver().caseNumber(pid);
        Map<String, Object> completion = new HashMap<>(form(4101, "1440", "<b>Våld</b> i nära relationer"));
        completion.put("goalsMakt", List.of("MAKT-1"));
        completion.put("goalsVald", List.of("VALD-ANNAT"));
        accessions.applyCompletion(accessions.idOfCase(caseNumber), completion);
        gateway.completionReceived(caseNumber, completion);
        assertThat(task(pid).getAssignee())
                .as("the case stays with its caseworker")
                .isEqualTo("handlaggare1");
        at(t0.plusDays(12));
        driver().completeTask(pid, Elements.REVIEW, TestAccessions.approval());
        at(t0.plusDays(14));
        driver().completeTask(pid, Elements.REGISTER, TestAccessions.registration());
        driver().runJob(pid, Elements.SEND_CONFIRMATION);
        ClockUtil.reset();

        OverviewReport march = overview.report(new DateRange(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
        assertThat(statusCount(march, "REGISTERED").inRange()).isEqualTo(1);
        assertThat(march.casesByStatus())
                .filteredOn(s -> !s.status().equals("REGISTERED"))
                .allSatisfy(s -> assertThat(s.inRange()).isZero());
        assertThat(march.joinedByType())
                .filteredOn(t -> t.type().equals("KOMMUN"))
                .singleElement()
                .satisfies(t -> assertThat(t.inRange()).isEqualTo(1));

        LeadTimes lead = march.leadTimes();
        assertThat(lead.total()).satisfies(f -> figure(f, 1, 14.0, 14.0));
        // Two reviews: waited 2 days then reviewed 1 day; after the completion assigned at once, reviewed 2 days.
        assertThat(step(lead, "waitingForReview")).satisfies(f -> figure(f, 2, 0.0, 2.0));
        assertThat(step(lead, "inReview")).satisfies(f -> figure(f, 2, 1.0, 2.0));
        assertThat(step(lead, "waitingForCompletion")).satisfies(f -> figure(f, 1, 7.0, 7.0));
        assertThat(step(lead, "registration")).satisfies(f -> figure(f, 1, 2.0, 2.0));
        assertThat(overview.leadTimes(new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)))
                        .total()
                        .cases())
                .as("a registration in March does not count in April")
                .isZero();

        OverviewReport.Municipality ale = municipality(march, "1440");
        assertThat(ale.state()).isEqualTo(OverviewReport.State.JOINED);
        assertThat(ale.joinedOn()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(ale.goals())
                .contains("Annat mål (Mäns våld mot kvinnor ska upphöra): <b>Våld</b> i nära relationer")
                .anySatisfy(g -> assertThat(g).startsWith("Kvinnors och flickors behov"));
        assertThat(goalCount("MAKT-1")).isEqualTo(maktBefore + 1);
        assertThat(goalCount("VALD-ANNAT")).isEqualTo(valdOtherBefore + 1);

        // The page escapes what the organisation typed.
        String page = mvc.perform(get("/intern/oversikt")
                        .param("fran", "2025-03-01")
                        .param("till", "2025-03-31")
                        .accept(MediaType.TEXT_HTML)
                        .with(basic("chef1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("&lt;b&gt;Våld&lt;/b&gt; i nära relationer")
                .doesNotContain("<b>Våld</b>")
                .contains("data-key=\"total\"", "14,0");
    }

    @Test
    @Order(3)
    void shouldShowAWithdrawnCaseAsClosedAndItsMunicipalityAsNotStarted() {
        ZonedDateTime t = ZonedDateTime.of(2025, 5, 5, 10, 0, 0, 0, ClockConfig.SWEDEN);
        at(t);
        String pid = submit(4102, "1441", null);
        driver().runJob(pid, Elements.SEND_RECEIPT);
        ClockUtil.reset();
        OverviewReport.Municipality lerum = municipality(overview.report(STRATEGY), "1441");
        assertThat(lerum.state()).isEqualTo(OverviewReport.State.UNDER_WAY);
        assertThat(lerum.caseStatus()).isEqualTo("Inkommen");

        at(t.plusDays(1));
        gateway.withdraw(driver().caseNumber(pid), "Vi väntar på ett nytt beslut.");
        ClockUtil.reset();

        OverviewReport may = overview.report(new DateRange(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)));
        assertThat(statusCount(may, "WITHDRAWN").inRange()).isEqualTo(1);
        assertThat(statusCount(may, "SUBMITTED").inRange()).isZero();
        assertThat(statusCount(may, "WITHDRAWN").open()).isFalse();
        lerum = municipality(may, "1441");
        assertThat(lerum.state()).isEqualTo(OverviewReport.State.NOT_STARTED);
        assertThat(lerum.joinedOn()).isNull();
        assertThat(lerum.goals()).isEmpty();
        assertThat(may.leadTimes().total().cases()).isZero();
        assertThat(step(may.leadTimes(), "waitingForReview").cases())
                .as("a review cancelled by withdrawal is not measured")
                .isZero();
    }

    @Test
    @Order(4)
    void shouldSplitCasesAtTheYearChangeInSwedishTime() {
        // 23:30 on New Year's Eve and 00:30 on New Year's Day in Stockholm: both still 2025 in UTC.
        at(ZonedDateTime.of(2025, 12, 31, 23, 30, 0, 0, ClockConfig.SWEDEN));
        submit(4103, "1442", null);
        at(ZonedDateTime.of(2026, 1, 1, 0, 30, 0, 0, ClockConfig.SWEDEN));
        submit(4104, "1443", null);
        ClockUtil.reset();

        assertThat(submittedIn("2025-12-31", "2025-12-31")).isEqualTo(1);
        assertThat(submittedIn("2026-01-01", "2026-01-01")).isEqualTo(1);
        assertThat(submittedIn("2025-12-15", "2026-01-15")).isEqualTo(2);
        assertThat(submittedIn("2025-12-01", "2025-12-30")).isZero();
    }

    @Test
    @Order(5)
    void shouldListOverdueTasksOpenTasksAndIncidentsWithALinkIntoCockpit() {
        at(ZonedDateTime.now(ClockConfig.SWEDEN).minusDays(20));
        String pid = submit(4105, "1444", null);
        driver().runJob(pid, Elements.SEND_RECEIPT);
        ClockUtil.reset();
        String caseNumber = driver().caseNumber(pid);
        Incident incident = engine.getRuntimeService()
                .createIncident("overviewTest", task(pid).getExecutionId(), null, "Testincident för översikten");
        try {
            WorkInProgress work = overview.work();
            assertThat(work.overdue())
                    .filteredOn(t -> caseNumber.equals(t.caseNumber()))
                    .singleElement()
                    .satisfies(t -> {
                        assertThat(t.name()).startsWith("Granska anslutning – ");
                        assertThat(t.daysOverdue()).isBetween(9L, 10L);
                        assertThat(t.assignee()).isNull();
                    });
            assertThat(work.byTask())
                    .filteredOn(c -> c.key().equals(Elements.REVIEW))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.label()).isEqualTo("Granska anslutning");
                        assertThat(c.count()).isGreaterThanOrEqualTo(1);
                    });
            assertThat(work.byCaseworker())
                    .anySatisfy(c -> assertThat(c.label()).isEqualTo("Ej tilldelade"));
            assertThat(work.incidents())
                    .filteredOn(i -> i.id().equals(incident.getId()))
                    .singleElement()
                    .satisfies(i -> {
                        assertThat(i.caseNumber()).isEqualTo(caseNumber);
                        assertThat(i.activity()).isEqualTo("Granska anslutning");
                        assertThat(i.cockpitUrl())
                                .isEqualTo("/camunda/app/cockpit/" + engine.getName() + "/#/process-instance/" + pid);
                    });
        } finally {
            engine.getRuntimeService().resolveIncident(incident.getId());
        }
    }

    @Test
    @Order(6)
    void shouldGiveTheOverviewToCaseworkersManagersAndAdministratorsOnly() throws Exception {
        engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup("utomstaende"));
        se.lansstyrelsen.jvg.support.TestUsers.ensure(
                engine.getIdentityService(), "utomstaende1", "utomstaende", PASSWORD);

        mvc.perform(get("/intern/api/overview").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("coverage"))));
        mvc.perform(get("/intern/oversikt").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(header().string(
                                "Location", org.hamcrest.Matchers.containsString("/intern/logga-in?fortsatt=")));
        mvc.perform(get("/intern/oversikt/tackning.svg")).andExpect(status().isUnauthorized());
        mvc.perform(get("/intern/api/overview").with(basic("utomstaende1"))).andExpect(status().isForbidden());
        mvc.perform(get("/intern/oversikt").accept(MediaType.TEXT_HTML).with(basic("utomstaende1")))
                .andExpect(status().isForbidden());

        for (String user : List.of("chef1", "handlaggare1")) {
            mvc.perform(get("/intern/api/overview").with(basic(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.coverage.municipalities").value(49))
                    .andExpect(jsonPath("$.casesByStatus.length()").value(8))
                    .andExpect(jsonPath("$.period.name").value("Jämställt Västra Götaland 2024–2027"));
        }
        mvc.perform(get("/intern/api/overview").with(basic("admin", "test-Admin-Passw0rd!")))
                .andExpect(status().isOk());
    }

    @Test
    @Order(7)
    void shouldServeEachPartAsJsonAndRefuseBadDatesWithASwedishMessage() throws Exception {
        mvc.perform(get("/intern/api/overview/status")
                        .param("fran", "2025-03-01")
                        .param("till", "2025-03-31")
                        .with(basic("chef1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.casesByStatus[?(@.status == 'REGISTERED')].inRange")
                        .value(1))
                .andExpect(jsonPath("$.range.from").value("2025-03-01"));
        mvc.perform(get("/intern/api/overview/coverage").with(basic("chef1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(49))
                .andExpect(jsonPath("$.rows[?(@.code == '1440')].state").value("JOINED"));
        mvc.perform(get("/intern/api/overview/goals").with(basic("chef1")))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.goalCode == 'MAKT-1')].organisations").value(1));
        mvc.perform(get("/intern/api/overview/lead-times")
                        .param("fran", "2025-03-01")
                        .param("till", "2025-03-31")
                        .with(basic("chef1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadTimes.total.medianDays").value(14.0));
        mvc.perform(get("/intern/api/overview/work").with(basic("handlaggare2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openTasks").isNumber());

        mvc.perform(get("/intern/api/overview").param("fran", "2026-13-01").with(basic("chef1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ogiltigt datumintervall"))
                .andExpect(jsonPath("$.detail")
                        .value("”Från” är inte ett giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-01-31."));
        mvc.perform(get("/intern/api/overview/lead-times")
                        .param("fran", "2026-02-01")
                        .param("till", "2026-01-01")
                        .with(basic("chef1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Datumet i ”Till” (2026-01-01) ligger före")));
        String page = mvc.perform(get("/intern/oversikt")
                        .param("fran", "<script>")
                        .accept(MediaType.TEXT_HTML)
                        .with(basic("chef1")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Datumintervallet kan inte användas", "”Från” är inte ett giltigt datum")
                .doesNotContain("<script>");

        String svg = mvc.perform(get("/intern/oversikt/tackning.svg").with(basic("chef1")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(svg.split("class=\"kommun\"", -1)).hasSize(50);
        assertThat(svg)
                .contains("data-code=\"1440\" data-state=\"JOINED\"", "data-code=\"1441\" data-state=\"NOT_STARTED\"");
        String html = mvc.perform(
                        get("/intern/oversikt").accept(MediaType.TEXT_HTML).with(basic("handlaggare1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Översikt över anslutningarna", "<svg", "Härryda kommun", "Prioriterade mål", "Ledtider")
                .doesNotContain("Exempeldata.");
    }

    private long submittedIn(String from, String to) {
        return overview.statuses(overview.period(), overview.range(from, to)).stream()
                .mapToLong(OverviewReport.StatusCount::inRange)
                .sum();
    }

    private long goalCount(String goalCode) {
        return overview.goals(overview.period()).stream()
                .filter(g -> g.goalCode().equals(goalCode))
                .mapToLong(OverviewReport.GoalCount::organisations)
                .sum();
    }

    private static OverviewReport.StatusCount statusCount(OverviewReport report, String status) {
        return report.casesByStatus().stream()
                .filter(s -> s.status().equals(status))
                .findFirst()
                .orElseThrow();
    }

    private static OverviewReport.Municipality municipality(OverviewReport report, String code) {
        return report.coverage().rows().stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static LeadTimes.Figure step(LeadTimes lead, String key) {
        return lead.steps().stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static void figure(LeadTimes.Figure f, int cases, double median, double p90) {
        assertThat(f.cases()).as(f.key() + " cases").isEqualTo(cases);
        assertThat(f.medianDays()).as(f.key() + " median").isEqualTo(median);
        assertThat(f.percentile90Days()).as(f.key() + " p90").isEqualTo(p90);
    }

    private AccessionDriver driver() {
        return new AccessionDriver(engine);
    }

    private Task task(String pid) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    }

    private String submit(int n, String municipality, String otherViolenceGoal) {
        return driver().submit(form(n, municipality, otherViolenceGoal));
    }

    private static Map<String, Object> form(int n, String municipality, String otherViolenceGoal) {
        Map<String, Object> form = new HashMap<>(TestAccessions.startVariables(n));
        form.put("municipalityCode", municipality);
        form.put(
                "decisionDate", "2024-06-01"); // the engine's clock goes back to 2025 here; no decision from the future
        if (otherViolenceGoal != null) {
            form.put("goalsVald", SpinValues.jsonValue("[\"VALD-ANNAT\"]").create());
            form.put("otherGoalVald", otherViolenceGoal);
        }
        return form;
    }

    private static void at(ZonedDateTime when) {
        ClockUtil.setCurrentTime(Date.from(when.toInstant()));
    }
}
