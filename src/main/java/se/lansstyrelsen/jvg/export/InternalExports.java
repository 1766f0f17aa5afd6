package se.lansstyrelsen.jvg.export;

import static se.lansstyrelsen.jvg.config.Texts.text;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.lansstyrelsen.jvg.config.ClockConfig;

/**
 * /intern/export/arenden.csv and .xlsx: the case list for caseworkers, managers and administrators (the
 * webapps' login or HTTP Basic, see WebSecurity). The file name carries the day of the export. Both are written
 * while the cases are read: CSV straight to the response, XLSX with a window of rows in memory.
 */
@RestController
@Tag(name = "Interna exporter", description = "Ärendelistan för handläggare och chefer (kräver inloggning)")
@SecurityRequirement(name = "camunda")
class InternalExports {

    private final CaseList cases;
    private final Clock clock;

    InternalExports(CaseList cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Operation(summary = "Ärendelistan som CSV (UTF-8 med BOM, semikolon)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @GetMapping("/intern/export/arenden.csv")
    void csv(HttpServletResponse response) throws IOException {
        Downloads.attachment(response, CsvFormat.MEDIA_TYPE, fileName() + ".csv");
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            CsvFormat.begin(out, CaseList.COLUMNS);
            cases.forEach(row -> CsvFormat.line(out, row));
        }
    }

    @Operation(summary = "Ärendelistan som Excel (XLSX)")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @GetMapping("/intern/export/arenden.xlsx")
    void xlsx(HttpServletResponse response) throws IOException {
        try (XlsxFormat.Writer sheet = new XlsxFormat.Writer(text("export.cases.sheet"), CaseList.COLUMNS)) {
            cases.forEach(sheet::row);
            Downloads.attachment(response, XlsxFormat.MEDIA_TYPE, fileName() + ".xlsx");
            sheet.finish(response.getOutputStream());
        }
    }

    private String fileName() {
        return "anslutningsarenden-" + LocalDate.ofInstant(clock.instant(), ClockConfig.SWEDEN);
    }
}
