package se.lansstyrelsen.jvg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * XLSX with Apache POI's streaming workbook: only a window of {@link #WINDOW} rows is held in memory, the rest is
 * flushed to a compressed temporary file as the rows arrive, and the finished workbook is zipped straight into the
 * caller's stream (the response), so 100,000 rows stay small. Bold heading row that stays in view, an autofilter,
 * dates as real dates (yyyy-mm-dd), numbers as numbers, texts always as text cells (never formulas).
 */
public final class XlsxFormat {

    public static final MediaType MEDIA_TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Rows kept in memory while a sheet is written. */
    static final int WINDOW = 100;

    private XlsxFormat() {}

    /** A whole table as the bytes of a workbook (for small tables). */
    public static byte[] write(Table table, String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new Writer(sheetName, table.columns())) {
            for (List<Object> row : table.rows()) {
                writer.row(row);
            }
            writer.finish(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A sheet written row by row: {@link #row} for each row as it is read, then {@link #finish} once with the
     * stream the workbook goes to; {@link #close} removes the temporary file whatever happened.
     */
    public static final class Writer implements AutoCloseable {

        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final Sheet sheet;
        private final int columns;
        private final CellStyle date;
        private final CellStyle text;
        private int next = 1;

        public Writer(String sheetName, List<Table.Column> columns) {
            this.columns = columns.size();
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet(sheetName);
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            text = workbook.createCellStyle();
            text.setWrapText(true);

            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).heading());
                cell.setCellStyle(heading);
                sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
            }
        }

        /** The next row: one cell per column (String, LocalDate, Number or null for an empty cell). */
        public void row(List<Object> values) {
            Table.requireWidth(values, columns);
            Row row = sheet.createRow(next++);
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

        /** Freezes the heading, sets the autofilter over all rows and writes the workbook to {@code out}. */
        public void finish(OutputStream out) throws IOException {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns - 1));
            workbook.write(out);
        }

        @Override
        public void close() {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // nothing to release beyond the temporary file dispose() removed
            }
        }
    }
}
