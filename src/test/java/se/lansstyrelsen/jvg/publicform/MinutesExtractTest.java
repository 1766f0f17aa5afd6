package se.lansstyrelsen.jvg.publicform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import se.lansstyrelsen.jvg.minutes.MinutesExtract;
import se.lansstyrelsen.jvg.minutes.MinutesExtractService;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.support.TestUsers;

/** The extract of minutes: PDF by content, at most 10 MB, stored with the case, opened by caseworkers only. */
class MinutesExtractTest extends PublicFormIntegrationTest {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String CASEWORKER = "testhandlaggare";
    private static final String OUTSIDER = "testchef";
    private static final String PASSWORD = "test-Minutes-Passw0rd!";

    @Autowired
    ObjectMapper json;

    @Autowired
    IdentityService identity;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private String caseNumber;
    private String token;

    @BeforeEach
    void submitCase() throws Exception {
        user(CASEWORKER, AccessionProcess.CASEWORKER_GROUP);
        user(OUTSIDER, AccessionProcess.MANAGER_GROUP);
        String body = mvc.perform(withCsrf(post("/api/accessions"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(validForm())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode created = json.readTree(body);
        caseNumber = created.get("caseNumber").asText();
        token = created.get("statusUrl").asText().replaceAll(".*/", "");
    }

    @Test
    void shouldStoreAPdfWithTheCaseAndLetCaseworkersOpenIt() throws Exception {
        mvc.perform(withCsrf(multipart("/api/cases/" + token + "/minutes-extract")
                        .file(new MockMultipartFile(
                                MinutesExtractService.FIELD, "KS-beslut <2026>.pdf", "application/pdf", PDF))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("KS-beslut _2026_.pdf"));
        assertThat(runtime.createVariableInstanceQuery()
                        .variableName(AccessionProcess.Variables.MINUTES_EXTRACT_NAME)
                        .processInstanceIdIn(runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(caseNumber)
                                .singleResult()
                                .getId())
                        .singleResult()
                        .getValue())
                .isEqualTo("KS-beslut _2026_.pdf");
        mvc.perform(get("/anslutning/arende/" + token))
                .andExpect(content().string(containsString("KS-beslut _2026_.pdf")));

        String url = "/intern/arenden/" + caseNumber + "/protokollsutdrag";
        mvc.perform(get(url)).andExpect(status().isUnauthorized());
        // (A wrong password is tried for a user of its own: Camunda delays the next login of a user after a failure.)
        mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, basic("nobody", "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, basic(OUTSIDER, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, basic(CASEWORKER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void shouldShowTheFileNameOnTheStatusPageWithoutLoadingTheFile() throws Exception {
        mvc.perform(withCsrf(multipart("/api/cases/" + token + "/minutes-extract")
                        .file(new MockMultipartFile(
                                MinutesExtractService.FIELD, "KS-beslut.pdf", "application/pdf", PDF))))
                .andExpect(status().isCreated());
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            mvc.perform(get("/anslutning/arende/" + token))
                    .andExpect(content().string(containsString("KS-beslut.pdf")));

            assertThat(statistics
                            .getEntityStatistics(MinutesExtract.class.getName())
                            .getLoadCount())
                    .as("an extract entity (with its up to 10 MB content) loaded to show its name")
                    .isZero();
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    @Test
    void shouldRefuseAFileThatIsNotAPdfWhateverItsNameAndType() throws Exception {
        Counts before = counts();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        mvc.perform(withCsrf(multipart("/api/cases/" + token + "/minutes-extract")
                        .file(new MockMultipartFile(
                                MinutesExtractService.FIELD, "protokoll.pdf", "application/pdf", png))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.protokollsutdrag", containsString("ingen PDF")));
        mvc.perform(withCsrf(multipart("/api/cases/" + token + "/minutes-extract")
                        .file(new MockMultipartFile(
                                MinutesExtractService.FIELD, "protokoll.pdf", "application/pdf", new byte[0]))))
                .andExpect(status().isBadRequest());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAFileOverTenMegabytesWith413() throws Exception {
        Counts before = counts();
        byte[] big = new byte[(int) MinutesExtractService.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        mvc.perform(withCsrf(multipart("/api/cases/" + token + "/minutes-extract")
                        .file(new MockMultipartFile(MinutesExtractService.FIELD, "stor.pdf", "application/pdf", big))))
                .andExpect(status().isPayloadTooLarge());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnUploadWithAnUnknownLinkOrWithoutCsrf() throws Exception {
        Counts before = counts();
        mvc.perform(withCsrf(multipart("/api/cases/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/minutes-extract")
                        .file(new MockMultipartFile(MinutesExtractService.FIELD, "p.pdf", "application/pdf", PDF))))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/cases/" + token + "/minutes-extract")
                        .file(new MockMultipartFile(MinutesExtractService.FIELD, "p.pdf", "application/pdf", PDF)))
                .andExpect(status().isForbidden());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void shouldAttachFromTheStatusPageFormWithoutScript() throws Exception {
        mvc.perform(withCsrf(multipart("/anslutning/arende/" + token + "/protokollsutdrag")
                        .file(new MockMultipartFile(
                                MinutesExtractService.FIELD, "beslut.pdf", "application/pdf", PDF))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Protokollsutdraget är bifogat")));
    }

    private void user(String id, String group) {
        TestUsers.ensure(identity, id, group, PASSWORD);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
