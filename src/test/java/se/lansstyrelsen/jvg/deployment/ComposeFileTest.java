package se.lansstyrelsen.jvg.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so the compose file is checked against the application instead: every
 * variable it passes to an application node is one the application reads (a ${PLACEHOLDER} in the
 * configuration of the profiles it activates, or the environment form of a property that our YAML,
 * Spring Boot's or Camunda's configuration metadata knows), every variable it interpolates is listed in
 * .env.example, and ports, profiles and the health check agree with the configuration.
 */
class ComposeFileTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)");
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z0-9_]+)[^}]*}");
    /** Variables the JVM itself reads. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private static final int MAILPIT_SMTP_PORT = 1025;

    private static String composeText;
    private static Map<String, Object> compose;
    private static Map<String, String> envExample;
    private static Set<String> knownProperties;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        composeText = Files.readString(Path.of("docker-compose.yml"));
        compose = new Yaml().load(composeText);
        envExample = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                envExample.put(
                        line.substring(0, line.indexOf('=')).trim(),
                        line.substring(line.indexOf('=') + 1).trim());
            }
        }
        knownProperties = new TreeSet<>();
        for (Path file : configFiles()) {
            flatten("", new Yaml().load(Files.readString(file)), knownProperties);
        }
        knownProperties.addAll(metadataProperties());
    }

    @Test
    void shouldPassOnlyVariablesTheApplicationReadsToEveryApplicationNode() throws IOException {
        Set<String> placeholders = placeholdersIn(filesForProfiles(activeProfiles("app")));
        for (String service : List.of("app", "app2")) {
            for (String variable : environment(service).keySet()) {
                boolean read = placeholders.contains(variable)
                        || JVM_VARIABLES.contains(variable)
                        || knownProperties.stream()
                                .anyMatch(p -> environmentForm(p).equals(variable));
                assertThat(read)
                        .as("%s passes %s, which the application does not read", service, variable)
                        .isTrue();
            }
        }
    }

    @Test
    void shouldListEveryInterpolatedVariableInEnvExampleAndNoOtherOne() {
        Set<String> interpolated = new TreeSet<>();
        Matcher m = COMPOSE_VARIABLE.matcher(composeText);
        while (m.find()) {
            interpolated.add(m.group(1));
        }
        assertThat(interpolated).isNotEmpty();
        assertThat(envExample.keySet()).containsExactlyInAnyOrderElementsOf(interpolated);
    }

    @Test
    void shouldRunBothNodesIdenticallyWithTheProductionProfilesAndTheSecondOnlyInTheClusterProfile() {
        assertThat(environment("app2")).isEqualTo(environment("app"));
        List<String> profiles = activeProfiles("app");
        assertThat(profiles).contains("prod", "postgres").doesNotContain("demo", "devmail", "test");
        for (String profile : profiles) {
            assertThat(Path.of("src/main/resources/application-" + profile + ".yaml"))
                    .exists();
        }
        assertThat(service("app").get("profiles")).isNull();
        assertThat(service("app2").get("profiles")).isEqualTo(List.of("cluster"));
        assertThat(service("app").get("build")).isEqualTo(".");
        assertThat(service("app2").get("image")).isEqualTo(service("app").get("image"));
    }

    @Test
    void shouldPublishTheApplicationsServerPortOnDifferentHostPortsAndCheckHealthThere() throws IOException {
        int serverPort = Integer.parseInt(resolved("server.port", environment("app")));
        String appHost = hostPort("app", serverPort);
        String app2Host = hostPort("app2", serverPort);
        assertThat(envValue(appHost)).isNotEqualTo(envValue(app2Host));

        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("EXPOSE " + serverPort);
        assertThat(dockerfile)
                .containsPattern("HEALTHCHECK[^\\n]*\\n?[^\\n]*http://localhost:" + serverPort + "/actuator/health");
        assertThat(dockerfile).contains("USER app").containsPattern("FROM [^\\n]*jre");
        if (Files.exists(Path.of("src/main/frontend/package.json"))) {
            assertThat(dockerfile)
                    .as("the build stage runs npm ci (exec-maven-plugin)")
                    .contains("nodejs npm");
        }
        assertThat(resolved("management.endpoints.web.exposure.include", environment("app"))
                        .split(","))
                .contains("health")
                .doesNotContain("*", "env", "heapdump");
    }

    @Test
    void shouldPointTheApplicationAtTheComposeDatabaseAndMailServer() {
        Map<String, String> env = environment("app");
        assertThat(env.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/${POSTGRES_DB}");
        Map<String, Object> postgresEnv = map(service("postgres").get("environment"));
        assertThat(postgresEnv.get("POSTGRES_DB")).isEqualTo("${POSTGRES_DB}");
        assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(postgresEnv.get("POSTGRES_USER"));
        assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(postgresEnv.get("POSTGRES_PASSWORD"));
        assertThat(map(service("postgres").get("healthcheck")).get("test").toString())
                .contains("pg_isready");
        assertThat((List<?>) service("postgres").get("volumes"))
                .anyMatch(v -> v.toString().startsWith("postgres-data:"));
        assertThat(map(compose.get("volumes"))).containsKey("postgres-data");

        assertThat(env.get("SPRING_MAIL_HOST")).isEqualTo("mailpit");
        assertThat(env.get("SPRING_MAIL_PORT")).isEqualTo(String.valueOf(MAILPIT_SMTP_PORT));
        assertThat(map(service("app").get("depends_on"))).containsKeys("postgres", "mailpit");
        assertThat(map(map(service("app").get("depends_on")).get("postgres")).get("condition"))
                .isEqualTo("service_healthy");
        assertThat(map(map(service("app2").get("depends_on")).get("app")).get("condition"))
                .isEqualTo("service_healthy");
    }

    @Test
    void shouldKeepSecretsOutOfTheRepository() throws IOException {
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains(".env");
        assertThat(envExample.get("CAMUNDA_BPM_ADMINUSER_PASSWORD")).isEmpty();
        for (String value : environment("app").values()) {
            if (value.toLowerCase(Locale.ROOT).contains("password")) {
                assertThat(value).startsWith("${");
            }
        }
    }

    @Test
    void shouldShipNoUsablePasswordAndRefuseToStartWithoutOne() {
        Set<String> passwords = new TreeSet<>();
        envExample.forEach((name, value) -> {
            if (name.contains("PASSWORD")) {
                passwords.add(name);
                assertThat(value)
                        .as(".env.example must not carry a usable %s", name)
                        .isEmpty();
            }
        });
        assertThat(passwords).contains("POSTGRES_PASSWORD", "CAMUNDA_BPM_ADMINUSER_PASSWORD");
        Matcher m = COMPOSE_VARIABLE.matcher(composeText);
        int uses = 0;
        while (m.find()) {
            if (passwords.contains(m.group(1))) {
                uses++;
                assertThat(m.group())
                        .as("compose refuses to start without %s (${VAR:?message})", m.group(1))
                        .startsWith("${" + m.group(1) + ":?");
            }
        }
        assertThat(uses).isGreaterThanOrEqualTo(passwords.size());
    }

    @Test
    void shouldPublishMailpitsUiOnLoopbackOnly() {
        List<?> ports = (List<?>) service("mailpit").get("ports");
        assertThat(ports).isNotEmpty();
        for (Object port : ports) {
            assertThat(port.toString())
                    .as("Mailpit shows every e-mail, secure links included")
                    .startsWith("127.0.0.1:");
        }
    }

    @Test
    void shouldStartTheImageInTheProductionProfilesLikeCompose() throws IOException {
        Matcher m = Pattern.compile("(?m)^ENV\\s+SPRING_PROFILES_ACTIVE[=\\s]\"?([^\"\\s]+)")
                .matcher(Files.readString(Path.of("Dockerfile")));
        assertThat(m.find())
                .as("the Dockerfile sets SPRING_PROFILES_ACTIVE; without it the image runs demo,devmail")
                .isTrue();
        assertThat(List.of(m.group(1).split(",")))
                .containsExactlyElementsOf(activeProfiles("app"))
                .doesNotContain("demo", "devmail");
    }

    // --- helpers ---

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = map(map(compose.get("services")).get(name));
        assertThat(service).as("service " + name).isNotNull();
        return service;
    }

    private static Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        map(service(service).get("environment")).forEach((k, v) -> env.put(k, v == null ? "" : v.toString()));
        return env;
    }

    private static List<String> activeProfiles(String service) {
        return List.of(environment(service).get("SPRING_PROFILES_ACTIVE").split(","));
    }

    /** The host side of the port mapping to the container port, e.g. "${APP_PORT}". */
    private static String hostPort(String service, int containerPort) {
        List<?> ports = (List<?>) service(service).get("ports");
        return ports.stream()
                .map(Object::toString)
                .filter(p -> p.endsWith(":" + containerPort))
                .findFirst()
                .map(p -> p.substring(0, p.lastIndexOf(':')))
                .orElseThrow(() -> new AssertionError(service + " does not publish container port " + containerPort));
    }

    private static String envValue(String composeValue) {
        Matcher m = COMPOSE_VARIABLE.matcher(composeValue);
        return m.matches() ? envExample.get(m.group(1)) : composeValue;
    }

    /** A property's value as the application resolves it with the compose environment (.env.example values). */
    private static String resolved(String property, Map<String, String> composeEnv) {
        Map<String, Object> merged = new HashMap<>();
        try {
            for (Path file : filesForProfiles(activeProfiles("app"))) {
                Map<String, Object> flat = new LinkedHashMap<>();
                flattenValues("", new Yaml().load(Files.readString(file)), flat);
                merged.putAll(flat);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> env = new HashMap<>();
        composeEnv.forEach((k, v) -> env.put(k, envValue(v)));
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new MapPropertySource("compose", env));
        sources.addLast(new MapPropertySource("yaml", merged));
        return new PropertySourcesPropertyResolver(sources).getProperty(property);
    }

    /** application.yaml, then application-<profile>.yaml in profile order (later wins). */
    private static List<Path> filesForProfiles(List<String> profiles) {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("src/main/resources/application.yaml"));
        profiles.forEach(p -> files.add(Path.of("src/main/resources/application-" + p + ".yaml")));
        return files;
    }

    private static List<Path> configFiles() throws IOException {
        try (var stream = Files.list(Path.of("src/main/resources"))) {
            return stream.filter(p -> p.getFileName().toString().matches("application(-[a-z0-9]+)?\\.yaml"))
                    .sorted()
                    .toList();
        }
    }

    private static Set<String> placeholdersIn(List<Path> files) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (Path file : files) {
            Matcher m = PLACEHOLDER.matcher(Files.readString(file));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Spring's environment form of a property name: camunda.bpm.admin-user.id → CAMUNDA_BPM_ADMINUSER_ID. */
    static String environmentForm(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Set<String> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, out));
        } else {
            out.add(prefix);
        }
    }

    private static void flattenValues(String prefix, Object node, Map<String, Object> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flattenValues(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, out));
        } else if (node instanceof List<?> list) {
            out.put(prefix, String.join(",", list.stream().map(Object::toString).toList()));
        } else {
            out.put(prefix, node == null ? "" : node.toString());
        }
    }

    /** Property names from the configuration metadata of Spring Boot, Camunda's starter and the like. */
    private static Set<String> metadataProperties() throws IOException {
        Set<String> names = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String resource : List.of(
                "META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            for (URL url :
                    Collections.list(ComposeFileTest.class.getClassLoader().getResources(resource))) {
                try (InputStream in = url.openStream()) {
                    JsonNode properties = json.readTree(in).path("properties");
                    properties.forEach(p -> names.add(p.path("name").asText()));
                }
            }
        }
        assertThat(names)
                .as("configuration metadata on the classpath")
                .contains("spring.datasource.url", "camunda.bpm.admin-user.password", "spring.profiles.active");
        return names;
    }
}
