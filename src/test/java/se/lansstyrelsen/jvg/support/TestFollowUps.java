package se.lansstyrelsen.jvg.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/** The yearly follow-up's public form in tests: its prefilled goals and a valid answer to them. */
public final class TestFollowUps {

    private TestFollowUps() {}

    /** A joined organisation's case: its number and its row's id, which a follow-up is created for. */
    public record Joined(String caseNumber, long accessionId) {}

    /** Accession n driven through review and registration, so that its organisation has joined. */
    public static Joined joined(ProcessEngine engine, JdbcTemplate jdbc, int n) {
        AccessionDriver driver = new AccessionDriver(engine);
        String caseNumber = driver.caseNumber(driver.driveToRegistered(n));
        long accessionId =
                jdbc.queryForObject("select id from accession where case_number = ?", Long.class, caseNumber);
        return new Joined(caseNumber, accessionId);
    }

    /** The goals the form behind the token asks about, as GET /api/follow-ups/{token} prefills them. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> goals(PublicClient client, String token) throws Exception {
        Map<String, Object> data = (Map<String, Object>)
                PublicClient.json(client.get("/api/follow-ups/" + token)).get("data");
        return (List<Map<String, Object>>) data.get("goals");
    }

    /** An answer to every goal ("done" as given, "changed" and "supportWanted" filled in), the contact unchanged. */
    public static Map<String, Object> answers(int goals, String done, String supportWanted) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < goals; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("done", done);
            row.put("changed", "Fler analyser görs");
            row.put("supportWanted", supportWanted);
            rows.add(row);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("goals", rows);
        body.put("contactChanged", false);
        return body;
    }
}
