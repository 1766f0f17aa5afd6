package se.lansstyrelsen.jvg.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * One login for our internal pages (the filter chains of /intern/** and /epost in {@link WebSecurity}): the Camunda
 * webapps' session (a caseworker logged in to Tasklist), or HTTP Basic with a Camunda user for scripts. A browser
 * without either is redirected to the Swedish login page; other clients get 401 with an ASCII-only realm (Tomcat
 * drops a header that is not ASCII).
 */
final class InternalLogin {

    private InternalLogin() {}

    static HttpSecurity configure(HttpSecurity http, CamundaWebappLogin webappLogin) throws Exception {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName(WebSecurity.INTERNAL_REALM);
        AuthenticationEntryPoint entryPoint = (request, response, e) -> {
            if (wantsHtml(request)) {
                response.sendRedirect(InternalLoginPage.loginUrl(request));
            } else {
                basic.commence(request, response, e);
            }
        };
        return http.httpBasic(b -> b.realmName(WebSecurity.INTERNAL_REALM).authenticationEntryPoint(entryPoint))
                .addFilterAfter(webappLogin.sessionFilter(), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                // The login form posts with the same cookie-based CSRF token as the public pages.
                .csrf(c -> c.csrfTokenRepository(WebSecurity.csrfCookie())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                // The login lives in the webapps' session (CamundaWebappLogin); Spring Security keeps nothing there.
                // No session fixation protection here: it gave the session a new id on every internal request (the
                // login
                // is never stored by Spring Security, so each request looked like a new login), and Cockpit's requests
                // running at the same time with the old id got 401 and logged the user out (the Cockpit plugin reads
                // /intern/api/overview beside them). The login itself (webapps or /intern/logga-in) changes the id.
                .sessionManagement(s ->
                        s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
                .requestCache(r -> r.disable());
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
