package se.lansstyrelsen.jvg.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.config.AccessionSettings;

/** The county's 49 municipalities, read from the data file named by {@code accession.municipalities}. */
@Component
public class MunicipalityDirectory {

  private final List<Municipality> municipalities;

  MunicipalityDirectory(ResourceLoader resources, ObjectMapper json, AccessionSettings settings) {
    try (InputStream in = resources.getResource(settings.getMunicipalities()).getInputStream()) {
      List<Municipality> list = new ArrayList<>();
      for (JsonNode m : json.readTree(in).required("municipalities")) {
        list.add(new Municipality(m.required("code").asText(), m.required("name").asText(),
            m.required("officialName").asText()));
      }
      this.municipalities = List.copyOf(list);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read municipalities", e);
    }
  }

  public List<Municipality> all() {
    return municipalities;
  }

  public Optional<Municipality> byCode(String code) {
    return municipalities.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  /** A municipality with its SCB code. */
  public record Municipality(String code, String name, String officialName) {}
}
