package se.lansstyrelsen.jvg.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.yaml.snakeyaml.Yaml;

/**
 * The public filters over real HTTP with the production profile, for a client that is not a trusted
 * proxy: the test connects from the loopback address, and TRUSTED_PROXIES names another address (as in
 * production, where only the reverse proxy is trusted). Its X-Forwarded-For must not change the address
 * the rate limit counts, and no spelling of a public path may pass the limits. The requests carry no CSRF
 * token: the limits apply before Spring Security (which answers 403 to such a POST, or 400 to a path its
 * firewall refuses).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "TRUSTED_PROXIES=192\\\\.0\\\\.2\\\\.10", // properties syntax: a doubled backslash is one
            "accession.public-form.rate-limit-requests=5",
            "camunda.bpm.admin-user.password=Ab3#kT9-mQz!", // the password policy of prod
            "spring.mail.port=1"
        }) // no mail is sent here (no case is created either)
@ActiveProfiles({"test", "prod"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicFiltersOverHttpTest {

    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");
    private static final int LIMIT = 5;

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    /** Runs first: it needs two of the loopback client's requests before the rate-limit test uses them up. */
    @Test
    @Order(1)
    void shouldLimitTheBodyOfAPublicPostWhateverSpellingOfItsPath() throws IOException {
        String tooLarge = "{\"organisationName\":\"" + "x".repeat(70 * 1024) + "\"}";
        // With a valid CSRF token, as the page sends it: otherwise Spring Security refuses before the body limit.
        String token = csrfToken();
        String csrf = "Cookie: XSRF-TOKEN=" + token + "\r\nX-XSRF-TOKEN: " + token + "\r\n";
        assertThat(post("/api/accessions", csrf, tooLarge)).isEqualTo(413);
        assertThat(post("/%61pi/accessions", csrf, tooLarge))
                .as("/%61pi/accessions")
                .isEqualTo(413);
    }

    @Test
    @Order(2)
    void shouldCountAnUntrustedClientByItsOwnAddressWhateverItsXForwardedFor() throws IOException {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= LIMIT + 1; i++) {
            statuses.add(post("/api/accessions", "X-Forwarded-For: 198.51.100." + i + "\r\n", "{}"));
        }
        assertThat(statuses)
                .as("a new X-Forwarded-For on every request from one client")
                .contains(429);
        assertThat(statuses.get(LIMIT)).isEqualTo(429);
    }

    @Test
    @Order(3)
    void shouldApplyTheRateLimitToEverySpellingOfAPublicPath() throws IOException {
        int used = 0;
        while (post("/api/accessions", null, "{}") != 429) {
            assertThat(++used).as("requests before the limit").isLessThanOrEqualTo(LIMIT);
        }
        for (String path : List.of(
                "/%61pi/accessions",
                "/api/%61ccessions",
                "//api/accessions",
                "/api/./accessions",
                "/x/../api/accessions",
                "/api;jsessionid=0/accessions",
                "/api/accessions;jsessionid=0",
                "/%61nslutning/arende/abc/aterkalla",
                "/anslutning//arende/abc/aterkalla")) {
            assertThat(post(path, null, "{}")).as(path).isEqualTo(429);
        }
    }

    @Test
    void shouldTrustOnlyTheConfiguredProxiesAndByDefaultOnlyLoopback() throws IOException {
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies"))
                .isEqualTo("192\\.0\\.2\\.10");
        assertThat(environment.getProperty("server.tomcat.remoteip.trusted-proxies"))
                .isNullOrEmpty();

        Map<String, Object> prod =
                new Yaml().load(Files.readString(Path.of("src/main/resources/application-prod.yaml")));
        String configured = String.valueOf(at(prod, "server", "tomcat", "remoteip", "internal-proxies"));
        Matcher placeholder = Pattern.compile("^\\$\\{TRUSTED_PROXIES:(.*)}$").matcher(configured);
        assertThat(placeholder.matches()).as(configured).isTrue();
        Pattern loopbackOnly = Pattern.compile(placeholder.group(1));
        for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1")) {
            assertThat(loopbackOnly.matcher(address).matches()).as(address).isTrue();
        }
        for (String address : List.of(
                "10.0.0.1",
                "192.168.1.1",
                "172.16.0.1",
                "169.254.0.1",
                "100.64.0.1",
                "fd00:0:0:0:0:0:0:1",
                "127.0.0.10.evil")) {
            assertThat(loopbackOnly.matcher(address).matches()).as(address).isFalse();
        }
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> yaml, String... keys) {
        Object node = yaml;
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    /** The XSRF-TOKEN cookie the public page sets. */
    private String csrfToken() throws IOException {
        String head =
                exchange("GET /anslutning HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n", null);
        Matcher m =
                Pattern.compile("(?im)^Set-Cookie: XSRF-TOKEN=([^;\\r\\n]+)").matcher(head);
        assertThat(m.find()).as(head).isTrue();
        return m.group(1);
    }

    /**
     * A POST with exactly this request target (no client library normalises it) and these extra header lines;
     * returns the status code.
     */
    private int post(String target, String headers, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = exchange(
                "POST " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                        + (headers == null ? "" : headers)
                        + "Content-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n",
                body);
        Matcher m = STATUS.matcher(head);
        assertThat(m.find()).as("status line: " + head).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Sends the request and returns the response's status line and headers. */
    private String exchange(String requestHead, byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.US_ASCII));
            try {
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException answeredBeforeTheWholeBody) {
                // the server may answer (413) and close before reading everything
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                head.write(b);
                String text = head.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r\n\r\n")) {
                    break;
                }
            }
            return head.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
