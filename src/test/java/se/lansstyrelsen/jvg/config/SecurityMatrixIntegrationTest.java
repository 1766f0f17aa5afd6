package se.lansstyrelsen.jvg.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.support.TestUsers;

/**
 * Who may do what, over HTTP against the application on a random port with the production profile:
 * anonymous, caseworker, manager and administrator against Tasklist, Cockpit and Admin (the webapps'
 * login decides application access), the engine REST API, Prometheus metrics, our internal endpoint and
 * the public endpoints. Plus the production headers and cookies, CSRF and login throttling.
 */
@AutoConfigureObservability(tracing = false) // tests switch metrics export off unless asked for
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.admin-user.password=" + SecurityMatrixIntegrationTest.ADMIN_PASSWORD,
            // The webapps address the engine by the name "default" (the test profile makes names unique).
            "camunda.bpm.generate-unique-process-engine-name=false",
            "spring.mail.port=1"
        }) // no mail is sent here
@ActiveProfiles({"test", "prod"})
// The engine named "default" must not outlive this class: process tests expect a single registered engine.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SecurityMatrixIntegrationTest {

    static final String ADMIN_PASSWORD = "Ab3#kT9-mQz!";
    private static final String CASEWORKER = "kimhandlaggare";
    private static final String MANAGER = "miachef";
    private static final String USER_PASSWORD = "Kw7#plXq-93z";

    enum Actor {
        ANONYMOUS,
        CASEWORKER_,
        MANAGER_,
        ADMIN
    }

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    se.lansstyrelsen.jvg.accession.AccessionService accessions;

    @Autowired
    se.lansstyrelsen.jvg.accession.CaseworkerDecisions decisions;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeEach
    void users() {
        user(CASEWORKER, AccessionProcess.CASEWORKER_GROUP);
        user(MANAGER, AccessionProcess.MANAGER_GROUP);
    }

    private void user(String id, String group) {
        TestUsers.ensure(identity, id, group, USER_PASSWORD);
    }

    @org.junit.jupiter.api.Test
    void shouldTellTheEngineAndTheCaseWhichAdministratorErasedAContactPerson() {
        java.util.Map<String, Object> form = se.lansstyrelsen.jvg.support.TestAccessions.publicForm(901);
        var created = accessions.registerSubmission(form, null, null, "test");
        // Through the state machine's path: completion requested, then closed as not completed.
        decisions.recordReview(
                created.accessionId(),
                new se.lansstyrelsen.jvg.accession.ReviewDecision(
                        se.lansstyrelsen.jvg.accession.ReviewOutcome.REQUEST_COMPLETION,
                        false,
                        false,
                        false,
                        false,
                        null,
                        null),
                "test");
        decisions.closeNotCompleted(created.accessionId(), null, "test");

        assertThat(send(Actor.ADMIN, "DELETE", "/intern/arenden/" + created.caseNumber() + "/kontaktperson", null)
                        .status)
                .isEqualTo(204);
        assertThat(jdbc.queryForObject(
                        "select actor from accession_status_change where accession_id = ? order by id desc"
                                + " limit 1",
                        String.class,
                        created.accessionId()))
                .isEqualTo("admin");
    }

    @TestFactory
    Stream<DynamicTest> accessMatrix() {
        List<DynamicTest> cells = new ArrayList<>();
        // Webapps: the login answers 200 with application access, 403 without, 401 without valid credentials.
        expect(cells, "Tasklist login", 401, 200, 403, 200, a -> login(a, "tasklist").status);
        expect(cells, "Cockpit login", 401, 403, 200, 200, a -> login(a, "cockpit").status);
        expect(cells, "Admin login", 401, 403, 403, 200, a -> login(a, "admin").status);
        // Tasklist's API with the session of a Tasklist login (anonymous: no session).
        expect(
                cells,
                "Tasklist: filters",
                401,
                200,
                403,
                200,
                a -> afterLogin(a, "tasklist", "/camunda/api/engine/engine/default/filter?resourceType=Task"));
        // Cockpit's plugin API with the session of a Cockpit login.
        expect(
                cells,
                "Cockpit: process statistics",
                401,
                403,
                200,
                200,
                a -> afterLogin(
                        a, "cockpit", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics"));
        expect(
                cells,
                "Admin: list users",
                401,
                403,
                403,
                200,
                a -> afterLogin(a, "admin", "/camunda/api/engine/engine/default/user?maxResults=5"));
        // Engine REST: HTTP Basic, then the engine's authorizations.
        expect(
                cells,
                "engine REST: read tasks",
                401,
                200,
                200,
                200,
                a -> get(a, "/engine-rest/task?maxResults=5").status);
        expect(
                cells,
                "engine REST: create a group",
                401,
                403,
                403,
                204,
                a -> post(
                                a,
                                "/engine-rest/group/create",
                                "{\"id\":\"probe" + a.name().toLowerCase().replace("_", "")
                                        + "\",\"name\":\"Probe\",\"type\":\"WORKFLOW\"}")
                        .status);
        // Actuator: health and info public, Prometheus for managers and administrators, the rest not exposed.
        expect(cells, "actuator health", 200, 200, 200, 200, a -> get(a, "/actuator/health").status);
        expect(cells, "actuator info", 200, 200, 200, 200, a -> get(a, "/actuator/info").status);
        expect(cells, "actuator prometheus", 401, 403, 200, 200, a -> get(a, "/actuator/prometheus").status);
        expect(cells, "actuator env (not exposed)", 404, 404, 404, 404, a -> get(a, "/actuator/env").status);
        expect(cells, "actuator metrics (not exposed)", 404, 404, 404, 404, a -> get(a, "/actuator/metrics").status);
        // Administrators' internal endpoint (404 = passed the check, no such case); its old address redirects.
        expect(
                cells,
                "internal: erase contact person",
                401,
                403,
                403,
                404,
                a -> send(a, "DELETE", "/intern/arenden/JVG-1999-0001/kontaktperson", null).status);
        expect(
                cells,
                "internal: erase contact person at the old address",
                308,
                308,
                308,
                308,
                a -> send(a, "DELETE", "/internal/accessions/JVG-1999-0001/contact-person", null).status);
        // Caseworkers' internal endpoint (Spring Security chain /intern/**; 404 = passed the check, no such case).
        expect(
                cells,
                "internal: minutes extract",
                401,
                404,
                403,
                403,
                a -> get(a, "/intern/arenden/JVG-1999-0001/protokollsutdrag").status);
        expect(cells, "internal: register", 401, 200, 200, 200, a -> get(a, "/intern/register").status);
        // Exports for caseworkers and managers; the accession as PDF for caseworkers (404 = passed, no such case).
        expect(
                cells,
                "internal: case list export",
                401,
                200,
                200,
                200,
                a -> get(a, "/intern/export/arenden.csv").status);
        expect(
                cells,
                "internal: accession as PDF",
                401,
                404,
                403,
                403,
                a -> get(a, "/intern/arenden/JVG-1999-0001/anslutning.pdf").status);
        // OpenAPI: the public document for all, the internal group (and any other) only after login.
        expect(cells, "OpenAPI: public document", 200, 200, 200, 200, a -> get(a, "/v3/api-docs").status);
        expect(cells, "OpenAPI: public group", 200, 200, 200, 200, a -> get(a, "/v3/api-docs/offentlig").status);
        expect(cells, "OpenAPI: internal group", 401, 200, 200, 200, a -> get(a, "/v3/api-docs/intern").status);
        expect(
                cells,
                "OpenAPI: internal group as YAML",
                401,
                200,
                200,
                200,
                a -> get(a, "/v3/api-docs.yaml/intern").status);
        // The same pages with the session of a webapp login instead of HTTP Basic (managers log in to Cockpit).
        expect(
                cells,
                "internal: register with a webapp session",
                401,
                200,
                200,
                200,
                a -> afterLogin(a, a == Actor.MANAGER_ ? "cockpit" : "tasklist", "/intern/register"));
        expect(
                cells,
                "internal: minutes extract with a webapp session",
                401,
                404,
                403,
                403,
                a -> afterLogin(
                        a,
                        a == Actor.MANAGER_ ? "cockpit" : "tasklist",
                        "/intern/arenden/JVG-1999-0001/protokollsutdrag"));
        // Public: the accession form, the welcome page and the redirect to it; no dev mail viewer in prod.
        expect(cells, "public: accession form /anslutning", 200, 200, 200, 200, a -> get(a, "/anslutning").status);
        expect(cells, "public: register /anslutna", 200, 200, 200, 200, a -> get(a, "/anslutna").status);
        expect(
                cells,
                "public: open data /api/register.csv",
                200,
                200,
                200,
                200,
                a -> get(a, "/api/register.csv").status);
        expect(cells, "public: / redirects to the webapps", 302, 302, 302, 302, a -> get(a, "/").status);
        expect(cells, "public: welcome app", 200, 200, 200, 200, a -> get(a, "/camunda/app/welcome/default/").status);
        // The dev mail viewer shows every secure link: a caseworker's or administrator's login first, in every
        // profile; in prod there is no viewer behind it (404).
        expect(cells, "dev mail viewer /epost (off in prod)", 401, 404, 403, 404, a -> get(a, "/epost").status);
        return cells.stream();
    }

    @Test
    void shouldSendABrowserWithoutLoginToTheSwedishLoginPageAndScriptsAnAsciiBasicChallenge() {
        for (String path : List.of("/intern/register", "/intern/arenden/JVG-1999-0001/protokollsutdrag", "/epost")) {
            Response browser = execute(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .GET()
                    .build());
            assertThat(browser.status).as(path).isEqualTo(302);
            assertThat(browser.header("Location"))
                    .as(path)
                    .endsWith("/intern/logga-in?fortsatt=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
            Response script = get(Actor.ANONYMOUS, path);
            assertThat(script.status).as(path).isEqualTo(401);
            assertThat(script.header("WWW-Authenticate"))
                    .as(path)
                    .isEqualTo("Basic realm=\"" + WebSecurity.INTERNAL_REALM + "\"")
                    .matches("\\p{ASCII}+");
        }
        Response loginPage = get(Actor.ANONYMOUS, "/intern/logga-in?fortsatt=/intern/register");
        assertThat(loginPage.status).isEqualTo(200);
        assertThat(loginPage.body).contains("Logga in").contains("Användarnamn").contains("Lösenord");
    }

    @Test
    void shouldLogInOnTheSwedishLoginPageToTheInternalPagesAndTasklistAlike() {
        Session s = new Session();
        Response page = s.request("GET", "/intern/logga-in?fortsatt=/intern/register", null, false);
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.body);
        assertThat(csrf.find()).as("the form carries the CSRF token").isTrue();

        // A user of its own: a failed login delays that user's next login (prod's login throttling).
        user("wrongpassworduser", AccessionProcess.CASEWORKER_GROUP);
        Response wrong = s.request(
                "POST",
                "/intern/logga-in",
                "anvandare=wrongpassworduser&losenord=fel&fortsatt=/intern/register" + "&_csrf=" + csrf.group(1),
                false);
        assertThat(wrong.status).isEqualTo(401);
        assertThat(wrong.body).contains("Fel användarnamn eller lösenord");

        user("loginpageuser", AccessionProcess.CASEWORKER_GROUP);
        Response withoutToken = s.request(
                "POST",
                "/intern/logga-in",
                "anvandare=loginpageuser&losenord=" + URLEncoder.encode(USER_PASSWORD, StandardCharsets.UTF_8)
                        + "&fortsatt=/intern/register",
                false);
        assertThat(withoutToken.status).as("no CSRF token, no login").isEqualTo(403);

        Response ok = s.request(
                "POST",
                "/intern/logga-in",
                "anvandare=loginpageuser&losenord=" + URLEncoder.encode(USER_PASSWORD, StandardCharsets.UTF_8)
                        + "&fortsatt=/intern/register&_csrf=" + csrf.group(1),
                false);
        assertThat(ok.status).isEqualTo(302);
        assertThat(ok.header("Location")).endsWith("/intern/register");
        assertThat(s.request("GET", "/intern/register", null, false).status).isEqualTo(200);
        assertThat(s.request("GET", "/camunda/api/admin/auth/user/" + "default", null, false).body)
                .as("the same login holds in the webapps")
                .contains("\"userId\":\"loginpageuser\"");

        // Only our own internal pages are a place to go back to after the login.
        assertThat(InternalLoginPage.safe("https://example.org/intern/register"))
                .isEqualTo("/intern/register");
        assertThat(InternalLoginPage.safe("//example.org/intern/x")).isEqualTo("/intern/register");
        assertThat(InternalLoginPage.safe("/intern/../camunda/app")).isEqualTo("/intern/register");
        assertThat(InternalLoginPage.safe("/intern/arenden/JVG-2026-0001/protokollsutdrag"))
                .isEqualTo("/intern/arenden/JVG-2026-0001/protokollsutdrag");
    }

    @Test
    void shouldRedirectTheErasuresOldAddressToTheNewOneWithTheSameMethod() {
        Response old = send(Actor.ANONYMOUS, "DELETE", "/internal/accessions/JVG-1999-0001/contact-person", null);
        assertThat(old.status).as("308 keeps the DELETE").isEqualTo(308);
        String location = old.header("Location");
        assertThat(location).isEqualTo("/intern/arenden/JVG-1999-0001/kontaktperson");
        assertThat(send(Actor.ADMIN, "DELETE", location, null).status)
                .as("passed the check, no such case")
                .isEqualTo(404);
        assertThat(get(Actor.ADMIN, "/internal/accessions/JVG-1999-0001/contact-person")
                        .header("Location"))
                .isEqualTo(location);
        assertThat(get(Actor.ADMIN, "/internal/anything-else").status)
                .as("only the documented address moved")
                .isEqualTo(404);
    }

    @Test
    void shouldServeOnlyThePublicApiAtTheDefaultOpenApiUrl() {
        Response doc = get(Actor.ANONYMOUS, "/v3/api-docs");
        assertThat(doc.status).isEqualTo(200);
        assertThat(doc.body)
                .contains("\"/api/register\"")
                .doesNotContain("/intern")
                .doesNotContain("/engine-rest");
        Response yaml = get(Actor.ANONYMOUS, "/v3/api-docs.yaml");
        assertThat(yaml.body).contains("/api/register:").doesNotContain("/intern");
    }

    @Test
    void shouldPrometheusAnswerInPrometheusFormatForAManager() {
        Response r = get(Actor.MANAGER_, "/actuator/prometheus");
        assertThat(r.status).isEqualTo(200);
        assertThat(r.body).contains("# TYPE jvm_memory_used_bytes gauge");
        assertThat(get(Actor.ANONYMOUS, "/actuator/prometheus").header("WWW-Authenticate"))
                .startsWith("Basic");
    }

    @Test
    void shouldSendHstsAndContentSecurityPolicyOnTheWebapps() {
        Response r = get(Actor.ANONYMOUS, "/camunda/app/welcome/default/");
        assertThat(r.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        assertThat(r.header("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void shouldMakeSessionAndCsrfCookiesSecureAndSameSite() {
        Session s = login(Actor.CASEWORKER_, "tasklist");
        assertThat(s.status).isEqualTo(200);
        assertThat(s.setCookieHeaders)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID=")
                        .contains("; Secure")
                        .contains("; HttpOnly")
                        .contains("; SameSite=Lax"));
        assertThat(s.setCookieHeaders)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("XSRF-TOKEN=")
                        .contains("Secure")
                        .containsIgnoringCase("SameSite="));
    }

    @Test
    void shouldRejectAWebappPostWithoutTheCsrfToken() {
        Session s = login(Actor.CASEWORKER_, "tasklist");
        assertThat(s.request("POST", "/camunda/api/engine/engine/default/task/count", "{}", true).status)
                .isEqualTo(200);
        Response withoutToken = s.request("POST", "/camunda/api/engine/engine/default/task/count", "{}", false);
        assertThat(withoutToken.status).isEqualTo(403);
        assertThat(withoutToken.header("X-XSRF-TOKEN")).isEqualTo("Required");
    }

    @Test
    void shouldThrottleLoginsAfterAFailedAttempt() {
        user("throttleduser", AccessionProcess.CASEWORKER_GROUP);
        assertThat(loginAs("throttleduser", "wrong-Passw0rd!", "tasklist").status)
                .isEqualTo(401);
        assertThat(loginAs("throttleduser", USER_PASSWORD, "tasklist").status)
                .as("the right password right after a failed attempt is refused during the delay")
                .isEqualTo(401);
    }

    // --- the matrix ---

    private interface Probe {
        int status(Actor actor) throws Exception;
    }

    private void expect(
            List<DynamicTest> cells,
            String target,
            int anonymous,
            int caseworker,
            int manager,
            int admin,
            Probe probe) {
        Map<Actor, Integer> expected = new LinkedHashMap<>();
        expected.put(Actor.ANONYMOUS, anonymous);
        expected.put(Actor.CASEWORKER_, caseworker);
        expected.put(Actor.MANAGER_, manager);
        expected.put(Actor.ADMIN, admin);
        expected.forEach((actor, status) -> cells.add(dynamicTest(
                label(actor) + " × " + target + " → " + status,
                () -> assertThat(probe.status(actor))
                        .as(label(actor) + " × " + target)
                        .isEqualTo(status))));
    }

    private static String label(Actor a) {
        return switch (a) {
            case ANONYMOUS -> "anonymous";
            case CASEWORKER_ -> "caseworker";
            case MANAGER_ -> "manager";
            case ADMIN -> "admin";
        };
    }

    // --- HTTP ---

    private String[] credentials(Actor a) {
        return switch (a) {
            case ANONYMOUS -> null;
            case CASEWORKER_ -> new String[] {CASEWORKER, USER_PASSWORD};
            case MANAGER_ -> new String[] {MANAGER, USER_PASSWORD};
            case ADMIN -> new String[] {"admin", ADMIN_PASSWORD};
        };
    }

    private int afterLogin(Actor a, String app, String path) {
        if (a == Actor.ANONYMOUS) {
            return new Session().request("GET", path, null, true).status;
        }
        Session s = login(a, app);
        return s.status == 200 ? s.request("GET", path, null, true).status : s.status;
    }

    private Session login(Actor a, String app) {
        String[] c = credentials(a);
        // Anonymous tries an unknown user (no lock-out of real users through failed attempts).
        return c == null ? loginAs("nobody", "Wrong-Passw0rd!", app) : loginAs(c[0], c[1], app);
    }

    private Session loginAs(String user, String password, String app) {
        Session s = new Session();
        s.request("GET", "/camunda/app/" + app + "/default/", null, false); // obtains the XSRF-TOKEN cookie
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Response r = s.request("POST", "/camunda/api/admin/auth/user/default/login/" + app, form, true);
        s.status = r.status;
        if (r.status == 200) {
            // As the webapp does after login: the new session gets its own CSRF token on the next GET.
            s.request("GET", "/camunda/api/admin/auth/user/default", null, false);
        }
        return s;
    }

    private Response get(Actor a, String path) {
        return send(a, "GET", path, null);
    }

    private Response post(Actor a, String path, String json) {
        return send(a, "POST", path, json);
    }

    private Response send(Actor a, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        String[] c = credentials(a);
        if (c != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder().encodeToString((c[0] + ":" + c[1]).getBytes(StandardCharsets.UTF_8)));
        }
        return execute(b.build());
    }

    private Response execute(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Response(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst()
                    .map(e -> e.getValue().get(0))
                    .orElse(null);
        }
    }

    /** A browser-like session: keeps cookies (Secure ones too: the test talks plain HTTP) and the CSRF token. */
    private final class Session {
        final Map<String, String> cookies = new LinkedHashMap<>();
        final List<String> setCookieHeaders = new ArrayList<>();
        int status;

        Response request(String method, String path, String body, boolean withCsrfToken) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(20))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                b.header(
                        "Content-Type",
                        body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
            }
            if (!cookies.isEmpty()) {
                b.header(
                        "Cookie",
                        String.join(
                                "; ",
                                cookies.entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .toList()));
            }
            if (withCsrfToken && cookies.containsKey("XSRF-TOKEN")) {
                b.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            }
            Response r = execute(b.build());
            r.headers.forEach((name, values) -> {
                if (name.equalsIgnoreCase("Set-Cookie")) {
                    for (String v : values) {
                        setCookieHeaders.add(v);
                        String pair = v.split(";", 2)[0];
                        cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                    }
                }
            });
            return r;
        }
    }
}
