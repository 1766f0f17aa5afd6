package se.lansstyrelsen.jvg.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.JSON;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.abbreviate;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.body;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.corpus;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.list;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.problemText;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lansstyrelsen.jvg.support.PublicClient;

/**
 * A hostile-input test's checks: a refused input gets a 4xx with a Swedish message, never a 5xx. What is wrong is
 * collected (one test reports all of it at once), and every outcome is counted by endpoint for the class's report.
 */
final class HostileChecks {

    private final Pattern swedish;
    private final Map<String, Map<String, Integer>> outcomes;
    private final List<String> failures = new ArrayList<>();

    /**
     * @param swedish a message a person reads in Swedish matches it
     * @param outcomes the test class's outcomes by endpoint, e.g. "POST /api/accessions" → {"400": 180, "201": 20}
     */
    HostileChecks(Pattern swedish, Map<String, Map<String, Integer>> outcomes) {
        this.swedish = swedish;
        this.outcomes = outcomes;
    }

    void count(String endpoint, String outcome) {
        synchronized (outcomes) {
            outcomes.computeIfAbsent(endpoint, e -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
        }
    }

    void fail(String failure) {
        failures.add(failure);
    }

    /** Counts the outcome; a failure unless it is a 4xx whose message is Swedish and names no exception. */
    void expectRefused(String endpoint, Map<String, Object> entry, HttpResponse<String> r, String message) {
        count(endpoint, String.valueOf(r.statusCode()));
        if (r.statusCode() < 400 || r.statusCode() >= 500) {
            fail(endpoint + " – " + entry.get("note") + ": " + r.statusCode() + " " + abbreviate(r.body()));
        } else if (message == null || !swedish.matcher(message).find() || message.contains("Exception")) {
            fail(endpoint + " – " + entry.get("note") + ": no Swedish message: " + abbreviate(r.body()));
        }
    }

    /** Every broken body of bodies.json as JSON, then the valid body under every content type of content-types.json. */
    void sendBodiesAndContentTypes(PublicClient client, String endpoint, String path, Map<String, Object> valid)
            throws Exception {
        for (Map<String, Object> b : corpus("bodies.json")) {
            HttpResponse<String> r = client.post(path, "application/json", body(b));
            expectRefused(endpoint + " (bodies)", Map.of("note", "body: " + b.get("note")), r, problemText(r));
        }
        String json = JSON.writeValueAsString(valid);
        for (String type : list("content-types.json")) {
            HttpResponse<String> r = client.post(path, type, json);
            expectRefused(endpoint + " (content types)", Map.of("note", "content type " + type), r, problemText(r));
        }
    }

    void assertNoFailures() {
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    /** Rows in each of the tables (a refused input must leave them all as they were). */
    static Map<String, Long> rowCounts(JdbcTemplate jdbc, List<String> tables) {
        Map<String, Long> c = new TreeMap<>();
        for (String table : tables) {
            c.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return c;
    }

    /** Prints the outcomes by endpoint and writes them to target/NAME-DATABASE.txt. */
    static void report(Map<String, Map<String, Integer>> outcomes, String heading, int width, String name)
            throws Exception {
        StringBuilder text = new StringBuilder(heading + "\n");
        outcomes.forEach((endpoint, counts) -> text.append(String.format("%-" + width + "s %s%n", endpoint, counts)));
        System.out.print(text);
        Path out = Path.of("target", name + "-" + System.getProperty("jvg.test.database", "h2") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
