package se.lansstyrelsen.jvg.config;

import java.util.List;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The paths that decide which of {@link WebSecurity}'s chains and rules a request meets: those secured elsewhere,
 * the public and the internal OpenAPI documents, and the administrators' erasure.
 */
final class SecurityPaths {

    /** Camunda's webapps, the engine REST API, actuator and the root: secured by their own filters, if at all. */
    static final RequestMatcher OTHERS_SECURED_ELSEWHERE = new OrRequestMatcher(List.of(
            new AntPathRequestMatcher("/camunda/**"),
            new AntPathRequestMatcher("/camunda-welcome/**"),
            new AntPathRequestMatcher("/engine-rest/**"),
            new AntPathRequestMatcher("/actuator/**"),
            new AntPathRequestMatcher("/")));

    /** The public OpenAPI documents (springdoc): the default one and the group "offentlig", and the UI's config. */
    static final RequestMatcher PUBLIC_API_DOCS = new OrRequestMatcher(List.of(
            new AntPathRequestMatcher("/v3/api-docs"),
            new AntPathRequestMatcher("/v3/api-docs.yaml"),
            new AntPathRequestMatcher("/v3/api-docs/" + OpenApiDocs.PUBLIC_GROUP),
            new AntPathRequestMatcher("/v3/api-docs.yaml/" + OpenApiDocs.PUBLIC_GROUP),
            new AntPathRequestMatcher("/v3/api-docs/swagger-config")));

    /**
     * The administrators' erasure of a contact person (DELETE, privacy.PersonalDataController): scripts call it
     * with HTTP Basic and no cookie, so no CSRF token; a DELETE from another site needs a CORS preflight, which
     * this application never grants.
     */
    static final String ADMINISTRATORS_ERASURE = "/intern/arenden/*/kontaktperson";

    /** Every other OpenAPI document (the group "intern", and any group added later): internal login. */
    static final RequestMatcher INTERNAL_API_DOCS = new AndRequestMatcher(
            new OrRequestMatcher(
                    new AntPathRequestMatcher("/v3/api-docs/**"), new AntPathRequestMatcher("/v3/api-docs.yaml/**")),
            new NegatedRequestMatcher(PUBLIC_API_DOCS));

    private SecurityPaths() {}
}
