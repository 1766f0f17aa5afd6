package se.lansstyrelsen.jvg.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ResourceLoader;

/** Reads one of the strategy's JSON data files (goal catalogue, municipalities) from the location a setting names. */
final class DataFile {

    private DataFile() {}

    /** The file's JSON; a file that cannot be read stops the start-up, naming {@code what} and where. */
    static JsonNode read(ResourceLoader resources, ObjectMapper json, String location, String what) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what + " " + location, e);
        }
    }
}
