package se.lansstyrelsen.jvg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    @Test
    void shouldWriteBomSemicolonsCrlfAndQuoteOnlyWhereNeeded() {
        Table table = new Table(
                "t",
                List.of(new Table.Column("Namn", 10), new Table.Column("Datum", 10), new Table.Column("Dagar", 5)),
                List.of(
                        Arrays.asList("Åmåls kommun", LocalDate.of(2026, 3, 10), 12L),
                        Arrays.asList("A; B \"C\"", null, null),
                        Arrays.asList("rad ett\nrad två", LocalDate.of(2026, 1, 1), 0L)));
        byte[] csv = CsvFormat.write(table);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Namn;Datum;Dagar\r\n"
                        + "Åmåls kommun;2026-03-10;12\r\n"
                        + "\"A; B \"\"C\"\"\";;\r\n"
                        + "\"rad ett\nrad två\";2026-01-01;0\r\n");
    }

    @Test
    void shouldNeverLetATypedTextStartAFormula() {
        for (String text : List.of("=1+1", "+46 31", "-2", "@SUM(A1)", "\tx")) {
            assertThat(CsvFormat.field(text)).as(text).startsWith("'");
        }
        assertThat(CsvFormat.field("=A1;B1")).isEqualTo("\"'=A1;B1\"");
        assertThat(CsvFormat.field(-2L)).as("numbers stay numbers").isEqualTo("-2");
        assertThat(CsvFormat.field("Borås Stad")).isEqualTo("Borås Stad");
    }
}
