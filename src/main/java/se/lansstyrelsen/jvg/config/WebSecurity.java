package se.lansstyrelsen.jvg.config;

import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security for our own pages only:
 * <ol>
 *   <li>The Prometheus metrics (managers and administrators): HTTP Basic with a Camunda user.</li>
 *   <li>Camunda's webapps (/camunda/**), the engine REST API (/engine-rest/**, its own HTTP Basic filter)
 *       and the rest of actuator are passed through untouched: they have their own login, CSRF protection
 *       and headers, and Spring Security adds nothing there.</li>
 *   <li>/intern/** and the demo mail viewer /epost: the Camunda webapps' login (the session of Tasklist or
 *       Cockpit, or our Swedish login page /intern/logga-in, which logs in to the webapps) or HTTP Basic
 *       for scripts; /intern/** for caseworkers (/intern/register, the exports /intern/export/** and the
 *       internal OpenAPI document also for managers and administrators; the administrators' erasure of a
 *       contact person, {@link SecurityPaths#ADMINISTRATORS_ERASURE}, only for administrators, and the engine
 *       knows the user while it runs, so authorizations and the operation log apply), /epost for caseworkers
 *       and administrators. The erasure's old address /internal/... answers with a redirect (privacy package).</li>
 *   <li>Everything else (the public pages, the register /anslutna, /api/** and the public OpenAPI document):
 *       open to all, with a cookie-based CSRF token for
 *       every POST (XSRF-TOKEN cookie echoed in the X-XSRF-TOKEN header or the _csrf form field) and
 *       strict security headers (CSP without inline script, frame-ancestors 'none', nosniff, referrer policy).</li>
 * </ol>
 */
@Configuration
class WebSecurity {

    /** CSP of our pages: only our own scripts and styles, no inline script, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** CSP of the internal pages: our own stylesheets, no script, no framing. */
    static final String INTERNAL_CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                    + "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** HTTP Basic realm of the internal pages; ASCII only, or Tomcat drops the WWW-Authenticate header. */
    static final String INTERNAL_REALM = "Jamstallt Vastra Gotaland - handlaggare";

    /** The Prometheus metrics; ordered before the pass-through chain, which covers /actuator/**. */
    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyAuthority(StaffGroups.MANAGERS, Groups.CAMUNDA_ADMIN))
                .httpBasic(b -> b.realmName("internal"))
                // Scraped with HTTP Basic, never by a browser session: no cookie, so no CSRF token.
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain passThroughChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(SecurityPaths.OTHERS_SECURED_ELSEWHERE)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.disable())
                .requestCache(r -> r.disable())
                .securityContext(s -> s.disable())
                .sessionManagement(s -> s.disable())
                .anonymous(a -> a.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain internalChain(HttpSecurity http, CamundaWebappLogin webappLogin, IdentityService identity)
            throws Exception {
        RequestMatcher erasure = new AntPathRequestMatcher(SecurityPaths.ADMINISTRATORS_ERASURE, "DELETE");
        return InternalLogin.configure(
                        http.securityMatcher(new OrRequestMatcher(
                                new AntPathRequestMatcher("/intern/**"), SecurityPaths.INTERNAL_API_DOCS)),
                        webappLogin)
                .csrf(c -> c.ignoringRequestMatchers(erasure))
                .addFilterAfter(new EngineAuthenticationFilter(identity, erasure), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(InternalLoginPage.PATH)
                        .permitAll()
                        .requestMatchers(erasure)
                        .hasAuthority(Groups.CAMUNDA_ADMIN)
                        // The managers' overview and its JSON API (the Cockpit plugin reads it with the webapps'
                        // session).
                        .requestMatchers(
                                "/intern/oversikt",
                                "/intern/oversikt/**",
                                "/intern/api/overview",
                                "/intern/api/overview/**")
                        .hasAnyAuthority(StaffGroups.CASEWORKERS, StaffGroups.MANAGERS, Groups.CAMUNDA_ADMIN)
                        .requestMatchers(
                                new AntPathRequestMatcher("/intern/register"),
                                new AntPathRequestMatcher("/intern/export/**"),
                                SecurityPaths.INTERNAL_API_DOCS)
                        .hasAnyAuthority(StaffGroups.CASEWORKERS, StaffGroups.MANAGERS, Groups.CAMUNDA_ADMIN)
                        .anyRequest()
                        .hasAuthority(StaffGroups.CASEWORKERS))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(INTERNAL_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /**
     * The demo mail viewer shows every secure link, so it needs a caseworker's or an administrator's login in
     * every profile (it exists only with profile devmail; elsewhere the login comes first, then a 404).
     * Its pages use inline styles and frame the e-mail's body (which sets its own sandboxing CSP).
     */
    @Bean
    @Order(3)
    SecurityFilterChain mailViewerChain(HttpSecurity http, CamundaWebappLogin webappLogin) throws Exception {
        return InternalLogin.configure(http.securityMatcher("/epost", "/epost/**"), webappLogin)
                .authorizeHttpRequests(
                        a -> a.anyRequest().hasAnyAuthority(StaffGroups.CASEWORKERS, Groups.CAMUNDA_ADMIN))
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        .contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'none'; style-src 'unsafe-inline'; "
                                                + "frame-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        // Plain (unmasked) token: the page's script echoes the cookie's value as it is.
        CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();
        return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.csrfTokenRepository(csrfCookie()).csrfTokenRequestHandler(plain))
                .exceptionHandling(e -> e.accessDeniedHandler(WebSecurity::csrfRejected))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
                .build();
    }

    /** The CSRF token in the XSRF-TOKEN cookie (readable by the page's script, SameSite=Strict). */
    static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(c -> c.sameSite("Strict"));
        return tokens;
    }

    /** A POST without a valid CSRF token: 403, in Swedish, as problem+json. */
    private static void csrfRejected(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Problems.json(
                        HttpServletResponse.SC_FORBIDDEN, text("config.csrf.title"), text("config.csrf.detail")));
    }
}
