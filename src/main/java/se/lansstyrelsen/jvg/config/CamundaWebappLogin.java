package se.lansstyrelsen.jvg.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda webapps' login (Tasklist, Cockpit, Admin) as the login of our internal pages. The webapps
 * keep the logged-in user in the HTTP session (attribute "authenticatedUser", an {@link Authentications}
 * per engine); a caseworker logged in to Tasklist therefore opens /intern/** and /epost without another
 * login, and a login on our own page (/intern/logga-in) is a Tasklist login as well.
 *
 * <p>Only the user id is taken from the session; the groups are read from the engine's identity service
 * on every request, so a removed membership takes effect at once, as it does for HTTP Basic.
 */
@Component
public class CamundaWebappLogin {

    private final ProcessEngine engine;
    private final IdentityService identity;

    CamundaWebappLogin(ProcessEngine engine) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
    }

    /** The user logged in to the webapps of this application's engine in this session, if any. */
    Optional<String> userOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications all = AuthenticationUtil.getAuthsFromSession(session);
        Authentication auth = all == null ? null : all.getAuthenticationForProcessEngine(engine.getName());
        if (!(auth instanceof UserAuthentication) || auth.getIdentityId() == null) {
            return Optional.empty();
        }
        // A user deleted since the login has no session login any more.
        return identity.createUserQuery().userId(auth.getIdentityId()).count() == 1
                ? Optional.of(auth.getIdentityId())
                : Optional.empty();
    }

    /** The Camunda groups of a user, as Spring Security authorities. */
    List<SimpleGrantedAuthority> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream()
                .map(g -> new SimpleGrantedAuthority(g.getId()))
                .toList();
    }

    /**
     * Checks the password (with the engine's login throttling) and, when it is right, logs the user in to
     * the webapps exactly as the webapps' own login does: a new session id (no session fixation) that
     * carries the user's authentication for this engine.
     *
     * @return false when the user name or password is wrong
     */
    public boolean logIn(HttpServletRequest request, String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            return false;
        }
        identity.clearAuthentication();
        if (!identity.checkPassword(user, password)) {
            return false;
        }
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, user);
        if (authentication == null) {
            return false;
        }
        authentication.setCacheValidationTime(
                ServletContextUtil.getAuthCacheValidationTime(request.getServletContext()));
        request.getSession(true);
        AuthenticationUtil.revalidateSession(request, authentication);
        return true;
    }

    /**
     * Spring Security filter for the internal chains: when no HTTP Basic login came with the request, the
     * webapp session's user (if any) becomes the request's authentication, with its current groups.
     */
    OncePerRequestFilter sessionFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var current = SecurityContextHolder.getContext().getAuthentication();
                if (current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken) {
                    userOf(request).ifPresent(user -> {
                        SecurityContext context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(
                                UsernamePasswordAuthenticationToken.authenticated(user, null, groupsOf(user)));
                        SecurityContextHolder.setContext(context);
                    });
                }
                chain.doFilter(request, response);
            }
        };
    }
}
