package se.lansstyrelsen.jvg.register;

import static se.lansstyrelsen.jvg.config.Texts.text;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.lansstyrelsen.jvg.export.CsvFormat;
import se.lansstyrelsen.jvg.export.Downloads;
import se.lansstyrelsen.jvg.export.XlsxFormat;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * The public register as open data (no login), at stable URLs: {@code /api/register} (JSON),
 * {@code /api/register.csv} and {@code /api/register.xlsx}, with the same filter and order parameters as
 * the page /anslutna. Contains no personal data: no contact person, e-mail address or telephone number.
 * JSON and CSV are written while the database delivers the rows, XLSX with a window of rows in memory (see
 * {@link XlsxFormat}), so the whole register is never held in memory.
 */
@RestController
@Tag(name = "Register", description = "Organisationer som anslutit sig till Jämställt Västra Götaland (öppna data)")
class PublicRegisterApi {

    static final String FILE_NAME = "anslutna-organisationer";

    private final JoinedRegister register;
    private final GoalCatalogue catalogue;
    private final ObjectMapper json;

    PublicRegisterApi(JoinedRegister register, GoalCatalogue catalogue, ObjectMapper json) {
        this.register = register;
        this.catalogue = catalogue;
        this.json = json;
    }

    @Operation(
            summary = "Anslutna organisationer (JSON)",
            description = "Organisationer vars anslutning är formellt registrerad under strategiperioden, en rad per"
                    + " organisation, med typ, datum för anslutning och prioriterade mål. Inga personuppgifter.")
    @ApiResponse(
            responseCode = "400",
            description = "Okänt värde i en parameter",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "429",
            description = "För många förfrågningar från samma adress (Retry-After)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/register", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(
            responseCode = "200",
            description = "Registret",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = RegisterDocument.class)))
    void json(@ParameterObject RegisterParameters parameters, HttpServletResponse response) throws IOException {
        RegisterCriteria criteria = register.criteria(parameters.asMap());
        GoalCatalogue.Snapshot period = catalogue.current();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        ObjectWriter writer = json.writerFor(RegisterDocument.Organisation.class)
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        try (JsonGenerator out = json.getFactory().createGenerator(response.getOutputStream(), JsonEncoding.UTF8)) {
            // The fields of RegisterDocument, in its order; the organisations as they are read.
            register.export(criteria, new JoinedRegister.Export() {
                @Override
                public void begin(long count) throws IOException {
                    out.writeStartObject();
                    out.writeStringField("period", period.periodCode());
                    out.writeStringField("periodName", period.periodName());
                    out.writeStringField("diaryNumber", period.diaryNumber());
                    out.writeNumberField("count", count);
                    out.writeArrayFieldStart("organisations");
                }

                @Override
                public void entry(JoinedRegister.Entry entry) throws IOException {
                    writer.writeValue(out, RegisterDocument.Organisation.of(entry));
                }
            });
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    @Operation(
            summary = "Anslutna organisationer (CSV)",
            description = "Samma innehåll som JSON. UTF-8 med byte order mark, semikolon som avgränsare, CRLF,"
                    + " datum som ÅÅÅÅ-MM-DD; öppnas direkt i Excel med svenska inställningar.")
    @ApiResponse(responseCode = "200", description = "Registret som CSV", content = @Content(mediaType = "text/csv"))
    @GetMapping(path = "/api/register.csv")
    void csv(@ParameterObject RegisterParameters parameters, HttpServletResponse response) throws IOException {
        RegisterCriteria criteria = register.criteria(parameters.asMap());
        Downloads.attachment(response, CsvFormat.MEDIA_TYPE, FILE_NAME + ".csv");
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            register.export(criteria, new JoinedRegister.Export() {
                @Override
                public void begin(long count) throws IOException {
                    CsvFormat.begin(out, RegisterTable.COLUMNS);
                }

                @Override
                public void entry(JoinedRegister.Entry entry) throws IOException {
                    CsvFormat.line(out, RegisterTable.row(entry));
                }
            });
        }
    }

    @Operation(summary = "Anslutna organisationer (Excel, XLSX)", description = "Samma innehåll som CSV.")
    @ApiResponse(
            responseCode = "200",
            description = "Registret som kalkylblad",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @GetMapping(path = "/api/register.xlsx")
    void xlsx(@ParameterObject RegisterParameters parameters, HttpServletResponse response) throws IOException {
        RegisterCriteria criteria = register.criteria(parameters.asMap());
        try (XlsxFormat.Writer sheet = new XlsxFormat.Writer(text("register.sheet"), RegisterTable.COLUMNS)) {
            register.export(criteria, new JoinedRegister.Export() {
                @Override
                public void begin(long count) {
                    // the sheet's heading row is written already; the autofilter follows the rows
                }

                @Override
                public void entry(JoinedRegister.Entry entry) {
                    sheet.row(RegisterTable.row(entry));
                }
            });
            Downloads.attachment(response, XlsxFormat.MEDIA_TYPE, FILE_NAME + ".xlsx");
            sheet.finish(response.getOutputStream());
        }
    }
}
