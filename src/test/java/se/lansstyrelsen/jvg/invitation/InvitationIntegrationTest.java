package se.lansstyrelsen.jvg.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.lansstyrelsen.jvg.accession.AccessTokenService;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.MockMvcLogin;
import se.lansstyrelsen.jvg.support.TestAccessions;
import se.lansstyrelsen.jvg.support.TestUsers;

/**
 * Invitations with the real application: a caseworker starts a round with the start form, the invitation e-mails
 * arrive over SMTP (GreenMail), the link prefills the public form and records "opened", an accession submitted
 * through the public API ends that organisation's invitation, and closing the round ends the rest. Also the
 * caseworkers' list: adding and importing organisations (CSV, XLSX), where one bad row refuses the whole file.
 * Organisation numbers: TestAccessions.organisationNumber(64_001..64_099).
 */
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class InvitationIntegrationTest extends IntegrationTestBase {

    private static final String USER = "inbjudan1";
    private static final String MANAGER = "inbjudanchef1";
    private static final String PASSWORD = "Inbjudan-Test-Passw0rd!";
    private static final Pattern LINK = Pattern.compile("https?://[^\"<\\s]+/anslutning\\?inbjudan=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    EligibleOrganisations organisations;

    @Autowired
    InvitationService invitationService;

    @Autowired
    DemoContactAddresses demoAddresses;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void caseworker() {
        TestUsers.ensure(engine.getIdentityService(), USER, AccessionProcess.CASEWORKER_GROUP, PASSWORD);
    }

    @Test
    void shouldSeedTheCountys49MunicipalitiesWithOnlySourcedOrganisationNumbers() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from eligible_organisation where organisation_type = 'KOMMUN' "
                                + "and municipality_code is not null and source like 'Länets kommuner%'",
                        Integer.class))
                .isEqualTo(49);
        assertThat(jdbc.queryForList(
                        "select organisation_number from eligible_organisation where municipality_code "
                                + "is not null and organisation_number is not null",
                        String.class))
                .containsExactly("212000-1355");
    }

    @Test
    void shouldRunARoundFromStartFormToAccessionAndClose() throws Exception {
        String answering = TestAccessions.organisationNumber(64_001);
        String silent = TestAccessions.organisationNumber(64_002);
        organisations.add(
                new EligibleOrganisations.Row(
                        "Inbjudningsmyndighet 64001",
                        answering,
                        "STATLIG_MYNDIGHET",
                        null,
                        "registrator64001@myndighet.example"),
                "test");
        organisations.add(
                new EligibleOrganisations.Row(
                        "Inbjudningsmyndighet 64002",
                        silent,
                        "Statlig myndighet",
                        null,
                        "registrator64002@myndighet.example"),
                "test");

        // The caseworker submits the start form in Tasklist.
        actAs(USER, AccessionProcess.CASEWORKER_GROUP);
        String definition = roundDefinition();
        Map<String, Object> form = new HashMap<>();
        form.put("roundName", "Myndigheterna 64001");
        form.put("invitationScope", "SELECTED");
        form.put("selectedOrganisations", answering + "\nInbjudningsmyndighet 64002\n");
        form.put("invitationMessage", "Välkomna att ansluta er & bidra <b>till</b> strategin.");
        form.put("roundDeadline", LocalDate.now().plusDays(40).toString());
        ProcessInstance round = engine.getFormService().submitStartForm(definition, form);
        long roundId = ((Number) engine.getRuntimeService().getVariable(round.getId(), "roundId")).longValue();
        assertThat(round.getBusinessKey()).isEqualTo("INB-" + roundId);
        runJobs(round.getId());
        List<ProcessInstance> invitations = invitationsOf(roundId);
        assertThat(invitations).hasSize(2);
        invitations.forEach(i -> runJobs(i.getId()));

        // One e-mail per organisation, each with its own link; the caseworker's text escaped.
        MimeMessage mail = mailTo("registrator64001@myndighet.example");
        assertThat(mail.getSubject()).contains("Inbjudan").contains("Inbjudningsmyndighet 64001");
        String body = (String) mail.getContent();
        assertThat(body).contains("ansluta er &amp; bidra &lt;b&gt;till&lt;/b&gt;");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(mailTo("registrator64002@myndighet.example")).isNotNull();

        // The link opens the public form with the organisation prefilled, and counts as opened.
        String page = invitationPage(token);
        assertThat(page).contains("data-prefill-url=\"/anslutning/inbjudan/" + token + "\"");
        JsonNode prefill = prefill(token);
        assertThat(prefill.path("organisationName").asText()).isEqualTo("Inbjudningsmyndighet 64001");
        assertThat(prefill.path("organisationNumber").asText()).isEqualTo(answering);
        assertThat(prefill.path("organisationType").asText()).isEqualTo("STATLIG_MYNDIGHET");
        mvc.perform(get("/anslutning/inbjudan/" + "x".repeat(32))).andExpect(status().isNotFound());

        // The organisation submits its accession through the public API: its invitation ends, the other waits.
        Map<String, Object> accession = publicForm(64_001, "STATLIG_MYNDIGHET");
        String created = mvc.perform(withCsrf(post("/api/accessions"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(accession)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String caseNumber = json.readTree(created).path("caseNumber").asText();
        ProcessInstance answered = byOrganisation(invitations, roundId, answering);
        ProcessInstance waiting = byOrganisation(invitations, roundId, silent);
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(answered.getId())
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo(InvitationProcess.Elements.ANSWERED);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(waiting.getId())
                        .count())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select i.submitted_case_number from invitation i join invitation_link l"
                                + " on l.invitation_id = i.id where l.token_hash = ?",
                        String.class,
                        AccessTokenService.hash(token)))
                .isEqualTo(caseNumber);

        // Reach so far: 2 invited, 1 opened, 1 submitted, none joined yet.
        JsonNode reach = roundReach(roundId);
        assertThat(List.of(
                        reach.path("invited").asInt(),
                        reach.path("opened").asInt(),
                        reach.path("submitted").asInt(),
                        reach.path("joined").asInt()))
                .containsExactly(2, 1, 1, 0);

        // The caseworker closes the round from the invitations page: the unanswered invitation ends too.
        mvc.perform(withCsrf(post("/intern/inbjudningar/omgangar/" + roundId + "/stang"))
                        .with(basic()))
                .andExpect(status().is3xxRedirection());
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(waiting.getId())
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo(InvitationProcess.Elements.UNANSWERED);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(round.getId())
                        .count())
                .isZero();
        assertThat(roundReach(roundId).path("open").asBoolean()).isFalse();
        String overview = mvc.perform(get("/intern/inbjudningar").with(basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(overview).contains("Myndigheterna 64001").contains("Stängd");
    }

    /**
     * An invited organisation whose number the list does not know (not a municipality either, so neither match of
     * the registration finds it): the accession sent from the page its link opened carries the link's token and ends
     * exactly that invitation; the reach counts it as opened and submitted. The database holds only hashes of the
     * links' tokens, the reminder's link is a new one and the first one still works.
     */
    @Test
    void shouldEndTheInvitationOfAnOrganisationWithoutNumberByTheAccessionSentThroughItsLink() throws Exception {
        organisations.add(
                new EligibleOrganisations.Row(
                        "Högskolan utan nummer 65001", null, "LAROSATE", null, "registrator65001@hogskola.example"),
                "test");
        organisations.add(
                new EligibleOrganisations.Row(
                        "Högskolan utan nummer 65002", null, "LAROSATE", null, "registrator65002@hogskola.example"),
                "test");
        actAs(USER, AccessionProcess.CASEWORKER_GROUP);
        String definition = roundDefinition();
        ProcessInstance round = engine.getFormService()
                .submitStartForm(
                        definition,
                        Map.of(
                                "roundName",
                                "Lärosätena 65001",
                                "invitationScope",
                                "SELECTED",
                                "selectedOrganisations",
                                "Högskolan utan nummer 65001\nHögskolan utan nummer 65002",
                                "invitationMessage",
                                "Välkomna!",
                                "roundDeadline",
                                LocalDate.now().plusDays(40).toString()));
        long roundId = ((Number) engine.getRuntimeService().getVariable(round.getId(), "roundId")).longValue();
        runJobs(round.getId());
        List<ProcessInstance> invitations = invitationsOf(roundId);
        assertThat(invitations).hasSize(2);
        invitations.forEach(i -> runJobs(i.getId()));
        Matcher link = LINK.matcher(
                (String) mailTo("registrator65001@hogskola.example").getContent());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        // Only the hash is stored: no column anywhere in the invitation tables holds the token itself.
        long invitationId = jdbc.queryForObject(
                "select i.id from invitation i join eligible_organisation o on o.id ="
                        + " i.eligible_organisation_id where o.name = ?",
                Long.class,
                "Högskolan utan nummer 65001");
        assertThat(jdbc.queryForList(
                        "select token_hash from invitation_link where invitation_id = ?", String.class, invitationId))
                .containsExactly(AccessTokenService.hash(token));
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.columns where lower(table_name) ="
                                + " 'invitation' and lower(column_name) = 'token'",
                        Integer.class))
                .as("plain-text column gone")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from invitation_link where token_hash = ?", Integer.class, token))
                .isZero();

        // The page the link opens hands the token to its script, which sends it with the accession.
        String page = invitationPage(token);
        assertThat(page).contains("data-invitation=\"" + token + "\"");
        JsonNode prefill = prefill(token);
        assertThat(prefill.path("organisationName").asText()).isEqualTo("Högskolan utan nummer 65001");
        assertThat(prefill.has("organisationNumber")).isFalse();

        // A token that is no invitation's link is refused (400, Swedish) and creates no case.
        int accessionsBefore = jdbc.queryForObject("select count(*) from accession", Integer.class);
        Map<String, Object> accession = publicForm(65_001, "LAROSATE");
        accession.put("organisationName", "Högskolan utan nummer 65001");
        String refused = mvc.perform(withCsrf(post("/api/accessions"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Invitation-Token", "z".repeat(43))
                        .content(json.writeValueAsString(accession)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json.readTree(refused).path("errors").path("inbjudan").asText())
                .contains("Länken i inbjudan är inte giltig");
        assertThat(jdbc.queryForObject("select count(*) from accession", Integer.class))
                .isEqualTo(accessionsBefore);

        String created = mvc.perform(withCsrf(post("/api/accessions"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Invitation-Token", token)
                        .content(json.writeValueAsString(accession)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String caseNumber = json.readTree(created).path("caseNumber").asText();

        String answeredKey = InvitationProcess.businessKey(roundId, invitationId);
        ProcessInstance answered = invitations.stream()
                .filter(i -> i.getBusinessKey().equals(answeredKey))
                .findFirst()
                .orElseThrow();
        ProcessInstance other = invitations.stream()
                .filter(i -> !i.getBusinessKey().equals(answeredKey))
                .findFirst()
                .orElseThrow();
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(answered.getId())
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo(InvitationProcess.Elements.ANSWERED);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(other.getId())
                        .count())
                .as("the other organisation's invitation still waits")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select submitted_case_number from invitation where id = ?", String.class, invitationId))
                .isEqualTo(caseNumber);
        JsonNode reach = roundReach(roundId);
        assertThat(List.of(
                        reach.path("invited").asInt(),
                        reach.path("opened").asInt(),
                        reach.path("submitted").asInt()))
                .containsExactly(2, 1, 1);

        // A second link (as a reminder issues) is a new token; the first one still opens the form.
        String second = invitationService.issueLink(invitationId);
        assertThat(second).isNotEqualTo(token);
        assertThat(invitationService.invitationOf(second)).contains(invitationId);
        assertThat(invitationService.invitationOf(token)).contains(invitationId);
        mvc.perform(get("/anslutning/inbjudan/" + token)).andExpect(status().isOk());
        mvc.perform(withCsrf(post("/intern/inbjudningar/omgangar/" + roundId + "/stang"))
                        .with(basic()))
                .andExpect(status().is3xxRedirection());
    }

    /**
     * The demo's municipalities get made-up, marked addresses under .example (so a round can be run in the embedded
     * default run); an address already there stays. Rolled back: the other tests see the list as seeded.
     */
    @Test
    void shouldGiveTheDemosMunicipalitiesMadeUpMarkedAddressesAndKeepOnesAlreadyThere() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.update("update eligible_organisation set contact_email = 'kansli65003@partille.example'"
                    + " where municipality_code = '1402'");
            int without = jdbc.queryForObject(
                    "select count(*) from eligible_organisation where organisation_type = 'KOMMUN'"
                            + " and municipality_code is not null and contact_email is null",
                    Integer.class);
            assertThat(without).isPositive();

            assertThat(demoAddresses.fillIn()).isEqualTo(without);
            assertThat(demoAddresses.fillIn()).as("idempotent").isZero();
            EligibleOrganisation ockero = organisations.all().stream()
                    .filter(o -> "1407".equals(o.getMunicipalityCode()))
                    .findFirst()
                    .orElseThrow();
            assertThat(ockero.getContactEmail()).isEqualTo("registrator@ockero.kommun.example");
            assertThat(ockero.getSource()).contains("påhittad demoadress");
            EligibleOrganisation partille = organisations.all().stream()
                    .filter(o -> "1402".equals(o.getMunicipalityCode()))
                    .findFirst()
                    .orElseThrow();
            assertThat(partille.getContactEmail()).isEqualTo("kansli65003@partille.example");
            assertThat(partille.getSource()).doesNotContain("påhittad");
            assertThat(organisations.all().stream().filter(o -> o.getMunicipalityCode() != null))
                    .hasSize(49)
                    .allSatisfy(o -> assertThat(o.getContactEmail()).isNotNull());
            assertThat(DemoContactAddresses.address("Lilla Edet")).isEqualTo("registrator@lilla-edet.kommun.example");
        });
    }

    @Test
    void shouldRefuseAStartFormWithoutAnyoneToInviteAndStoreNothing() {
        actAs(USER, AccessionProcess.CASEWORKER_GROUP);
        String definition = roundDefinition();
        int roundsBefore = jdbc.queryForObject("select count(*) from invitation_round", Integer.class);
        Map<String, Object> form = Map.of(
                "roundName",
                "Okända",
                "invitationScope",
                "SELECTED",
                "selectedOrganisations",
                "Finns Inte AB",
                "invitationMessage",
                "Hej",
                "roundDeadline",
                LocalDate.now().minusDays(1).toString());

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> engine.getFormService().submitStartForm(definition, form))
                .hasMessageContaining("Finns inte bland de organisationer")
                .hasMessageContaining("Sista svarsdag");
        assertThat(jdbc.queryForObject("select count(*) from invitation_round", Integer.class))
                .isEqualTo(roundsBefore);
    }

    @Test
    void shouldImportACsvFileAndCompleteAnExistingMunicipality() throws Exception {
        String csv = "namn;organisationsnummer;typ;kommunkod;e-post\n"
                + "Importlärosäte 64010;" + TestAccessions.organisationNumber(64_010)
                + ";Lärosäte;;reg64010@hogskola.example\n"
                + "\"Importregion 64011; Väst\";" + TestAccessions.organisationNumber(64_011)
                + ";Region;;reg64011@region.example\n"
                + "Härryda kommun;;Kommun;1401;kommun64012@harryda.example\n";

        mvc.perform(withCsrf(multipart("/intern/inbjudningar/import")
                                .file(file("lista.csv", csv.getBytes(StandardCharsets.UTF_8))))
                        .with(basic()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject(
                        "select organisation_type from eligible_organisation where organisation_number = ?",
                        String.class,
                        TestAccessions.organisationNumber(64_011)))
                .isEqualTo("REGION");
        assertThat(jdbc.queryForObject(
                        "select name from eligible_organisation where organisation_number = ?",
                        String.class,
                        TestAccessions.organisationNumber(64_011)))
                .isEqualTo("Importregion 64011; Väst");
        assertThat(jdbc.queryForObject(
                        "select contact_email from eligible_organisation where municipality_code = '1401'",
                        String.class))
                .isEqualTo("kommun64012@harryda.example");
        assertThat(jdbc.queryForObject(
                        "select count(*) from eligible_organisation where municipality_code = '1401'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseACsvFileWithABadRowAndStoreNoneOfIt() throws Exception {
        int before = count();
        String csv = "namn;organisationsnummer;typ;e-post\n"
                + "Bra myndighet 64020;" + TestAccessions.organisationNumber(64_020)
                + ";Statlig myndighet;a@myndighet.example\n"
                + "Dålig myndighet 64021;212000-1356;Statlig myndighet;b@myndighet.example\n"
                + "Okänd typ 64022;;Förening;inte-en-adress\n";

        String page = mvc.perform(withCsrf(multipart("/intern/inbjudningar/import")
                                .file(file("lista.csv", csv.getBytes(StandardCharsets.UTF_8))))
                        .with(basic()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Filen importerades inte")
                .contains("Rad 3: Organisationsnumret är inte giltigt")
                .contains("Rad 4: typen ska vara")
                .contains("Rad 4: e-postadressen inte-en-adress är inte giltig");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldImportAnXlsxFileAndRefuseOneWithAMissingName() throws Exception {
        byte[] good = xlsx(new String[] {"Namn", "Organisationsnummer", "Typ", "E-post"}, new String[] {
            "Excelmyndighet 64030",
            TestAccessions.organisationNumber(64_030),
            "Statlig myndighet",
            "reg64030@myndighet.example"
        });
        mvc.perform(withCsrf(multipart("/intern/inbjudningar/import").file(file("lista.xlsx", good)))
                        .with(basic()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select contact_email from eligible_organisation where name = ?",
                        String.class,
                        "Excelmyndighet 64030"))
                .isEqualTo("reg64030@myndighet.example");

        int before = count();
        byte[] bad = xlsx(new String[] {"Namn", "Typ"}, new String[] {"Excelmyndighet 64031", "Region"}, new String[] {
            "", "Region"
        });
        String page = mvc.perform(
                        withCsrf(multipart("/intern/inbjudningar/import").file(file("lista.xlsx", bad)))
                                .with(basic()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Rad 3: ange organisationens namn");
        assertThat(count()).isEqualTo(before);

        mvc.perform(withCsrf(multipart("/intern/inbjudningar/import")
                                .file(file("lista.xlsx", "inte excel".getBytes(StandardCharsets.UTF_8))))
                        .with(basic()))
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnOrganisationWithABadNumberFromTheForm() throws Exception {
        int before = count();
        String page = mvc.perform(withCsrf(post("/intern/inbjudningar/organisationer"))
                        .with(basic())
                        .param("name", "Formulärmyndighet 64040")
                        .param("organisationNumber", "212000-1356")
                        .param("type", "STATLIG_MYNDIGHET")
                        .param("email", "reg64040@myndighet.example"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Organisationsnumret är inte giltigt").contains("Formulärmyndighet 64040");
        assertThat(count()).isEqualTo(before);

        mvc.perform(withCsrf(post("/intern/inbjudningar/organisationer"))
                        .with(basic())
                        .param("name", "Formulärmyndighet 64040")
                        .param("organisationNumber", TestAccessions.organisationNumber(64_040))
                        .param("type", "STATLIG_MYNDIGHET")
                        .param("email", "reg64040@myndighet.example"))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void shouldKeepTheInvitationsPageForCaseworkersAndShowTheReachToManagers() throws Exception {
        TestUsers.ensure(engine.getIdentityService(), MANAGER, AccessionProcess.MANAGER_GROUP, PASSWORD);
        mvc.perform(get("/intern/inbjudningar").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/intern/inbjudningar").with(basic(MANAGER))).andExpect(status().isForbidden());
        mvc.perform(get("/intern/api/overview/invitations").with(basic(MANAGER)))
                .andExpect(status().isOk());
        int before = count();
        mvc.perform(post("/intern/inbjudningar/organisationer")
                        .with(basic())
                        .param("name", "Utan token 64050")
                        .param("type", "REGION"))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from eligible_organisation", Integer.class);
    }

    private JsonNode roundReach(long roundId) throws Exception {
        JsonNode rounds = json.readTree(
                mvc.perform(get("/intern/api/overview/invitations").with(basic()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        for (JsonNode r : rounds) {
            if (r.path("id").asLong() == roundId) {
                return r;
            }
        }
        throw new AssertionError("round " + roundId + " not in " + rounds);
    }

    private ProcessInstance byOrganisation(List<ProcessInstance> invitations, long roundId, String number) {
        Long id = jdbc.queryForObject(
                "select i.id from invitation i join eligible_organisation o on o.id = "
                        + "i.eligible_organisation_id where i.round_id = ? and o.organisation_number = ?",
                Long.class,
                roundId,
                number);
        return invitations.stream()
                .filter(i -> i.getBusinessKey().equals("INB-" + roundId + "-" + id))
                .findFirst()
                .orElseThrow();
    }

    private static MimeMessage mailTo(String address) throws Exception {
        return Arrays.stream(mails())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no e-mail to " + address));
    }

    /** The public form as the page's script posts it (the goal checklist as a JSON array). */
    private static Map<String, Object> publicForm(int n, String type) {
        Map<String, Object> form = TestAccessions.publicForm(n);
        form.put("organisationType", type);
        form.remove("municipalityCode");
        return form;
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("fil", name, "application/octet-stream", content);
    }

    private static byte[] xlsx(String[]... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Organisationer");
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.createRow(r).createCell(c);
                }
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The cookie-based CSRF token echoed in a header, as the pages' forms and scripts send it. */
    private static MockHttpServletRequestBuilder withCsrf(MockHttpServletRequestBuilder request) {
        String token = UUID.randomUUID().toString();
        return request.cookie(new Cookie("XSRF-TOKEN", token)).header("X-XSRF-TOKEN", token);
    }

    private static RequestPostProcessor basic() {
        return basic(USER);
    }

    private static RequestPostProcessor basic(String user) {
        return MockMvcLogin.basic(user, PASSWORD);
    }

    /** The public form page opened through the invitation's link (200). */
    private String invitationPage(String token) throws Exception {
        return mvc.perform(get("/anslutning").param("inbjudan", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** What the page fills in from the invitation (200), the "data" of /anslutning/inbjudan/{token}. */
    private JsonNode prefill(String token) throws Exception {
        return json.readTree(mvc.perform(get("/anslutning/inbjudan/" + token))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("data");
    }

    /** The id of the invitation round's latest process definition, whose start form Tasklist shows. */
    private String roundDefinition() {
        return engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(InvitationProcess.ROUND_KEY)
                .latestVersion()
                .singleResult()
                .getId();
    }

    /** The running invitation processes the round started, one per organisation. */
    private List<ProcessInstance> invitationsOf(long roundId) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(InvitationProcess.INVITATION_KEY)
                .variableValueEquals("roundId", roundId)
                .list();
    }
}
