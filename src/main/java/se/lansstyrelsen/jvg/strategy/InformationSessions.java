package se.lansstyrelsen.jvg.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.config.AccessionSettings;

/** Länsstyrelsen's digital information sessions (data file {@code accession.information-sessions}). */
@Component
public class InformationSessions {

  private final List<Session> sessions;
  private final String moreInformationUrl;
  private final Clock clock;

  InformationSessions(ResourceLoader resources, ObjectMapper json, AccessionSettings settings, Clock clock) {
    this.clock = clock;
    try (InputStream in = resources.getResource(settings.getInformationSessions()).getInputStream()) {
      JsonNode root = json.readTree(in);
      List<Session> list = new ArrayList<>();
      for (JsonNode s : root.path("sessions")) {
        list.add(new Session(LocalDate.parse(s.required("date").asText()), s.path("title").asText("Informationsträff")));
      }
      this.sessions = List.copyOf(list);
      this.moreInformationUrl = root.path("moreInformationUrl").asText("");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read information sessions", e);
    }
  }

  /** Sessions from today on, in date order. */
  public List<Session> upcoming() {
    LocalDate today = LocalDate.now(clock);
    return sessions.stream().filter(s -> !s.date().isBefore(today))
        .sorted((a, b) -> a.date().compareTo(b.date())).toList();
  }

  public String moreInformationUrl() {
    return moreInformationUrl;
  }

  /** One information session. */
  public record Session(LocalDate date, String title) {}
}
