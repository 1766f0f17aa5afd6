package se.lansstyrelsen.jvg.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.lansstyrelsen.jvg.config.ClockConfig;

/**
 * /intern/export/arenden.csv and .xlsx: the case list for caseworkers, managers and administrators (the
 * webapps' login or HTTP Basic, see WebSecurity). The file name carries the day of the export.
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
  ResponseEntity<byte[]> csv() {
    return Downloads.attachment(CsvFormat.write(cases.table()), CsvFormat.MEDIA_TYPE, fileName() + ".csv");
  }

  @Operation(summary = "Ärendelistan som Excel (XLSX)")
  @ApiResponse(responseCode = "200",
      content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
  @GetMapping("/intern/export/arenden.xlsx")
  ResponseEntity<byte[]> xlsx() {
    return Downloads.attachment(XlsxFormat.write(cases.table(), "Ärenden"), XlsxFormat.MEDIA_TYPE, fileName() + ".xlsx");
  }

  private String fileName() {
    return "anslutningsarenden-" + LocalDate.ofInstant(clock.instant(), ClockConfig.SWEDEN);
  }
}
