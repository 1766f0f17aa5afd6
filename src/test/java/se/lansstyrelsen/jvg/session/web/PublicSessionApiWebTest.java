package se.lansstyrelsen.jvg.session.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.session.SessionService;
import se.lansstyrelsen.jvg.session.SessionSignup;

/**
 * The information-session sign-up API as a web slice (no engine, no database): the controller, its Swedish
 * error advice, the public filters and our security chains (config.WebSecurity, a mocked engine behind its
 * Camunda login) over a mocked {@link SessionSignups}. The whole path with the database is in
 * InformationSessionIntegrationTest and PublicSessionApiOverHttpTest.
 */
@WebMvcTest(
        controllers = PublicSessionApi.class,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern =
                                "se\\.lansstyrelsen\\.jvg\\.config\\.(WebSecurity|CamundaWebappLogin|AccessionSettings|ClockConfig)"))
@ActiveProfiles("test")
class PublicSessionApiWebTest {

    private static final String PATH = "/api/informationstraffar/7/anmalningar";
    private static final String BODY = "{\"organisationName\":\"Ale kommun\",\"contactName\":\"Kim\","
            + "\"contactEmail\":\"kim@ale.example\",\"participants\":2}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SessionSignups signups;

    @MockitoBean
    IdentityService identity;

    @MockitoBean
    ProcessEngine engine; // for the webapps' login of the internal chains, unused on public paths

    @Test
    void shouldAnswerCreatedWithAPlaceInSwedish() throws Exception {
        answer(SessionSignup.Status.CONFIRMED);

        signUp().andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("INF-7-0001"))
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(
                        jsonPath("$.message")
                                .value(
                                        "Tack! Ni har en plats. Bekräftelsen med möteslänk och kalenderinbjudan kommer per e-post."));
    }

    @Test
    void shouldTellAWaitingListSignUpThatTheSessionIsFull() throws Exception {
        answer(SessionSignup.Status.WAITING);

        signUp().andExpect(status().isCreated())
                .andExpect(jsonPath("$.message")
                        .value("Träffen är fullbokad. Ni står på väntelistan och får e-post om en plats blir ledig."));
    }

    @Test
    void shouldAnswerInvalidInputWithASwedishProblemNamingEachField() throws Exception {
        when(signups.signUp(eq(7L), any()))
                .thenThrow(new InvalidInputException(
                        Map.of("contactEmail", "Ange en giltig e-postadress, t.ex. namn@kommun.se."), "ogiltig"));

        signUp().andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Uppgifterna behöver rättas"))
                .andExpect(
                        jsonPath("$.detail").value("Anmälan kunde inte tas emot. Rätta uppgifterna som är markerade."))
                .andExpect(
                        jsonPath("$.errors.contactEmail").value("Ange en giltig e-postadress, t.ex. namn@kommun.se."));
    }

    @Test
    void shouldAnswerNotFoundInSwedishForAnUnknownSession() throws Exception {
        when(signups.signUp(eq(7L), any())).thenThrow(new SessionService.UnknownSessionException(7L));

        signUp().andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Träffen finns inte"))
                .andExpect(jsonPath("$.detail").value("Det finns ingen sådan informationsträff."));
    }

    @Test
    void shouldRefuseASignUpWithoutTheCsrfTokenBeforeItReachesTheService() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isForbidden());

        verifyNoInteractions(signups);
    }

    @Test
    void shouldAnswerAnUnreadableBodyWithABadRequest() throws Exception {
        mvc.perform(withCsrf(post(PATH)).contentType(MediaType.APPLICATION_JSON).content("{\"organisationName\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Felaktig begäran"));

        verifyNoInteractions(signups);
    }

    private ResultActions signUp() throws Exception {
        return mvc.perform(
                withCsrf(post(PATH)).contentType(MediaType.APPLICATION_JSON).content(BODY));
    }

    /** The cookie-based CSRF token as the page's script sends it (cookie echoed in a header). */
    private static MockHttpServletRequestBuilder withCsrf(MockHttpServletRequestBuilder request) {
        return request.cookie(new Cookie("XSRF-TOKEN", "token-1")).header("X-XSRF-TOKEN", "token-1");
    }

    /** The service signs up with reference INF-7-0001 and the given status. */
    private void answer(SessionSignup.Status status) {
        SessionSignup signup = mock(SessionSignup.class);
        when(signup.getReference()).thenReturn("INF-7-0001");
        when(signup.getStatus()).thenReturn(status);
        when(signups.signUp(eq(7L), any())).thenReturn(signup);
    }
}
