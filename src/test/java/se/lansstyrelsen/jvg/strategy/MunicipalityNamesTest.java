package se.lansstyrelsen.jvg.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The county's 49 municipalities carry their official names (Swedish genitive: "Lerums kommun", "Ale
 * kommun", "Göteborgs Stad", "Mölndals stad"), in the data file and wherever a name is written out.
 */
class MunicipalityNamesTest {

    /** SCB code → official name, as in the shared domain notes. */
    private static final Map<String, String> OFFICIAL = new LinkedHashMap<>();

    static {
        String[][] rows = {
            {"1401", "Härryda kommun"}, {"1402", "Partille kommun"}, {"1407", "Öckerö kommun"},
            {"1415", "Stenungsunds kommun"}, {"1419", "Tjörns kommun"}, {"1421", "Orusts kommun"},
            {"1427", "Sotenäs kommun"}, {"1430", "Munkedals kommun"}, {"1435", "Tanums kommun"},
            {"1438", "Dals-Eds kommun"}, {"1439", "Färgelanda kommun"}, {"1440", "Ale kommun"},
            {"1441", "Lerums kommun"}, {"1442", "Vårgårda kommun"}, {"1443", "Bollebygds kommun"},
            {"1444", "Grästorps kommun"}, {"1445", "Essunga kommun"}, {"1446", "Karlsborgs kommun"},
            {"1447", "Gullspångs kommun"}, {"1452", "Tranemo kommun"}, {"1460", "Bengtsfors kommun"},
            {"1461", "Melleruds kommun"}, {"1462", "Lilla Edets kommun"}, {"1463", "Marks kommun"},
            {"1465", "Svenljunga kommun"}, {"1466", "Herrljunga kommun"}, {"1470", "Vara kommun"},
            {"1471", "Götene kommun"}, {"1472", "Tibro kommun"}, {"1473", "Töreboda kommun"},
            {"1480", "Göteborgs Stad"}, {"1481", "Mölndals stad"}, {"1482", "Kungälvs kommun"},
            {"1484", "Lysekils kommun"}, {"1485", "Uddevalla kommun"}, {"1486", "Strömstads kommun"},
            {"1487", "Vänersborgs kommun"}, {"1488", "Trollhättans stad"}, {"1489", "Alingsås kommun"},
            {"1490", "Borås Stad"}, {"1491", "Ulricehamns kommun"}, {"1492", "Åmåls kommun"},
            {"1493", "Mariestads kommun"}, {"1494", "Lidköpings kommun"}, {"1495", "Skara kommun"},
            {"1496", "Skövde kommun"}, {"1497", "Hjo kommun"}, {"1498", "Tidaholms kommun"},
            {"1499", "Falköpings kommun"}
        };
        for (String[] row : rows) {
            OFFICIAL.put(row[0], row[1]);
        }
    }

    @Test
    void shouldNameEveryMunicipalityOfTheCountyByItsOfficialName() throws IOException {
        JsonNode data = new ObjectMapper().readTree(new File("src/main/resources/strategy/municipalities.json"));
        Map<String, String> inFile = new LinkedHashMap<>();
        data.path("municipalities")
                .forEach(m -> inFile.put(
                        m.path("code").asText(), m.path("officialName").asText()));
        assertThat(OFFICIAL).hasSize(49);
        assertThat(inFile).containsExactlyInAnyOrderEntriesOf(OFFICIAL);
        data.path("municipalities")
                .forEach(m -> assertThat(m.path("officialName").asText())
                        .as("the short name is the start of the official one")
                        .startsWith(m.path("name").asText()));
    }

    @Test
    void shouldNotWriteAMunicipalityNameWithoutItsGenitiveAnywhere() throws IOException {
        // "Falköping kommun", "Lerum kommun", "Mölndal kommun": the short name without the genitive -s.
        JsonNode data = new ObjectMapper().readTree(new File("src/main/resources/strategy/municipalities.json"));
        List<String> wrong = new ArrayList<>();
        data.path("municipalities").forEach(m -> {
            String name = m.path("name").asText();
            String official = OFFICIAL.get(m.path("code").asText());
            if (official.startsWith(name + "s ")) {
                List.of(" kommun", " stad", " Stad").forEach(suffix -> wrong.add(name + suffix));
            }
        });
        assertThat(wrong).contains("Falköping kommun", "Lerum kommun", "Mölndal kommun", "Mölndal stad");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Stream.of(
                        Path.of("forms"), Path.of("src/main/resources"), Path.of("README.md"), Path.of("docs"))
                .flatMap(MunicipalityNamesTest::walk)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".png"))
                    .forEach(p -> {
                        String text = read(p);
                        wrong.stream().filter(text::contains).forEach(w -> found.add(p + ": " + w));
                    });
        }
        assertThat(found).isEmpty();
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.isDirectory(root) ? Files.walk(root).toList().stream() : Stream.of(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // not text
        }
    }
}
