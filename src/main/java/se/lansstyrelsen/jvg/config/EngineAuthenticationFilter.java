package se.lansstyrelsen.jvg.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the engine know the authenticated user for the rest of a request that {@code applies} matches
 * (authorizations, operation log).
 */
final class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;
    private final RequestMatcher applies;

    EngineAuthenticationFilter(IdentityService identity, RequestMatcher applies) {
        this.identity = identity;
        this.applies = applies;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !applies.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        identity.setAuthentication(
                user.getName(),
                user.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
