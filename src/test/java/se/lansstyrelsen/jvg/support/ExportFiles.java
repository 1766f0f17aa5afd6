package se.lansstyrelsen.jvg.support;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reading the application's exports back in tests. */
public final class ExportFiles {

    private ExportFiles() {}

    /** The records of a CSV export (semicolons, a header row) after its three-byte UTF-8 byte order mark. */
    public static List<CSVRecord> csvRecords(byte[] csv) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
    }
}
