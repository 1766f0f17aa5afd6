package se.lansstyrelsen.jvg.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Over HTTP: a browser gets a Swedish error page for every status (never Spring's Whitelabel page, never
 * the exception's text), an API client keeps getting JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.port=1")
@ActiveProfiles("test")
@Import(SwedishErrorPagesTest.Failing.class)
class SwedishErrorPagesTest {

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String ADMIN = "admin:test-Admin-Passw0rd!";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void shouldAnswerABrowserInSwedishForEveryStatus() {
        assertSwedishPage(send("GET", "/finns-inte", HTML, null), 404, "Sidan finns inte");
        assertSwedishPage(send("GET", "/anslutning//arende", HTML, null), 400, "Felaktig begäran");
        // The metrics: no login → 401 (with the Basic challenge for scripts); an internal page, wrong group → 403.
        HttpResponse<String> unauthorized = send("GET", "/actuator/prometheus", HTML, null);
        assertSwedishPage(unauthorized, 401, "Inloggning krävs");
        assertThat(unauthorized.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"internal\"");
        assertSwedishPage(
                send("GET", "/intern/arenden/JVG-1999-0001/protokollsutdrag", HTML, ADMIN),
                403,
                "Du har inte behörighet till sidan");
        assertSwedishPage(
                send("GET", "/anslutning/arende/abc/protokollsutdrag", HTML, null),
                405,
                "Det går inte att göra så här");
        HttpResponse<String> failure = send("GET", "/test/fel", HTML, null);
        assertSwedishPage(failure, 500, "Något gick fel hos oss");
        assertThat(failure.body()).doesNotContain("hemlig detalj").doesNotContain("IllegalStateException");
    }

    @Test
    void shouldKeepAnsweringApiClientsWithJson() {
        HttpResponse<String> notFound = send("GET", "/finns-inte", "application/json", null);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(notFound.body()).contains("\"status\":404").doesNotContain("<html");
        HttpResponse<String> failure = send("GET", "/test/fel", "application/json", null);
        assertThat(failure.statusCode()).isEqualTo(500);
        assertThat(failure.body()).contains("\"status\":500").doesNotContain("<html");
        HttpResponse<String> problem = send("GET", "/api/completions/okand-lank", "application/json", null);
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.body()).doesNotContain("<html");
    }

    private static void assertSwedishPage(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body())
                .as(response.uri().toString())
                .contains("<html lang=\"sv\"")
                .contains("<h1 id=\"error-title\">" + title + "</h1>")
                .contains("Felkod <span id=\"error-status\">" + status + "</span>")
                .doesNotContain("Whitelabel")
                .doesNotContain("There was an unexpected error");
    }

    private HttpResponse<String> send(String method, String path, String accept, String credentials) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", accept);
        if (credentials != null) {
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An endpoint that fails as a bug would. */
    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/test/fel")
        String fail() {
            throw new IllegalStateException("hemlig detalj");
        }
    }
}
