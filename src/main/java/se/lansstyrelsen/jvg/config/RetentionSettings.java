package se.lansstyrelsen.jvg.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Settings under {@code accession.retention.*}: how long personal data in finished cases is kept. */
@Component
@ConfigurationProperties(prefix = "accession.retention")
public class RetentionSettings {

  /** Days the history of a finished case (variables, tasks, activities) is kept before cleanup. */
  private int historyTimeToLiveDays = 365;

  public int getHistoryTimeToLiveDays() { return historyTimeToLiveDays; }
  public void setHistoryTimeToLiveDays(int historyTimeToLiveDays) { this.historyTimeToLiveDays = historyTimeToLiveDays; }
}
