package se.lansstyrelsen.jvg.document;

import static se.lansstyrelsen.jvg.config.Texts.text;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionRepository;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.register.JoinedRegister;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * An accession case as a document for the registry: the form's content, case number, the strategy's diary
 * number, timestamps, the decision and the case's history, as PDF/A-2u (every font embedded, sRGB output
 * intent, XMP metadata). Rendered from the Thymeleaf template {@code document/accession.html} by openhtmltopdf
 * on Apache PDFBox; the font is the Liberation Sans that PDFBox ships (SIL Open Font License), so the
 * document looks the same on every machine. Made on request, for any case in any status.
 */
@Service
public class AccessionDocument {

    static final String FONT = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfig.SWEDEN);

    private final AccessionRepository accessions;
    private final ITemplateEngine templates;
    private final JoinedRegister register;
    private final GoalCatalogue catalogue;
    private final MunicipalityDirectory municipalities;
    private final Clock clock;
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    AccessionDocument(
            AccessionRepository accessions,
            ITemplateEngine templates,
            JoinedRegister register,
            GoalCatalogue catalogue,
            MunicipalityDirectory municipalities,
            Clock clock) {
        this.accessions = accessions;
        this.templates = templates;
        this.register = register;
        this.catalogue = catalogue;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** The case as PDF, or empty for an unknown case number. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(String caseNumber) {
        return accessions.findByCaseNumber(caseNumber).map(a -> render(html(a)));
    }

    /** The document's XHTML (what the PDF shows). */
    String html(Accession a) {
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("diaryNumber", catalogue.current().diaryNumber());
        model.put("periodName", catalogue.current().periodName());
        model.put("goals", register.describe(a.getCommitment().goals()));
        model.put(
                "municipality",
                municipalities
                        .officialNameOf(a.getOrganisation().getMunicipalityCode())
                        .orElse(a.getOrganisation().getMunicipalityCode()));
        model.put("decision", decision(a));
        model.put(
                "history",
                a.getHistory().stream()
                        .map(h -> new HistoryLine(
                                when(h.getChangedAt()), h.getStatus().label(), h.getActor(), h.getNote()))
                        .toList());
        model.put("created", when(clock.instant()));
        model.put("when", new Times());
        return templates.process("document/accession", new Context(java.util.Locale.forLanguageTag("sv-SE"), model));
    }

    private byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(srgb);
            // One embedded face for every weight and style: PDF/A forbids the standard fonts that are not embedded.
            for (int weight : List.of(400, 700)) {
                for (FontStyle style : List.of(FontStyle.NORMAL, FontStyle.ITALIC)) {
                    builder.useFont(
                            () -> AccessionDocument.class.getResourceAsStream(FONT_RESOURCE),
                            FONT,
                            weight,
                            style,
                            true);
                }
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What was decided, in Swedish, from the case's status and review. */
    private static String decision(Accession a) {
        return switch (a.getStatus()) {
            case SUBMITTED, UNDER_REVIEW -> text("document.decision.under-review");
            case COMPLETION_REQUESTED -> text("document.decision.completion-requested");
            case APPROVED -> text("document.decision.approved");
            case REGISTERED ->
                a.getRegistration().reference() == null
                        ? text("document.decision.registered")
                        : text(
                                "document.decision.registered-with-reference",
                                a.getRegistration().reference());
            case REJECTED -> text("document.decision.rejected");
            case NOT_COMPLETED -> text("document.decision.not-completed");
            case WITHDRAWN -> text("document.decision.withdrawn");
        };
    }

    private static String when(Instant instant) {
        return instant == null ? null : WHEN.format(instant);
    }

    /** Formats timestamps for the template ({@code when.of(...)}) in Stockholm time. */
    public static final class Times {
        public String of(Instant instant) {
            return instant == null ? "–" : WHEN.format(instant);
        }

        public boolean registered(AccessionStatus status) {
            return status == AccessionStatus.REGISTERED;
        }
    }

    /** One line of the case's history. */
    public record HistoryLine(String when, String status, String actor, String note) {}
}
