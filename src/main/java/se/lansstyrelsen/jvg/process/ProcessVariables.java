package se.lansstyrelsen.jvg.process;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Form data as plain Java values: Camunda Forms submit checklists as Json (Spin) values, booleans as Boolean,
 * dates as ISO strings; this turns the Json into lists and maps. One variable is read with its type through
 * {@link ProcessVariable}.
 */
final class ProcessVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProcessVariables() {}

    /** The variables as plain values: Json lists become List<String>, everything else stays. */
    static Map<String, Object> plain(Map<String, Object> variables) {
        Map<String, Object> out = new LinkedHashMap<>();
        variables.forEach((k, v) -> out.put(k, plainValue(v)));
        return out;
    }

    static Object plainValue(Object v) {
        if (v instanceof SpinJsonNode node) {
            return fromJson(node.toString());
        }
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        return v;
    }

    private static Object fromJson(String json) {
        try {
            Object parsed = JSON.readValue(json, new TypeReference<Object>() {});
            return parsed instanceof List<?> list ? new ArrayList<>(list) : parsed;
        } catch (Exception e) {
            return json;
        }
    }
}
