package se.lansstyrelsen.jvg.privacy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * The erasure's address until the internal pages had one prefix, as the operations guide documented it:
 * {@code /internal/accessions/{caseNumber}/contact-person} answers every method with 308 Permanent Redirect to
 * {@code /intern/arenden/{caseNumber}/kontaktperson}, so a script's DELETE stays a DELETE (curl -L keeps the
 * method and, on the same host, the HTTP Basic login). Runs before Spring Security: the redirect itself needs
 * no login, and the new address asks for it.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class OldErasureAddress extends OncePerRequestFilter {

    private static final Pattern OLD = Pattern.compile("^/internal/accessions/([^/]+)/contact-person/?$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith("/internal/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher old = OLD.matcher(path(request));
        if (!old.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String caseNumber = UriUtils.encodePathSegment(old.group(1), StandardCharsets.UTF_8);
        response.setStatus(HttpStatus.PERMANENT_REDIRECT.value());
        response.setHeader(
                HttpHeaders.LOCATION,
                request.getContextPath() + PersonalDataController.PATH.replace("{caseNumber}", caseNumber));
    }

    /** The decoded, normalised path within the application (as the servlet mapping sees it). */
    private static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    }
}
