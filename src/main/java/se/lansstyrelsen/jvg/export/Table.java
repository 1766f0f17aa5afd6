package se.lansstyrelsen.jvg.export;

import java.util.List;

/**
 * A table for export: Swedish column headings and rows of cells. A cell is a String, a
 * {@link java.time.LocalDate}, a {@link Number} or null (empty).
 */
public record Table(String title, List<Column> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        for (List<Object> row : rows) {
            requireWidth(row, columns.size());
        }
    }

    /** Fails unless the row has one cell per column. */
    static void requireWidth(List<Object> row, int columns) {
        if (row.size() != columns) {
            throw new IllegalArgumentException("Row with " + row.size() + " cells for " + columns + " columns");
        }
    }

    /** A column's heading and its width in characters (for XLSX). */
    public record Column(String heading, int width) {}
}
