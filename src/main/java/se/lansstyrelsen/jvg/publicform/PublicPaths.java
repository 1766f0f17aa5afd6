package se.lansstyrelsen.jvg.publicform;

import jakarta.servlet.http.HttpServletRequest;

/** The public, unauthenticated paths that body limits and rate limiting apply to. */
final class PublicPaths {

    private PublicPaths() {}

    static boolean isPublicWrite(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod())) {
            return false;
        }
        String path = path(request);
        return path.startsWith("/api/") || path.startsWith("/anslutning/") || path.startsWith("/informationstraffar/");
    }

    /** The public register and its open data, and the public OpenAPI document: reads with their own rate limit. */
    static boolean isRegisterRead(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = path(request);
        return path.equals("/anslutna")
                || path.equals("/api/register")
                || path.equals("/api/register.csv")
                || path.equals("/api/register.xlsx")
                || path.startsWith("/v3/api-docs");
    }

    /**
     * The path within the application as the container maps it to a servlet: decoded ({@code %61} is
     * {@code a}), normalised ({@code //}, {@code /./} and {@code /../} resolved) and without path parameters
     * ({@code ;jsessionid=...}). The raw request URI is none of these, so a filter that matched it could be
     * passed by a spelling of the same path that still reaches the same controller.
     */
    static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    }
}
