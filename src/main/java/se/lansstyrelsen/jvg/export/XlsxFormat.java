package se.lansstyrelsen.jvg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.MediaType;

/**
 * XLSX with Apache POI's streaming workbook (a window of 200 rows in memory, so 100,000 rows stay small):
 * bold heading row that stays in view, an autofilter, dates as real dates (yyyy-mm-dd), numbers as numbers,
 * texts always as text cells (never formulas).
 */
public final class XlsxFormat {

  public static final MediaType MEDIA_TYPE =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private XlsxFormat() {}

  public static byte[] write(Table table, String sheetName) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      Sheet sheet = workbook.createSheet(sheetName);
      CellStyle heading = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      heading.setFont(bold);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle text = workbook.createCellStyle();
      text.setWrapText(true);

      Row head = sheet.createRow(0);
      for (int c = 0; c < table.columns().size(); c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(table.columns().get(c).heading());
        cell.setCellStyle(heading);
        sheet.setColumnWidth(c, Math.min(255, table.columns().get(c).width()) * 256);
      }
      int r = 1;
      for (List<Object> values : table.rows()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
          } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(text);
          }
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, table.columns().size() - 1));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException ignored) {
        // nothing to release beyond the temporary files dispose() removed
      }
    }
  }
}
