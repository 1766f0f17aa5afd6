package se.lansstyrelsen.jvg.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Spring Security for the public pages must leave what secures itself untouched: Camunda's webapps
 * (own login and CSRF), the engine REST API (own HTTP Basic filter) and the health endpoint.
 */
class OtherSecuredPathsTest extends PublicFormIntegrationTest {

    private static final String ADMIN_PASSWORD = "test-Admin-Passw0rd!";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void shouldStillLogIntoTasklistWithCamundasOwnCsrfTokenEvenWithOurCookieSet() throws Exception {
        send(get("/anslutning"));
        send(get("/camunda/app/tasklist/"));
        String camundaToken = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN") && "/camunda".equals(c.getPath()))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();

        HttpResponse<String> login = send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/camunda/api/admin/auth/user/" + engine.getName() + "/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", camundaToken)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD))
                .build());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("\"userId\":\"admin\"");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
                .doesNotContain("script-src 'self'; style-src 'self'");
    }

    @Test
    void shouldStillProtectTheEngineRestApiWithItsOwnBasicAuthentication() throws Exception {
        assertThat(send(get(engineRest("/process-definition/count"))).statusCode())
                .isEqualTo(401);
        HttpResponse<String> authenticated = send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + engineRest("/process-definition/count")))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build());
        assertThat(authenticated.statusCode()).isEqualTo(200);
        // A POST to the engine REST API needs no CSRF token of ours (it is not a browser API).
        assertThat(send(HttpRequest.newBuilder(
                                        URI.create(baseUrl() + engineRest("/process-definition/key/accession/start")))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .build())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void shouldKeepTheHealthEndpointOpen() throws Exception {
        assertThat(send(get("/actuator/health")).statusCode()).isEqualTo(200);
    }

    /** Tests run with a unique engine name, so the engine is addressed by name (production: /engine-rest/...). */
    private String engineRest(String path) {
        return "/engine-rest/engine/" + engine.getName() + path;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
