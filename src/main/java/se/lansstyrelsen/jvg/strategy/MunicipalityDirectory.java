package se.lansstyrelsen.jvg.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        List<Municipality> list = new ArrayList<>();
        for (JsonNode m : DataFile.read(resources, json, settings.getMunicipalities(), "municipalities")
                .required("municipalities")) {
            list.add(new Municipality(
                    m.required("code").asText(),
                    m.required("name").asText(),
                    m.required("officialName").asText()));
        }
        this.municipalities = List.copyOf(list);
    }

    public List<Municipality> all() {
        return municipalities;
    }

    public Optional<Municipality> byCode(String code) {
        return municipalities.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** The official name ("Göteborgs Stad") of the municipality with {@code code}; empty for null or an unknown code. */
    public Optional<String> officialNameOf(String code) {
        return code == null ? Optional.empty() : byCode(code).map(Municipality::officialName);
    }

    /** A municipality with its SCB code. */
    public record Municipality(String code, String name, String officialName) {}
}
