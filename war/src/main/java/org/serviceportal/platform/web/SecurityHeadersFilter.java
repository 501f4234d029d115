package org.serviceportal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import org.serviceportal.platform.security.oidc.OidcSettings;

/**
 * Security headers on every response.
 * <ul>
 * <li>Staff pages ({@code /admin/}, the login page): scripts are governed by PrimeFaces' CSP mode,
 * which sends its own policy with a nonce per page ({@code primefaces.CSP}); browsers enforce every
 * policy they get, so a script runs only where both allow it. This policy adds what that one leaves
 * open: sources of everything else, framing, forms, plugins.</li>
 * <li>Public pages carry no script at all (their template has no PrimeFaces head) and get
 * {@link #PUBLIC_POLICY}: {@code script-src 'self'}, no nonce, no {@code unsafe-inline}. The policy
 * PrimeFaces would add with a fresh nonce is dropped there, so that a public page is the same bytes
 * and headers for every visitor, which a snapshot or a shared cache can serve.</li>
 * </ul>
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String PUBLIC_POLICY = "default-src 'self'; script-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Whether a path (within the application) is a public page: neither staff page (sign-in included) nor API. */
    public static boolean isPublicPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/admin/") && !path.startsWith("/login")
                && !path.startsWith("/sign-in");
    }
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
        if (isPublicPage(path)) {
            response.setHeader("Content-Security-Policy", PUBLIC_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            chain.doFilter(request, new OwnPolicyOnly(response));
            return;
        }
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

    /** A response on which others (PrimeFaces' CSP mode) cannot add a policy of their own. */
    static final class OwnPolicyOnly extends HttpServletResponseWrapper {

        OwnPolicyOnly(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Content-Security-Policy".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Content-Security-Policy".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }
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
