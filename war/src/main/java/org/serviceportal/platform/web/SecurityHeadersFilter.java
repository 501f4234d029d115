package org.serviceportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import org.serviceportal.platform.security.oidc.OidcSettings;

/**
 * Security headers on every response. Scripts on pages are governed by PrimeFaces' CSP mode, which
 * sends its own policy with a nonce per page ({@code primefaces.CSP}); browsers enforce every policy
 * they get, so a script runs only where both allow it. This policy adds what that one leaves open:
 * sources of everything else, framing, forms, plugins.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    transient OidcSettings oidc;

    private transient volatile String pagePolicy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!path.startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", pagePolicy());
            response.setHeader("X-Frame-Options", "DENY");
        } else {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        if (path.startsWith("/admin/") || path.startsWith("/login")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /**
     * The pages' policy. With staff signing in through an OpenID Connect provider, logout (a form)
     * ends at the provider's end-session endpoint: its origin joins {@code form-action}, which
     * browsers also apply to the redirects after a form is sent.
     */
    String pagePolicy() {
        String p = pagePolicy;
        if (p == null) {
            p = POLICY;
            if (oidc != null && oidc.configured()) {
                URI issuer = URI.create(oidc.issuer());
                String origin = issuer.getScheme() + "://" + issuer.getRawAuthority();
                p = POLICY.replace("form-action 'self'", "form-action 'self' " + origin);
            }
            pagePolicy = p;
        }
        return p;
    }
}
