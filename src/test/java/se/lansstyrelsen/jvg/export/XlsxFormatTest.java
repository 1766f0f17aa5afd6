package se.lansstyrelsen.jvg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streaming XLSX writer: many more rows than its window, read back whole with Swedish letters. */
class XlsxFormatTest {

    private static final List<Table.Column> COLUMNS =
            List.of(new Table.Column("Målområde", 20), new Table.Column("Ansluten", 12), new Table.Column("Dagar", 8));

    @Test
    void shouldWriteEveryRowBeyondTheWindowWithHeadingsDatesNumbersAndAFilterOverAll() throws Exception {
        int rows = XlsxFormat.WINDOW * 5 + 7;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxFormat.Writer writer = new XlsxFormat.Writer("Ärenden", COLUMNS)) {
            for (int i = 1; i <= rows; i++) {
                writer.row(Arrays.asList(
                        "Åsa, Ärla och Öja " + i,
                        LocalDate.of(2026, 1, 1).plusDays(i),
                        i % 2 == 0 ? null : (Object) (long) i));
            }
            writer.finish(out);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Ärenden");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            XSSFRow head = sheet.getRow(0);
            assertThat(List.of(
                            head.getCell(0).getStringCellValue(),
                            head.getCell(1).getStringCellValue(),
                            head.getCell(2).getStringCellValue()))
                    .containsExactly("Målområde", "Ansluten", "Dagar");
            assertThat(head.getCell(0).getCellStyle().getFont().getBold())
                    .as("bold headings")
                    .isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold())
                    .isFalse();
            for (int i : List.of(1, XlsxFormat.WINDOW, XlsxFormat.WINDOW + 1, rows)) {
                Row row = sheet.getRow(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Åsa, Ärla och Öja " + i);
                assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.of(2026, 1, 1).plusDays(i));
                assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
                if (i % 2 == 0) {
                    assertThat(row.getCell(2)).as("an empty cell for null").isNull();
                } else {
                    assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(i);
                }
            }
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C" + (rows + 1));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void shouldRefuseARowWithTheWrongNumberOfCells() {
        try (XlsxFormat.Writer writer = new XlsxFormat.Writer("Blad", COLUMNS)) {
            assertThatThrownBy(() -> writer.row(List.of("bara en cell")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Row with 1 cells for 3 columns");
        }
    }
}
