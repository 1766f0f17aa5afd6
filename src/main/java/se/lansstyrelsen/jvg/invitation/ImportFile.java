package se.lansstyrelsen.jvg.invitation;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.lansstyrelsen.jvg.form.InputText;

/**
 * Reads a caseworker's list of organisations: CSV (UTF-8, separator ; or ,, quotes as Excel writes them) or XLSX
 * (first sheet). The first row names the columns: namn, organisationsnummer, typ, kommunkod, e-post (any order;
 * namn and typ are required).
 */
final class ImportFile {

    static final int MAX_ROWS = 2000;

    private ImportFile() {}

    /** Rows of the file with their line numbers, header and blank lines removed. */
    static List<EligibleOrganisations.Line> read(String fileName, byte[] content) {
        List<List<String>> table =
                fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(content) : csv(content);
        if (table.isEmpty()) {
            throw refused(text("invitation.import.empty"));
        }
        if (table.size() > MAX_ROWS + 1) {
            throw refused(text("invitation.import.too-many-rows", MAX_ROWS));
        }
        List<String> header = table.get(0).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""))
                .toList();
        int name = column(header, "namn");
        int type = column(header, "typ");
        if (name < 0 || type < 0) {
            throw refused(text("invitation.import.missing-columns"));
        }
        int number = column(header, "organisationsnummer", "orgnr");
        int code = column(header, "kommunkod");
        int email = column(header, "e-post", "epost", "e-postadress");
        List<EligibleOrganisations.Line> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> line = table.get(i);
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new EligibleOrganisations.Line(
                    i + 1,
                    new EligibleOrganisations.Row(
                            cell(line, name),
                            cell(line, number),
                            cell(line, type),
                            cell(line, code),
                            cell(line, email))));
        }
        return rows;
    }

    private static EligibleOrganisations.Refused refused(String problem) {
        return new EligibleOrganisations.Refused(List.of(problem));
    }

    private static int column(List<String> header, String... names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> line, int column) {
        return column < 0 || column >= line.size() ? null : line.get(column);
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.forLanguageTag("sv-SE"));
            List<List<String>> table = new ArrayList<>();
            for (Row row : sheet) {
                while (table.size() < row.getRowNum()) {
                    table.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        // Without evaluating it (which we do not do with an uploaded file) POI gives the formula's
                        // text, not
                        // what Excel shows: "=1/0" would be imported as the name "1/0".
                        throw new FormulaCell(
                                row.getRowNum() + 1, new org.apache.poi.ss.util.CellReference(cell).formatAsString());
                    }
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                table.add(cells);
            }
            return table;
        } catch (FormulaCell f) {
            throw refused(text("invitation.import.formula", f.row, f.cell));
        } catch (IOException | RuntimeException e) {
            throw refused(text("invitation.import.not-xlsx"));
        }
    }

    /** A formula in an uploaded sheet (refused, see xlsx()). */
    private static final class FormulaCell extends RuntimeException {
        private final int row;
        private final String cell;

        FormulaCell(int row, String cell) {
            super(null, null, false, false);
            this.row = row;
            this.cell = cell;
        }
    }

    private static List<List<String>> csv(byte[] content) {
        String text;
        text = InputText.strictUtf8(content).orElseThrow(() -> refused(text("invitation.import.not-utf8")));
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<List<String>> table = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == separator) {
                line.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(field.toString());
                field.setLength(0);
                table.add(line);
                line = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (!field.isEmpty() || !line.isEmpty()) {
            line.add(field.toString());
            table.add(line);
        }
        return table;
    }
}
