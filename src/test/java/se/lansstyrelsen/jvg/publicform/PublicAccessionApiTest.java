package se.lansstyrelsen.jvg.publicform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lansstyrelsen.jvg.accession.FormFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** POST /api/accessions: every rule, with a table of bad inputs that must store nothing and start nothing. */
class PublicAccessionApiTest extends PublicFormIntegrationTest {

    private static final String API = "/api/accessions";

    @Autowired
    ObjectMapper json;

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badInputs")
    void shouldRejectBadInputWithSwedishFieldErrorAndStoreNothing(
            String description, Consumer<Map<String, Object>> breakIt, String field, String messagePart)
            throws Exception {
        Map<String, Object> form = validForm();
        breakIt.accept(form);
        Counts before = counts();

        mvc.perform(withCsrf(post(API)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors." + field, containsString(messagePart)));

        assertThat(counts()).isEqualTo(before);
    }

    static Stream<Arguments> badInputs() {
        List<Arguments> cases = new ArrayList<>();
        // Form rules read from forms/accession-start.form: required, lengths, patterns, e-mail, options.
        for (String key : List.of(
                ORGANISATION_NAME,
                ORGANISATION_NUMBER,
                ORGANISATION_TYPE,
                CONTACT_NAME,
                CONTACT_TITLE,
                CONTACT_EMAIL,
                CONTACT_PHONE,
                DECISION_BODY,
                DECISION_DATE,
                DECISION_REFERENCE,
                PLANNED_WORK)) {
            String expected = "måste fyllas i";
            cases.add(bad(key + " missing", f -> f.remove(key), key, expected));
            cases.add(bad(key + " blank", f -> f.put(key, "   "), key, expected));
        }
        cases.add(bad(
                "organisationName too long",
                f -> f.put(ORGANISATION_NAME, "x".repeat(201)),
                ORGANISATION_NAME,
                "Högst 200"));
        cases.add(bad("contactName too long", f -> f.put(CONTACT_NAME, "x".repeat(201)), CONTACT_NAME, "Högst 200"));
        cases.add(bad("contactTitle too long", f -> f.put(CONTACT_TITLE, "x".repeat(201)), CONTACT_TITLE, "Högst 200"));
        cases.add(bad("decisionBody too long", f -> f.put(DECISION_BODY, "x".repeat(201)), DECISION_BODY, "Högst 200"));
        cases.add(bad(
                "decisionReference too long",
                f -> f.put(DECISION_REFERENCE, "x".repeat(101)),
                DECISION_REFERENCE,
                "Högst 100"));
        cases.add(bad("plannedWork too long", f -> f.put(PLANNED_WORK, "x".repeat(2001)), PLANNED_WORK, "Högst 2000"));
        cases.add(bad(
                "contactEmail too long",
                f -> f.put(CONTACT_EMAIL, "a".repeat(250) + "@k.se"),
                CONTACT_EMAIL,
                "Högst 254"));
        // Organisation number: shape, personal identity number, check digit, type.
        cases.add(bad(
                "org number too short", f -> f.put(ORGANISATION_NUMBER, "12345"), ORGANISATION_NUMBER, "tio siffror"));
        cases.add(bad(
                "org number with letters",
                f -> f.put(ORGANISATION_NUMBER, "21200A-1355"),
                ORGANISATION_NUMBER,
                "tio siffror"));
        cases.add(bad(
                "org number with two hyphens",
                f -> f.put(ORGANISATION_NUMBER, "212000--1355"),
                ORGANISATION_NUMBER,
                "tio siffror"));
        cases.add(bad(
                "org number with space",
                f -> f.put(ORGANISATION_NUMBER, "212000 1355"),
                ORGANISATION_NUMBER,
                "tio siffror"));
        cases.add(bad(
                "org number 12 digits with 19",
                f -> f.put(ORGANISATION_NUMBER, "19212000-1355"),
                ORGANISATION_NUMBER,
                "tio siffror"));
        cases.add(bad(
                "org number wrong check digit",
                f -> f.put(ORGANISATION_NUMBER, "212000-1356"),
                ORGANISATION_NUMBER,
                "kontrollsiffran"));
        cases.add(bad(
                "org number wrong check digit 2",
                f -> f.put(ORGANISATION_NUMBER, "2021002410"),
                ORGANISATION_NUMBER,
                "kontrollsiffran"));
        cases.add(bad(
                "personal identity number",
                f -> f.put(ORGANISATION_NUMBER, "121212-1212"),
                ORGANISATION_NUMBER,
                "personnummer"));
        cases.add(bad(
                "org number as JSON number",
                f -> f.put(ORGANISATION_NUMBER, 2120001355L),
                ORGANISATION_NUMBER,
                "ska vara text"));
        // Options and types.
        cases.add(bad(
                "unknown organisation type",
                f -> f.put(ORGANISATION_TYPE, "FORETAG"),
                ORGANISATION_TYPE,
                "Välj ett av alternativen"));
        cases.add(bad(
                "organisation type lower case",
                f -> f.put(ORGANISATION_TYPE, "kommun"),
                ORGANISATION_TYPE,
                "Välj ett av alternativen"));
        cases.add(bad(
                "organisation type as list",
                f -> f.put(ORGANISATION_TYPE, List.of("KOMMUN")),
                ORGANISATION_TYPE,
                "ska vara text"));
        cases.add(bad(
                "organisationName as number", f -> f.put(ORGANISATION_NAME, 42), ORGANISATION_NAME, "ska vara text"));
        cases.add(bad(
                "organisationName as object",
                f -> f.put(ORGANISATION_NAME, Map.of("a", "b")),
                ORGANISATION_NAME,
                "ska vara text"));
        cases.add(bad("contactName as boolean", f -> f.put(CONTACT_NAME, true), CONTACT_NAME, "ska vara text"));
        cases.add(bad(
                "NUL byte in name",
                f -> f.put(ORGANISATION_NAME, "Kommun\u0000"),
                ORGANISATION_NAME,
                "otillåtna tecken"));
        cases.add(bad(
                "escape character in title",
                f -> f.put(CONTACT_TITLE, "Strateg\u001b[31m"),
                CONTACT_TITLE,
                "otillåtna tecken"));
        // Municipality.
        cases.add(bad(
                "kommun without municipality",
                f -> f.remove(MUNICIPALITY_CODE),
                MUNICIPALITY_CODE,
                "Välj vilken kommun"));
        cases.add(bad(
                "municipality outside the county",
                f -> f.put(MUNICIPALITY_CODE, "0180"),
                MUNICIPALITY_CODE,
                "49 kommuner"));
        cases.add(bad("municipality made up", f -> f.put(MUNICIPALITY_CODE, "9999"), MUNICIPALITY_CODE, "49 kommuner"));
        // E-mail.
        cases.add(bad(
                "e-mail without @", f -> f.put(CONTACT_EMAIL, "anna.kommun.se"), CONTACT_EMAIL, "giltig e-postadress"));
        cases.add(
                bad("e-mail without domain", f -> f.put(CONTACT_EMAIL, "anna@"), CONTACT_EMAIL, "giltig e-postadress"));
        cases.add(bad(
                "e-mail without local part",
                f -> f.put(CONTACT_EMAIL, "@kommun.se"),
                CONTACT_EMAIL,
                "giltig e-postadress"));
        cases.add(bad(
                "e-mail without top domain",
                f -> f.put(CONTACT_EMAIL, "anna@kommun"),
                CONTACT_EMAIL,
                "giltig e-postadress"));
        cases.add(bad(
                "e-mail with space",
                f -> f.put(CONTACT_EMAIL, "an na@kommun.se"),
                CONTACT_EMAIL,
                "giltig e-postadress"));
        cases.add(bad(
                "e-mail with two @", f -> f.put(CONTACT_EMAIL, "a@b@kommun.se"), CONTACT_EMAIL, "giltig e-postadress"));
        // Phone.
        cases.add(bad("phone with letters", f -> f.put(CONTACT_PHONE, "ring mig"), CONTACT_PHONE, "fel format"));
        cases.add(bad("phone too short", f -> f.put(CONTACT_PHONE, "12"), CONTACT_PHONE, "fel format"));
        cases.add(bad(
                "phone too long", f -> f.put(CONTACT_PHONE, "+46 31 123 45 67 89 00 11"), CONTACT_PHONE, "fel format"));
        cases.add(bad("phone with slash", f -> f.put(CONTACT_PHONE, "031/123 45 67"), CONTACT_PHONE, "fel format"));
        // Decision date.
        cases.add(bad("decision date month 13", f -> f.put(DECISION_DATE, "2025-13-01"), DECISION_DATE, "ÅÅÅÅ-MM-DD"));
        cases.add(bad(
                "decision date Swedish style", f -> f.put(DECISION_DATE, "15/01/2025"), DECISION_DATE, "ÅÅÅÅ-MM-DD"));
        cases.add(bad("decision date words", f -> f.put(DECISION_DATE, "igår"), DECISION_DATE, "ÅÅÅÅ-MM-DD"));
        cases.add(bad(
                "decision date in the future",
                f -> f.put(DECISION_DATE, LocalDate.now().plusDays(30).toString()),
                DECISION_DATE,
                "framtiden"));
        cases.add(bad("decision date as number", f -> f.put(DECISION_DATE, 20250115), DECISION_DATE, "ska vara text"));
        // Goals.
        cases.add(bad("no goal at all", f -> f.remove(goalsKey("MAKT")), GOALS, "minst ett regionalt mål"));
        cases.add(bad(
                "only empty goal lists",
                f -> {
                    f.put(goalsKey("MAKT"), List.of());
                    f.put(goalsKey("HALSA"), List.of());
                },
                GOALS,
                "minst ett regionalt mål"));
        cases.add(bad(
                "unknown goal code", f -> f.put(goalsKey("MAKT"), List.of("MAKT-99")), goalsKey("MAKT"), "Välj bland"));
        cases.add(bad(
                "goal of another area",
                f -> f.put(goalsKey("MAKT"), List.of("EKONOMI-1")),
                goalsKey("MAKT"),
                "Välj bland"));
        cases.add(bad("goals as a string", f -> f.put(goalsKey("MAKT"), "MAKT-1"), goalsKey("MAKT"), "lista"));
        cases.add(bad("goals with a number", f -> f.put(goalsKey("MAKT"), List.of(1)), goalsKey("MAKT"), "lista"));
        cases.add(bad(
                "goals with an object",
                f -> f.put(goalsKey("HALSA"), List.of(Map.of("code", "HALSA-1"))),
                goalsKey("HALSA"),
                "lista"));
        cases.add(bad(
                "other goal without text",
                f -> f.put(goalsKey("VALD"), List.of("VALD-ANNAT")),
                otherGoalKey("VALD"),
                "annat regionalt mål"));
        cases.add(bad(
                "other goal with blank text",
                f -> {
                    f.put(goalsKey("OMSORG"), List.of("OMSORG-ANNAT"));
                    f.put(otherGoalKey("OMSORG"), " ");
                },
                otherGoalKey("OMSORG"),
                "annat regionalt mål"));
        cases.add(bad(
                "other goal text too long",
                f -> {
                    f.put(goalsKey("EKONOMI"), List.of("EKONOMI-ANNAT"));
                    f.put(otherGoalKey("EKONOMI"), "x".repeat(501));
                },
                otherGoalKey("EKONOMI"),
                "Högst 500"));
        // Checkboxes.
        cases.add(
                bad("consent not given", f -> f.put(PERSONAL_DATA_CONSENT, false), PERSONAL_DATA_CONSENT, "kryssas i"));
        cases.add(bad("consent missing", f -> f.remove(PERSONAL_DATA_CONSENT), PERSONAL_DATA_CONSENT, "kryssas i"));
        cases.add(bad(
                "consent as string", f -> f.put(PERSONAL_DATA_CONSENT, "true"), PERSONAL_DATA_CONSENT, "ja eller nej"));
        cases.add(bad(
                "info session interest as string",
                f -> f.put(INFO_SESSION_INTEREST, "ja"),
                INFO_SESSION_INTEREST,
                "ja eller nej"));
        // Unknown fields (the engine's own variables cannot be smuggled in).
        cases.add(bad("unknown field", f -> f.put("favouriteColour", "blå"), "favouriteColour", "Okänt fält"));
        cases.add(
                bad("case number smuggled in", f -> f.put("caseNumber", "JVG-2020-0001"), "caseNumber", "Okänt fält"));
        cases.add(bad("initiator smuggled in", f -> f.put("initiator", "admin"), "initiator", "Okänt fält"));
        cases.add(bad(
                "review outcome smuggled in", f -> f.put("reviewOutcome", "APPROVE"), "reviewOutcome", "Okänt fält"));
        cases.add(bad("accession id smuggled in", f -> f.put("accessionId", 1), "accessionId", "Okänt fält"));
        return cases.stream();
    }

    private static Arguments bad(
            String description, Consumer<Map<String, Object>> breakIt, String field, String message) {
        return Arguments.of(description, breakIt, field, message);
    }

    @Test
    void shouldCreateCaseStartProcessAndAnswerWithCaseNumberAndStatusUrl() throws Exception {
        Counts before = counts();
        MvcResult result = mvc.perform(withCsrf(post(API))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(validForm())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber", startsWith("JVG-")))
                .andExpect(jsonPath("$.statusUrl", startsWith("http://localhost/anslutning/arende/")))
                .andReturn();
        JsonNode body = json.readTree(result.getResponse().getContentAsString());
        String caseNumber = body.get("caseNumber").asText();

        Counts after = counts();
        assertThat(after.accessions()).isEqualTo(before.accessions() + 1);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isEqualTo(1);
        String token = body.get("statusUrl").asText().replaceAll(".*/", "");
        assertThat(token).hasSizeGreaterThanOrEqualTo(43).doesNotContain(caseNumber);
        mvc.perform(get("/anslutning/arende/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(caseNumber)));
    }

    @Test
    void shouldAcceptTwelveDigitOrganisationNumberAndStoreCanonicalForm() throws Exception {
        Map<String, Object> form = validForm();
        String canonical = (String) form.get(ORGANISATION_NUMBER);
        form.put(ORGANISATION_NUMBER, "16" + canonical.replace("-", ""));
        mvc.perform(withCsrf(post(API)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject(
                        "select count(*) from organisation where organisation_number = ?", Long.class, canonical))
                .isEqualTo(1);
    }

    @Test
    void shouldAnswerARepeatedRequestWithTheSameIdempotencyKeyWithTheSameCase() throws Exception {
        String body = json.writeValueAsString(validForm());
        String key = "key-" + java.util.UUID.randomUUID();
        String first = mvc.perform(withCsrf(post(API))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Counts afterFirst = counts();

        String second = mvc.perform(withCsrf(post(API))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(json.readTree(second).get("caseNumber"))
                .isEqualTo(json.readTree(first).get("caseNumber"));
        assertThat(counts().accessions()).isEqualTo(afterFirst.accessions());
        assertThat(counts().processInstances()).isEqualTo(afterFirst.processInstances());
    }

    @Test
    void shouldRefuseAnIdempotencyKeyReusedWithOtherContent() throws Exception {
        String key = "key-" + java.util.UUID.randomUUID();
        mvc.perform(withCsrf(post(API))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(validForm())))
                .andExpect(status().isCreated());
        Counts before = counts();
        mvc.perform(withCsrf(post(API))
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(validForm())))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldRejectAMalformedIdempotencyKey() throws Exception {
        Counts before = counts();
        mvc.perform(withCsrf(post(API))
                        .header("Idempotency-Key", "kort")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(validForm())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.Idempotency-Key", containsString("Idempotency-Key")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldAnswerWithTheOpenCaseWhenTheSameOrganisationSubmitsAgain() throws Exception {
        Map<String, Object> form = validForm();
        String first = mvc.perform(withCsrf(post(API))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(form)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String caseNumber = json.readTree(first).get("caseNumber").asText();
        Counts before = counts();
        form.put(CONTACT_NAME, "Någon annan");

        mvc.perform(withCsrf(post(API)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.caseNumber").value(caseNumber))
                .andExpect(jsonPath("$.statusUrl").doesNotExist())
                .andExpect(jsonPath("$.errors.organisationNumber", containsString(caseNumber)));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAPostWithoutCsrfToken() throws Exception {
        Counts before = counts();
        mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(validForm())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title", containsString("Säkerhetskontrollen")));
        String token = "a-token";
        mvc.perform(post(API)
                        .cookie(new jakarta.servlet.http.Cookie("XSRF-TOKEN", token))
                        .header("X-XSRF-TOKEN", "another")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(validForm())))
                .andExpect(status().isForbidden());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldAnswer415ForAnotherMediaType() throws Exception {
        Counts before = counts();
        mvc.perform(withCsrf(post(API)).contentType(MediaType.TEXT_PLAIN).content("organisationName=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Fel innehållstyp"));
        mvc.perform(withCsrf(post(API))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("organisationName=x"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(withCsrf(post(API)).contentType(MediaType.APPLICATION_XML).content("<a/>"))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldAnswer413ForATooLargeBody() throws Exception {
        Counts before = counts();
        Map<String, Object> form = validForm();
        form.put(PLANNED_WORK, "x".repeat(70_000));
        mvc.perform(withCsrf(post(API)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldAnswer400NeverAServerErrorForMalformedBodies() throws Exception {
        Counts before = counts();
        for (String body : List.of(
                "",
                "{",
                "[1,2]",
                "\"text\"",
                "null",
                "42",
                "{\"organisationName\": }",
                "{'a':1}",
                "[".repeat(5000),
                "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}")) {
            mvc.perform(withCsrf(post(API))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldAnswer405InSwedishForAnotherMethod() throws Exception {
        mvc.perform(get(API))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.title").value("Metoden stöds inte"));
    }

    @Test
    void shouldSendSecurityHeadersOnThePublicPage() throws Exception {
        mvc.perform(get("/anslutning"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Set-Cookie", containsString("XSRF-TOKEN=")))
                .andExpect(content().string(containsString("lang=\"sv\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
    }

    @Test
    void shouldServeTheVerySameFormFileTasklistUses() throws Exception {
        byte[] file =
                new org.springframework.core.io.ClassPathResource("forms/" + START_FORM_FILE).getContentAsByteArray();
        mvc.perform(get("/anslutning/formular.json"))
                .andExpect(status().isOk())
                .andExpect(content().bytes(file));
    }

    @Test
    void shouldAnswerUnknownStatusAndCompletionLinksWithNotFound() throws Exception {
        mvc.perform(get("/anslutning/arende/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Länken gäller inte")));
        mvc.perform(get("/anslutning/komplettera/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/completions/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
