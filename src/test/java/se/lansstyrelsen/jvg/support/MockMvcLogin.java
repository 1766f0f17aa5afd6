package se.lansstyrelsen.jvg.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Logging in to the internal pages in MockMvc tests: HTTP Basic, by default as a user of the demo profile. */
public final class MockMvcLogin {

    /** The password of the demo profile's users (handlaggare1, handlaggare2, chef1, …). */
    public static final String DEMO_PASSWORD = "test-Demo-Passw0rd!";

    private MockMvcLogin() {}

    /** HTTP Basic as the demo profile's user. */
    public static RequestPostProcessor basic(String user) {
        return basic(user, DEMO_PASSWORD);
    }

    /** HTTP Basic as the user with the password. */
    public static RequestPostProcessor basic(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request -> {
            request.addHeader("Authorization", "Basic " + token);
            return request;
        };
    }

    /** Without a login the internal URL answers a script 401 and sends a browser (text/html) to the login page. */
    public static void assertLoginRequired(MockMvc mvc, String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().isUnauthorized());
        assertThat(mvc.perform(get(url).accept("text/html"))
                        .andExpect(status().isFound())
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as(url)
                .contains("/intern/logga-in");
    }
}
