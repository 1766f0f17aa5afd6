package se.lansstyrelsen.jvg.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic against Camunda's users (with Camunda's login throttling, as in the webapps) plus a group
 * check: 401 without valid credentials, 403 when the user is in none of the allowed groups. While the
 * request runs, the engine knows the user, so authorizations and the operation log apply to it.
 */
class CamundaGroupAccessFilter extends OncePerRequestFilter {

  private final IdentityService identity;
  private final Set<String> allowedGroups;
  private final String realm;

  CamundaGroupAccessFilter(IdentityService identity, Set<String> allowedGroups, String realm) {
    this.identity = identity;
    this.allowedGroups = allowedGroups;
    this.realm = realm;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = basicCredentials(request.getHeader("Authorization"));
    if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    String userId = credentials[0];
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    if (groups.stream().noneMatch(allowedGroups::contains)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    identity.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** user and password from an "Authorization: Basic ..." header, or null. */
  static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }
}
