package se.lansstyrelsen.jvg.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Settings under {@code accession.retention.*}: how long personal data in finished cases is kept. */
@Component
@ConfigurationProperties(prefix = "accession.retention")
public class RetentionSettings {

    /** Days the history of a finished case (variables, tasks, activities) is kept before cleanup. */
    private int historyTimeToLiveDays = 365;
    /**
     * Days the contact person of a case that ended without joining (rejected, not completed, withdrawn) is
     * kept in the case before it is erased. Joined organisations keep their contact person (Länsstyrelsen's
     * follow-up needs it) until it is erased on request.
     */
    private int closedCaseContactDays = 365;

    public int getHistoryTimeToLiveDays() {
        return historyTimeToLiveDays;
    }

    public int getClosedCaseContactDays() {
        return closedCaseContactDays;
    }

    public void setClosedCaseContactDays(int closedCaseContactDays) {
        this.closedCaseContactDays = closedCaseContactDays;
    }

    public void setHistoryTimeToLiveDays(int historyTimeToLiveDays) {
        this.historyTimeToLiveDays = historyTimeToLiveDays;
    }
}
