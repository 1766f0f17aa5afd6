package se.lansstyrelsen.jvg.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Over HTTP: the engine REST API needs Camunda credentials; each group reaches its own webapp. */
// The webapps and the REST filter address the engine as "default", so this context keeps that name.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles({"test", "demo"})
class WebAccessTest {

    private static final String PASSWORD = "test-Demo-Passw0rd!";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldRefuseTheEngineRestApiWithoutCredentials() throws Exception {
        HttpResponse<String> response = get("/engine-rest/process-definition", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(get("/engine-rest/process-definition", "okand:fel").statusCode())
                .isEqualTo(401);
    }

    @Test
    void shouldServeTheStartFormToACaseworkerThroughTheEngineRestApi() throws Exception {
        HttpResponse<String> form =
                get("/engine-rest/process-definition/key/accession/deployed-start-form", "handlaggare1:" + PASSWORD);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("\"id\"").contains("accession-start").contains("Organisationsnummer");
    }

    @Test
    void shouldNotLetTheDefaultDemoCredentialsIn() throws Exception {
        assertThat(get("/engine-rest/process-definition", "demo:demo").statusCode())
                .isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} logging in to {1}: {2}")
    @CsvSource({
        "handlaggare1, tasklist, 200",
        "handlaggare2, tasklist, 200",
        "handlaggare1, cockpit, 403",
        "chef1, cockpit, 200",
        "chef1, tasklist, 403",
        "chef1, admin, 403",
        "handlaggare1, admin, 403"
    })
    void shouldLetEachGroupIntoItsOwnWebapp(String user, String app, int expected) throws Exception {
        assertThat(login(user, PASSWORD, app).statusCode()).isEqualTo(expected);
    }

    @Test
    void shouldLetTheAdministratorInWithTheConfiguredPasswordAndNotWithTheDefault() throws Exception {
        assertThat(login("admin", "test-Admin-Passw0rd!", "admin").statusCode()).isEqualTo(200);
        // Last, because a failed attempt makes Camunda's login throttling delay the next one for this user.
        assertThat(get("/engine-rest/process-definition", "admin:admin").statusCode())
                .isEqualTo(401);
    }

    /** Logs in to a webapp as its login page does: with the session's CSRF token from the cookie. */
    private HttpResponse<String> login(String user, String password, String app) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(
                HttpRequest.newBuilder(uri("/camunda/app/" + app + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst()
                .orElseThrow()
                .getValue();
        String body = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(
                HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
