package se.lansstyrelsen.jvg.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestAccessions;
import se.lansstyrelsen.jvg.support.TestUsers;

/** The register of joined organisations after a formal registration, and who may read it. */
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class RegisterPageTest extends IntegrationTestBase {

    private static final String PASSWORD = "test-Demo-Passw0rd!";

    @Autowired
    MockMvc mvc;

    private static org.springframework.test.web.servlet.request.RequestPostProcessor httpBasic(
            String user, String password) {
        String token = java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return request -> {
            request.addHeader("Authorization", "Basic " + token);
            return request;
        };
    }

    @Test
    void shouldListARegisteredOrganisationForCaseworkersAndManagersButNotForOthers() throws Exception {
        AccessionDriver driver = new AccessionDriver(engine);
        String registered = driver.caseNumber(driver.driveToRegistered(701));
        String open = driver.caseNumber(driver.submit(702));

        String page = mvc.perform(get("/intern/register").with(httpBasic("chef1", PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(registered)
                .contains(TestAccessions.organisationName(701))
                .doesNotContain(open)
                .contains("av länets 49 kommuner");
        mvc.perform(get("/intern/register").with(httpBasic("handlaggare2", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/intern/register")).andExpect(status().isUnauthorized());
        // A wrong password locks the user for a few seconds (Camunda's login throttling): a manager of this test's own,
        // so that chef1's next login in another test of this shared context is not refused.
        TestUsers.ensure(engine.getIdentityService(), "registerfellosenord", AccessionProcess.MANAGER_GROUP, PASSWORD);
        mvc.perform(get("/intern/register").with(httpBasic("registerfellosenord", "fel-lösenord")))
                .andExpect(status().isUnauthorized());
    }
}
