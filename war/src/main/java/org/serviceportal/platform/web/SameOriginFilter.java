package org.serviceportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery on pages: an unsafe method (a form's POST) is refused with 403 unless
 * the browser says it comes from this site. Public forms are stateless (no session, hence no token
 * kept per visitor), so they are protected the way OWASP calls "verifying origin with standard
 * headers": {@code Sec-Fetch-Site} must be {@code same-origin} or {@code none} (typed or bookmarked)
 * when the browser sends it; otherwise {@code Origin}, when sent, must name the host the request was
 * sent to (behind a reverse proxy, the proxy must pass the original {@code Host} on). A request
 * with neither is no browser's cross-site form and passes. Staff pages get the
 * same check on top of their Faces view state. The API ({@code /api/}) is not a page: it takes no
 * cookie as credentials, so a forged request there carries none.
 */
@WebFilter(filterName = "SameOriginFilter", urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SAFE.contains(request.getMethod()) || path.startsWith("/api/") || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        // the error page (403, "no access") in the visitor's language
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** Whether the browser's headers say the request comes from this site (or say nothing). */
    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            String s = site.strip().toLowerCase(Locale.ROOT);
            return s.equals("same-origin") || s.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        return originMatchesHost(origin, request.getHeader("Host"));
    }

    static boolean originMatchesHost(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            String h = host.strip().toLowerCase(Locale.ROOT);
            String a = authority.toLowerCase(Locale.ROOT);
            if (h.equals(a)) {
                return true;
            }
            // a default port may be left out on one side
            int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            if (uri.getPort() < 0) {
                return h.equals(a + ":" + defaultPort);
            }
            return uri.getPort() == defaultPort && h.equals(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
