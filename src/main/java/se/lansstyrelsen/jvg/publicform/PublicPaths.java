package se.lansstyrelsen.jvg.publicform;

import jakarta.servlet.http.HttpServletRequest;

/** The public, unauthenticated write paths that body limits and rate limiting apply to. */
final class PublicPaths {

  private PublicPaths() {}

  static boolean isPublicWrite(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod())) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.startsWith("/anslutning/");
  }
}
