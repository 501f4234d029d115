package org.serviceportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.serviceportal.platform.error.Problems;
import org.serviceportal.platform.security.totp.SecondFactorSignIn;

/**
 * One mechanism for the two kinds of caller:
 * <ul>
 * <li>{@code /api/...}: every request carries its own credentials, HTTP Basic (scripts) or
 * {@code Bearer} API tokens (machines); a session cookie never authenticates an API call, so the API
 * is not open to cross-site request forgery.</li>
 * <li>pages: form login through {@code login.xhtml} (which calls
 * {@code SecurityContext.authenticate}); the caller is then kept in the HTTP session, whose id is
 * renewed at login.</li>
 * </ul>
 * Wrong credentials and throttled attempts answer 401; which of the two is not told.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";

    /** The caller kept in the session after a form login. */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    DatabaseIdentityStore identityStore;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecondFactorSignIn secondFactor;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return validateApiRequest(request, response, context);
        }
        return validatePageRequest(request, context);
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        Credential credential;
        String throttleKey;
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = parseBasic(header.substring(6).trim());
            if (basic == null) {
                return unauthorized(response);
            }
            credential = basic;
            throttleKey = basic.getCaller();
        } else if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            credential = new BearerTokenCredential(header.substring(7).trim());
            // tokens have no user name: guessing is slowed per address, and a valid token clears it
            throttleKey = "bearer@" + request.getRemoteAddr();
        } else {
            return unauthorized(response);
        }
        String address = request.getRemoteAddr();
        if (!throttle.allows(throttleKey, address)) {
            return unauthorized(response);
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(throttleKey, address);
            return unauthorized(response);
        }
        throttle.succeeded(throttleKey);
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus validatePageRequest(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential up) {
            String address = request.getRemoteAddr();
            if (!throttle.allows(up.getCaller(), address)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = identityStore.validate(up);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                throttle.failed(up.getCaller(), address);
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (secondFactor.begin(request, result.getCallerPrincipal().getName(), result.getCallerGroups())) {
                // the login page sends to the second step; the throttle clears only when that passes
                return AuthenticationStatus.SEND_CONTINUE;
            }
            throttle.succeeded(up.getCaller());
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(SESSION_CALLER,
                    new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        if (credential instanceof VerifiedCaller verified) {
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(SESSION_CALLER, new SessionCaller(verified.name(), verified.groups()));
            return context.notifyContainerAboutLogin(verified.name(), verified.groups());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private static UsernamePasswordCredential parseBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"portal\", Bearer realm=\"portal\"");
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "The credentials are missing, wrong or expired.");
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
    }
}
