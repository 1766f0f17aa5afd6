package se.lansstyrelsen.jvg.register;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.lansstyrelsen.jvg.export.Table;

/** The public register as a table for CSV and XLSX: the same columns as the page, no personal data. */
final class RegisterTable {

    static final List<Table.Column> COLUMNS = List.of(
            new Table.Column(text("register.column.organisation"), 40),
            new Table.Column(text("register.column.organisation-number"), 20),
            new Table.Column(text("register.column.type"), 18),
            new Table.Column(text("register.column.municipality"), 20),
            new Table.Column(text("register.column.joined-on"), 12),
            new Table.Column(text("register.column.goal-areas"), 50),
            new Table.Column(text("register.column.goals"), 100),
            new Table.Column(text("register.column.goal-codes"), 30));

    private RegisterTable() {}

    /** One organisation's row. */
    static List<Object> row(JoinedRegister.Entry e) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(e.organisationName());
        row.add(e.organisationNumber());
        row.add(e.organisationTypeLabel());
        row.add(e.municipalityName());
        row.add(e.joinedOn());
        row.add(String.join(" | ", e.goalAreas()));
        row.add(e.goals().stream().map(JoinedRegister.Goal::line).collect(Collectors.joining(" | ")));
        row.add(e.goals().stream().map(JoinedRegister.Goal::code).collect(Collectors.joining(", ")));
        return row;
    }
}
