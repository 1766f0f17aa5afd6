package se.lansstyrelsen.jvg.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lansstyrelsen.jvg.support.MockMvcLogin.assertLoginRequired;
import static se.lansstyrelsen.jvg.support.MockMvcLogin.basic;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestAccessions;

/** The accession as a PDF/A document: read back with PDFBox and compared; who may download it. */
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class AccessionDocumentIntegrationTest extends IntegrationTestBase {

    private static final String NAME = "Ödsmåls testkommun R81";

    @Autowired
    MockMvc mvc;

    @Test
    void shouldRenderARegisteredAccessionAsPdfAWithTheFormDecisionAndDiaryNumber() throws Exception {
        AccessionDriver driver = new AccessionDriver(engine);
        Map<String, Object> form = TestAccessions.startVariables(81_011);
        form.put("organisationName", NAME);
        form.put("municipalityCode", "1415");
        form.put("goalsEkonomi", SpinValues.jsonValue("[\"EKONOMI-1\"]").create());
        form.put("plannedWork", "Vi utbildar chefer & politiker <i>våren 2027</i> i jämställdhetsintegrering.");
        String caseNumber = driver.caseNumber(driver.driveToRegistered(form));

        byte[] pdf = download(caseNumber, "handlaggare2");
        java.nio.file.Path copy = java.nio.file.Path.of("target", "documents", "anslutning-registrerad.pdf");
        java.nio.file.Files.createDirectories(copy.getParent());
        java.nio.file.Files.write(copy, pdf); // to look at (pdftoppm), not read by the test
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(NAME)
                    .contains(TestAccessions.organisationNumber(81_011))
                    .contains(caseNumber)
                    .contains("Dnr 801-9838-2024")
                    .contains("Stenungsunds kommun")
                    .contains("Status Ansluten")
                    .contains("Anslutningen är godkänd och formellt registrerad med registreringsnummer 801-9838-2024.")
                    .contains("Kommunstyrelsen")
                    .contains("KS § 81011")
                    .contains(
                            "En jämn fördelning av makt och inflytande: Kvinnors och flickors behov, livsvillkor och"
                                    + " förutsättningar ska beaktas i högre utsträckning i uppbyggnaden av och deltagande i den civila beredskapen")
                    .contains(
                            "Ekonomisk jämställdhet: Fler utrikes födda kvinnor ska vara etablerade på arbetsmarknaden och ha"
                                    + " egen försörjning")
                    .contains("Vi utbildar chefer & politiker <i>våren 2027</i> i jämställdhetsintegrering.")
                    .contains("Kim Kontakt 81011")
                    .contains(TestAccessions.contactEmail(81_011))
                    .contains("Inkommen")
                    .contains("Godkänd, väntar på registrering");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Anslutning " + caseNumber + " – " + NAME);

            XMPMetadata xmp = new DomXmpParser()
                    .parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());
            assertThat(xmp.getPDFAIdentificationSchema().getPart())
                    .as("PDF/A part")
                    .isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("U");
            assertThat(document.getDocumentCatalog().getOutputIntents())
                    .as("sRGB output intent")
                    .hasSize(1);
            for (PDPage page : document.getPages()) {
                for (COSName fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " embedded")
                            .isTrue();
                }
            }
        }
    }

    @Test
    void shouldRenderASubmittedAccessionWithoutDecisionAndRefuseOthers() throws Exception {
        AccessionDriver driver = new AccessionDriver(engine);
        String caseNumber = driver.caseNumber(driver.submit(81_012));
        try (PDDocument document = Loader.loadPDF(download(caseNumber, "handlaggare1"))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(TestAccessions.organisationName(81_012))
                    .contains("Status Inkommen")
                    .contains("Inget beslut ännu: ärendet granskas.")
                    .doesNotContain("Registreringsnummer");
        }
        String url = "/intern/arenden/" + caseNumber + "/anslutning.pdf";
        assertLoginRequired(mvc, url);
        mvc.perform(get(url).with(basic("chef1"))).andExpect(status().isForbidden());
        MockHttpServletResponse unknown = mvc.perform(
                        get("/intern/arenden/JVG-1999-9999/anslutning.pdf").with(basic("handlaggare1")))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse();
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("Det finns inget ärende JVG-1999-9999.");
        mvc.perform(get("/intern/arenden/x<y>/anslutning.pdf").with(basic("handlaggare1")))
                .andExpect(status().isNotFound());
    }

    private byte[] download(String caseNumber, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/intern/arenden/" + caseNumber + "/anslutning.pdf").with(basic(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("anslutning-" + caseNumber + ".pdf");
        return response.getContentAsByteArray();
    }
}
