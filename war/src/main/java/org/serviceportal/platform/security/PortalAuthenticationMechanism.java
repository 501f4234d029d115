package org.serviceportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.Cookie;
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
import org.serviceportal.platform.web.ClientAddress;

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

    /**
     * The caller kept in the session after a form login, with the user's session epoch at that
     * moment: a later change of the account (disabled, roles, password) ends the session.
     */
    record SessionCaller(String name, Set<String> groups, long epoch) implements Serializable {
    }

    @Inject
    DatabaseIdentityStore identityStore;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecondFactorSignIn secondFactor;

    @Inject
    KnownDevices devices;

    @Inject
    SessionEpochs epochs;

    @Inject
    ClientAddress clientAddress;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return validateApiRequest(request, response, context);
        }
        return validatePageRequest(request, response, context);
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        CredentialValidationResult result;
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = parseBasic(header.substring(6).trim());
            if (basic == null) {
                return unauthorized(request, response);
            }
            Checked checked = checkPassword(request, basic);
            result = checked == null ? null : checked.result();
            if (checked != null) {
                passed(request, response, checked);
            }
        } else if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // tokens have no user name: guessing is slowed per address, and a valid token clears it
            String address = clientAddress.of(request);
            String throttleKey = "bearer@" + address;
            boolean allowed = throttle.allows(throttleKey, address);
            result = identityStore.validate(new BearerTokenCredential(header.substring(7).trim()));
            if (!allowed || result.getStatus() != CredentialValidationResult.Status.VALID) {
                if (allowed) {
                    throttle.failed(throttleKey, address);
                }
                result = null;
            } else {
                throttle.succeeded(throttleKey);
            }
        } else {
            return unauthorized(request, response);
        }
        if (result == null) {
            return unauthorized(request, response);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus validatePageRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential up) {
            // read before the check: a change in between ends the new session rather than keeping it
            long epoch = epochs.current(up.getCaller()).orElse(-1);
            Checked checked = checkPassword(request, up);
            if (checked == null) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = checked.result();
            if (secondFactor.begin(request, result.getCallerPrincipal().getName(), result.getCallerGroups())) {
                // the login page sends to the second step; the throttle clears only when that passes
                return AuthenticationStatus.SEND_CONTINUE;
            }
            passed(request, response, checked);
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(SESSION_CALLER, new SessionCaller(result.getCallerPrincipal().getName(),
                    Set.copyOf(result.getCallerGroups()), epoch));
            return context.notifyContainerAboutLogin(result);
        }
        if (credential instanceof VerifiedCaller verified) {
            long epoch = epochs.current(verified.name()).orElse(-1);
            String username = LoginThrottle.normalize(verified.name());
            if (devices.deviceOf(request, username) == null) {
                issueDeviceCookie(request, response, username);
            }
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(SESSION_CALLER, new SessionCaller(verified.name(), verified.groups(), epoch));
            return context.notifyContainerAboutLogin(verified.name(), verified.groups());
        }
        // a session id from the URL (;jsessionid=) is never honoured: it leaks through logs and Referer
        HttpSession session = request.isRequestedSessionIdFromURL() ? null : request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            if (epochs.current(caller.name()).orElse(-2) == caller.epoch()) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            // the account changed since sign-in: this session's roles are stale
            session.invalidate();
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

    /** A password that passed: its result, the normalised user name and the client's known device. */
    private record Checked(CredentialValidationResult result, String username, String device) {
    }

    /**
     * Checks a user name and password under the throttle; null when refused or wrong. The password
     * hash always runs, throttled or not, so that a refused attempt takes as long as a checked one.
     */
    private Checked checkPassword(HttpServletRequest request, UsernamePasswordCredential given) {
        String username = LoginThrottle.normalize(given.getCaller());
        String address = clientAddress.of(request);
        String device = devices.deviceOf(request, username);
        boolean allowed = throttle.allows(username, address, device);
        CredentialValidationResult result = identityStore.validate(
                new UsernamePasswordCredential(username, given.getPassword()));
        if (!allowed) {
            return null;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(username, address, device);
            return null;
        }
        return new Checked(result, username, device);
    }

    /**
     * A sign-in that passed: the throttle forgets the account's failures, and a client without a
     * device cookie gets one, so that others' failures never slow it down later.
     */
    private void passed(HttpServletRequest request, HttpServletResponse response, Checked checked) {
        throttle.succeeded(checked.username(), checked.device());
        if (checked.device() == null) {
            issueDeviceCookie(request, response, checked.username());
        }
    }

    private void issueDeviceCookie(HttpServletRequest request, HttpServletResponse response, String username) {
        devices.issue(username).ifPresent(value -> {
            Cookie cookie = new Cookie(KnownDevices.cookieName(username), value);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setSecure(clientAddress.secure(request));
            cookie.setMaxAge((int) KnownDevices.LIFETIME.toSeconds());
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
        });
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

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"portal\", Bearer realm=\"portal\"");
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, Problems.language(request), "error.http.401");
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
