package se.lansstyrelsen.jvg.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import se.lansstyrelsen.jvg.config.AccessionSettings;

class RateLimitFilterTest {

    private final RateLimitFilter filter = new RateLimitFilter(settings(3));

    @Test
    void shouldAnswer429InSwedishWhenOneAddressSendsTooManyRequests() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/accessions", "10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = post("/api/accessions", "10.0.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Vänta en stund");
    }

    @Test
    void shouldCountEachAddressOnItsOwnAndLeaveOtherPathsAlone() throws Exception {
        for (int i = 0; i < 3; i++) {
            post("/anslutning/arende/x/aterkalla", "10.0.0.2");
        }
        assertThat(post("/api/accessions", "10.0.0.2").getStatus()).isEqualTo(429);
        assertThat(post("/api/accessions", "10.0.0.3").getStatus()).isEqualTo(200);
        assertThat(post("/engine-rest/process-definition/key/accession/start", "10.0.0.2")
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void shouldLimitReadsOfThePublicRegisterWithABudgetOfTheirOwn() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send("GET", "/api/register.csv", "10.0.0.4").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse api = send("GET", "/api/register", "10.0.0.4");
        assertThat(api.getStatus()).isEqualTo(429);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        MockHttpServletResponse page = send("GET", "/anslutna", "10.0.0.4");
        assertThat(page.getStatus()).as("a person gets the Swedish error page").isEqualTo(429);
        assertThat(page.getHeader("Retry-After")).isNotBlank();
        assertThat(post("/api/accessions", "10.0.0.4").getStatus())
                .as("writes keep their own budget")
                .isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(send("GET", "/anslutning", "10.0.0.4").getStatus())
                    .as("other pages are not limited")
                    .isEqualTo(200);
        }
    }

    private MockHttpServletResponse post(String path, String address) throws Exception {
        return send("POST", path, address);
    }

    private MockHttpServletResponse send(String method, String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path); // as the container maps it (DispatcherServlet on "/")
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static AccessionSettings settings(int requests) {
        AccessionSettings settings = new AccessionSettings();
        settings.getPublicForm().setRateLimitRequests(requests);
        settings.getPublicForm().setRateLimitPeriod(Duration.ofMinutes(10));
        settings.getPublicForm().setRegisterRateLimitRequests(requests);
        return settings;
    }
}
