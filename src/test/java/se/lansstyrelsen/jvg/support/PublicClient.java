package se.lansstyrelsen.jvg.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An organisation's browser against the public pages and API over real HTTP: it loads a public page
 * once for the CSRF cookie and echoes it in {@code X-XSRF-TOKEN}, as the page's script does.
 */
public final class PublicClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String xsrf;

    public PublicClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpResponse<String> get(String pathOrUrl) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(pathOrUrl))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, Object body) throws Exception {
        return post(path, "application/json", JSON.writeValueAsString(body));
    }

    /** A POST with the CSRF header and any content type and raw body (hostile input goes through here). */
    public HttpResponse<String> post(String pathOrUrl, String contentType, String body) throws Exception {
        return post(pathOrUrl, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String pathOrUrl, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl))
                .timeout(Duration.ofSeconds(60))
                .header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts the oversize JSON body with its length declared (refused before it is read) and chunked (refused while
     * it is read): both times a 413 with the Swedish problem+json.
     */
    public void assertOversizeRefused(String path, byte[] oversize) throws Exception {
        for (HttpResponse<String> r :
                List.of(post(path, "application/json", oversize), postChunked(path, "application/json", oversize))) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            assertThat(json(r))
                    .containsEntry("title", "För stor begäran")
                    .hasEntrySatisfying("detail", d -> assertThat((String) d).startsWith("Uppgifterna är för stora"));
        }
    }

    /**
     * A POST whose body goes out without a declared length (Transfer-Encoding: chunked), as a client that streams
     * it does: the server learns its size only while reading it.
     */
    public HttpResponse<String> postChunked(String pathOrUrl, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(pathOrUrl))
                .timeout(Duration.ofSeconds(60))
                .header("X-XSRF-TOKEN", xsrf())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The hidden {@code _csrf} value for form posts without script. */
    public String xsrf() throws Exception {
        if (xsrf == null) {
            HttpResponse<String> page = get("/anslutning");
            if (page.statusCode() != 200) {
                throw new IllegalStateException("GET /anslutning answered " + page.statusCode());
            }
            xsrf = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
        }
        return xsrf;
    }

    /** Parses a JSON body (problem+json or a result). */
    public static Map<String, Object> json(HttpResponse<String> response) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = JSON.readValue(response.body(), Map.class);
            return body;
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    }
}
