package se.lansstyrelsen.jvg.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Swedish texts that Java code produces live in messages.properties (as PetClinic keeps its texts in bundles):
 * every key the code asks for exists, every key in the bundle is asked for, and no main class outside a short list
 * of data classes writes Swedish text as a literal. The main sources are read as text, comments left out.
 */
class MessagesTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** A call of Texts.text with a literal key (or a literal key prefix ending in "." followed by "+"). */
    private static final Pattern TEXT_CALL = Pattern.compile("\\btext\\(\\s*\"([^\"]+)\"");

    /** A message expression in a Thymeleaf template. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]*)");

    private static final Pattern SWEDISH = Pattern.compile("[åäöÅÄÖ]");

    /**
     * Main classes that may still hold Swedish literals, each for a reason: data rather than interface text
     * (the demo sample set, the demo users' names), or springdoc annotation values, which must be compile-time
     * constants. Paths are relative to se/lansstyrelsen/jvg.
     */
    static final Set<String> SWEDISH_LITERALS_ALLOWED = Set.of(
            // bench
            "bench/SyntheticCases.java", // synthetic benchmark data (contact titles, planned work, goals), not
            // interface
            // text

            // config
            "config/DemoUsers.java", // the demo users' names (data); the log banner's text is in the bundle

            // export
            "export/InternalExports.java", // springdoc @Tag/@Operation texts: annotation values must be constants

            // invitation
            "invitation/DemoContactAddresses.java", // demo data: the made-up addresses' mark in the source column, a
            // log line
            "invitation/EligibleOrganisationSeed.java", // seed data: where the seeded municipalities come from

            // overview
            "overview/SampleData.java", // demo sample set: the sample cases' review comments and reasons
            "overview/SampleForms.java", // demo sample set: the sample organisations' forms (titles, goals, slugs)

            // register
            "register/PublicRegisterApi.java", // springdoc @Tag/@Operation/@Schema texts must be compile-time constants
            "register/RegisterParameters.java", // springdoc @Parameter descriptions must be compile-time constants
            "register/RegisterDocument.java", // springdoc @Schema descriptions and examples must be compile-time
            // constants

            // session
            "session/SampleSessions.java"); // demo data: the sample sessions' titles and a log line

    @Test
    void shouldFindEveryKeyTheCodeAsksForInTheBundle() {
        Set<String> missing = new TreeSet<>();
        Set<String> keys = bundle().stringPropertyNames();
        for (String used : keysUsedInCode()) {
            boolean found = used.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(used)) : keys.contains(used);
            if (!found) {
                missing.add(used);
            }
        }
        assertThat(missing)
                .as("keys asked for in src/main but missing in messages.properties")
                .isEmpty();
    }

    @Test
    void shouldUseEveryKeyOfTheBundle() {
        Set<String> used = keysUsedInCode();
        Set<String> unused = new TreeSet<>();
        for (String key : bundle().stringPropertyNames()) {
            boolean isUsed = used.contains(key) || used.stream().anyMatch(u -> u.endsWith(".") && key.startsWith(u));
            if (!isUsed) {
                unused.add(key);
            }
        }
        assertThat(unused)
                .as("keys in messages.properties that no main class or template asks for")
                .isEmpty();
    }

    @Test
    void shouldKeepSwedishTextOutOfJavaLiterals() throws IOException {
        TreeMap<String, List<String>> offenders = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = MAIN_JAVA
                        .resolve("se/lansstyrelsen/jvg")
                        .relativize(file)
                        .toString()
                        .replace('\\', '/');
                if (SWEDISH_LITERALS_ALLOWED.contains(relative)) {
                    continue;
                }
                List<String> swedish = stringLiterals(Files.readString(file)).stream()
                        .filter(s -> SWEDISH.matcher(s).find())
                        .toList();
                if (!swedish.isEmpty()) {
                    offenders.put(relative, swedish);
                }
            }
        }
        assertThat(offenders)
                .as("main classes with Swedish text in string literals (move it to messages.properties)")
                .isEmpty();
    }

    /** The list above only shrinks: an entry whose class no longer holds Swedish literals is taken off. */
    @Test
    void shouldAllowOnlyClassesThatStillHoldSwedishLiterals() throws IOException {
        Set<String> stale = new TreeSet<>();
        for (String relative : SWEDISH_LITERALS_ALLOWED) {
            Path file = MAIN_JAVA.resolve("se/lansstyrelsen/jvg").resolve(relative);
            if (!Files.exists(file)
                    || stringLiterals(Files.readString(file)).stream()
                            .noneMatch(s -> SWEDISH.matcher(s).find())) {
                stale.add(relative);
            }
        }
        assertThat(stale).as("entries of SWEDISH_LITERALS_ALLOWED to remove").isEmpty();
    }

    @Test
    void shouldFillInArgumentsAsPlainStrings() {
        String key = bundle().stringPropertyNames().stream()
                .filter(k -> bundle().getProperty(k).contains("{0}"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no text with a placeholder in the bundle"));
        String pattern = bundle().getProperty(key);

        assertThat(Texts.text(key, 12345, "x", "y", "z"))
                .contains("12345")
                .doesNotContain("{0}")
                .startsWith(pattern.substring(0, pattern.indexOf("{0}")).replace("''", "'"));
        assertThatThrownBy(() -> Texts.text("no.such.key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.key");
    }

    /** Guards the scanner: literals in comments do not count, escaped quotes and text blocks do. */
    @Test
    void shouldReadStringLiteralsButNotComments() {
        String source = "// \"kommentar på svenska\"\n/* \"också\" */ String a = \"Överst \\\"citat\\\"\";\n"
                + "String b = \"\"\"\n  Ärende\n  \"\"\"; char c = '\"'; String d = \"x\";";

        assertThat(stringLiterals(source)).containsExactly("Överst \\\"citat\\\"", "\n  Ärende\n  ", "x");
    }

    static Properties bundle() {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + Texts.BUNDLE + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static Set<String> keysUsedInCode() {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> java = Files.walk(MAIN_JAVA);
                Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path file : java.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = TEXT_CALL.matcher(withoutComments(Files.readString(file)));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
            for (Path file :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    /** The contents of the string literals and text blocks of a Java source, comments and char literals skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        scan(source, literals, null);
        return literals;
    }

    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder();
        scan(source, new ArrayList<>(), out);
        return out.toString();
    }

    private static void scan(String s, List<String> literals, StringBuilder code) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                append(code, " ");
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                literals.add(s.substring(i + 3, end));
                append(code, s.substring(i, Math.min(n, end + 3)));
                i = end + 3;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i);
                int j = i + 1;
                while (j < n && s.charAt(j) != quote && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(s.substring(i + 1, Math.min(j, n)));
                }
                append(code, s.substring(i, Math.min(n, j + 1)));
                i = j + 1;
            } else {
                append(code, String.valueOf(s.charAt(i)));
                i++;
            }
        }
    }

    private static void append(StringBuilder code, String text) {
        if (code != null) {
            code.append(text);
        }
    }
}
