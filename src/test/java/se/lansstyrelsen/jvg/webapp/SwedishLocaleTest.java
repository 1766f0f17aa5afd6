package se.lansstyrelsen.jvg.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Swedish locale files of the Camunda webapps against the English ones in Camunda's webjar (read from the
 * classpath, so a Camunda upgrade is compared against its own labels): the same keys at every level, no extra
 * ones, and every placeholder and HTML tag of an English label also in the Swedish one. Cockpit's file is
 * translated on its own; it is checked here as soon as it exists.
 */
class SwedishLocaleTest {

    static final String APP = "META-INF/resources/webjars/camunda/app/";
    static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
    /** {{ expression }} of angular-translate, and %d / %s of moment's relative times. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}|%[sd]");

    private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*(a|b|br|code|em|i|p|span|strong)\\b[^>]*>");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names of products, applications and Java types, and words that are the same in Swedish. */
    private static final java.util.Set<String> SAME_IN_SWEDISH = java.util.Set.of(
            "Camunda",
            "Tasklist",
            "Cockpit",
            "Admin",
            "Optimize",
            "Filter",
            "Diagram",
            "Operator",
            "System",
            "Information",
            "Batch",
            "OK",
            "GLOBAL",
            "Double",
            "Integer",
            "Long",
            "Short",
            "String",
            "Null",
            "<null>",
            "Boolean",
            "CSV",
            "JSON",
            "Camunda Cockpit",
            // Cockpit's labels that read the same in Swedish:
            "Element",
            "Max",
            "Min",
            "Maximum:",
            "Minimum:",
            "Period:",
            "Status",
            "Version",
            "Version:",
            "batch",
            "null",
            "process",
            "<definition>",
            "<version>",
            "Incident : ID");

    static Stream<String> appsWithSwedish() {
        return APPS.stream().filter(app -> resource(app, "sv.json") != null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome"})
    void shouldHaveASwedishLocaleForTheAppsWeTranslate(String app) {
        assertThat(resource(app, "sv.json")).as(app + "/locales/sv.json").isNotNull();
        assertThat(resource(app, "en.json"))
                .as("Camunda's " + app + "/locales/en.json on the classpath")
                .isNotNull();
    }

    @ParameterizedTest
    @MethodSource("appsWithSwedish")
    void shouldHaveExactlyTheKeysOfTheEnglishLocale(String app) throws IOException {
        JsonNode english = read(app, "en.json");
        JsonNode swedish = read(app, "sv.json");
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        compareKeys("", english, swedish, missing, extra);
        assertThat(missing)
                .as(app + ": labels of Camunda's en.json not translated in sv.json")
                .isEmpty();
        assertThat(extra)
                .as(app + ": labels in sv.json that Camunda's en.json does not have")
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("appsWithSwedish")
    void shouldKeepEveryPlaceholderAndHtmlTag(String app) throws IOException {
        Map<String, String> english = leaves(read(app, "en.json"));
        Map<String, String> swedish = leaves(read(app, "sv.json"));
        List<String> broken = new ArrayList<>();
        english.forEach((key, value) -> {
            String translated = swedish.get(key);
            if (translated == null) {
                return; // reported by the key comparison
            }
            if (!tokens(PLACEHOLDER, value).equals(tokens(PLACEHOLDER, translated))) {
                broken.add(key + ": placeholders " + tokens(PLACEHOLDER, value) + " but "
                        + tokens(PLACEHOLDER, translated));
            }
            if (!tokens(HTML_TAG, value).equals(tokens(HTML_TAG, translated))) {
                broken.add(key + ": HTML " + tokens(HTML_TAG, value) + " but " + tokens(HTML_TAG, translated));
            }
            if (!value.isBlank() && translated.isBlank()) {
                broken.add(key + ": empty translation");
            }
        });
        assertThat(broken).as(app).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("appsWithSwedish")
    void shouldNotLeaveEnglishTextsUntranslated(String app) throws IOException {
        Map<String, String> english = leaves(read(app, "en.json").path("labels"));
        Map<String, String> swedish = leaves(read(app, "sv.json").path("labels"));
        List<String> same = english.entrySet().stream()
                .filter(e ->
                        e.getValue().matches(".*[A-Za-z]{3,}.*") && e.getValue().equals(swedish.get(e.getKey())))
                .filter(e -> !SAME_IN_SWEDISH.contains(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(same).as(app + ": labels still in English").isEmpty();
    }

    @Test
    void shouldMakeSwedishTheDefaultLocaleOfEveryWebapp() throws IOException {
        for (String app : APPS) {
            String config = text(APP + app + "/scripts/config.js");
            assertThat(config)
                    .as(app + "/scripts/config.js")
                    .containsPattern("availableLocales:\\s*\\['sv'\\]")
                    .containsPattern("fallbackLocale:\\s*'sv'");
        }
        assertThat(text(APP + "tasklist/scripts/config.js"))
                .containsPattern("customScripts: \\[[^]]*'scripts/swedish-forms'");
        assertThat(getClass().getClassLoader().getResource(APP + "tasklist/scripts/swedish-forms.js"))
                .isNotNull();
    }

    @Test
    void shouldHideTheMigrationBannerInEveryWebapp() throws IOException {
        for (String app : APPS) {
            assertThat(text(APP + app + "/styles/user-styles.css"))
                    .as(app + "/styles/user-styles.css")
                    .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none;");
        }
    }

    private static void compareKeys(
            String path, JsonNode english, JsonNode swedish, List<String> missing, List<String> extra) {
        if (english.isObject()) {
            if (!swedish.isObject()) {
                missing.add(path + " (object expected)");
                return;
            }
            for (Iterator<String> names = english.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (swedish.has(name)) {
                    compareKeys(path + "/" + name, english.get(name), swedish.get(name), missing, extra);
                } else {
                    missing.add(path + "/" + name);
                }
            }
            for (Iterator<String> names = swedish.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!english.has(name)) {
                    extra.add(path + "/" + name);
                }
            }
        } else if (english.isArray()) {
            if (!swedish.isArray() || swedish.size() != english.size()) {
                missing.add(path + " (array of " + english.size() + " expected)");
            }
        } else if (english.isTextual() && !swedish.isTextual()) {
            missing.add(path + " (text expected)");
        }
    }

    /** Every text of the file by its path; array elements by index. */
    private static Map<String, String> leaves(JsonNode node) {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        collect("", node, result);
        return result;
    }

    private static void collect(String path, JsonNode node, Map<String, String> result) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(path + "/" + e.getKey(), e.getValue(), result));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), result);
            }
        } else if (node.isTextual()) {
            result.put(path, node.asText());
        }
    }

    private static TreeSet<String> tokens(Pattern pattern, String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1) != null ? m.group(1).replaceAll("\\s+", "") : m.group());
        }
        return found;
    }

    private static URL resource(String app, String file) {
        return SwedishLocaleTest.class.getClassLoader().getResource(APP + app + "/locales/" + file);
    }

    private static JsonNode read(String app, String file) throws IOException {
        return JSON.readTree(stripBom(text(APP + app + "/locales/" + file)));
    }

    private static String text(String path) throws IOException {
        try (InputStream in = SwedishLocaleTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Camunda's locale files start with a UTF-8 byte order mark. */
    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
