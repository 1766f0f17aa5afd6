package se.lansstyrelsen.jvg.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;

/**
 * CSV as Excel reads it in a Swedish locale: UTF-8 with a byte order mark (so å, ä, ö come out right),
 * semicolon as separator (Swedish Excel's list separator; the comma is the decimal sign), CRLF line ends,
 * fields quoted as RFC 4180 says when they contain the separator, a quote or a line break. Dates ISO 8601.
 * A text that would start a formula in a spreadsheet (=, +, -, @, tab, carriage return) gets a leading
 * apostrophe, so a name typed into a public form never runs as a formula on a caseworker's machine.
 */
public final class CsvFormat {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final char SEPARATOR = ';';

    private CsvFormat() {}

    public static byte[] write(Table table) {
        StringBuilder out = new StringBuilder();
        try {
            begin(out, table.columns());
            for (List<Object> row : table.rows()) {
                line(out, row);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A StringBuilder does not fail", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the byte order mark (U+FEFF, to a UTF-8 writer) and the heading line; then each row with
     * {@link #line}: for a table written while it is read.
     */
    public static void begin(Appendable out, List<Table.Column> columns) throws java.io.IOException {
        out.append('\uFEFF');
        line(out, columns.stream().map(c -> (Object) c.heading()).toList());
    }

    /** One row, with CRLF. */
    public static void line(Appendable out, List<Object> cells) throws java.io.IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number || cell instanceof LocalDate) {
            return cell.toString();
        }
        String text = cell.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(SEPARATOR) >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
