package org.serviceportal.platform.security.oidc;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceportal.platform.security.VerifiedCaller;

/**
 * {@code /oidc/sign-in} sends the browser to the provider; {@code /oidc/callback} finishes the
 * sign-in it comes back with: the code exchanged, the ID token verified, the portal's user made or
 * updated, the caller signed in (a new session id) and sent on. Refusals go to a page that says why.
 */
@WebServlet(urlPatterns = {OidcSignInServlet.SIGN_IN, OidcSignInServlet.CALLBACK})
public class OidcSignInServlet extends HttpServlet {

    static final String SIGN_IN = "/oidc/sign-in";
    static final String CALLBACK = "/oidc/callback";
    static final String STARTED = OidcSignInServlet.class.getName() + ".started";
    /** The ID token of the signed-in caller, the hint for logout at the provider. */
    public static final String ID_TOKEN = OidcSignInServlet.class.getName() + ".idToken";
    public static final String REFUSED_PAGE = "/sign-in-refused.xhtml";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcSignInServlet.class.getName());

    @Inject
    transient OidcSettings settings;

    @Inject
    transient OidcClient client;

    @Inject
    transient StaffAccounts accounts;

    @Inject
    transient SecurityContext securityContext;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    transient java.util.Optional<String> baseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!settings.configured()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (SIGN_IN.equals(request.getServletPath())) {
            start(request, response);
        } else {
            callback(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        URI callback = URI.create(base(request) + CALLBACK);
        OidcClient.Redirect redirect = client.start(callback, safeNext(request.getParameter("next")));
        request.getSession(true).setAttribute(STARTED, redirect.started());
        response.sendRedirect(redirect.location().toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        OidcClient.Started started = session != null && session.getAttribute(STARTED) instanceof OidcClient.Started s ? s : null;
        if (session != null) {
            session.removeAttribute(STARTED); // a state is good for one answer only
        }
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        if (started == null || state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                started.state().getBytes(StandardCharsets.UTF_8)) || code == null) {
            LOG.info(() -> "OpenID Connect callback without a matching sign-in (error: " + request.getParameter("error") + ")");
            refuse(request, response, "failed");
            return;
        }
        OidcClient.Verified verified;
        try {
            verified = client.finish(started, code);
        } catch (OidcClient.SignInFailed e) {
            LOG.log(Level.WARNING, "OpenID Connect sign-in refused: {0}", e.getMessage());
            refuse(request, response, "failed");
            return;
        }
        var identity = ProviderIdentity.of(verified.claims(), settings.rolesClaim());
        StaffAccounts.Outcome outcome = accounts.signIn(identity);
        if (!outcome.signedIn()) {
            LOG.info(() -> "OpenID Connect sign-in of " + identity.username() + " refused: " + outcome.refusal());
            refuse(request, response, outcome.refusal().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new VerifiedCaller(outcome.username(), outcome.roles())).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            refuse(request, response, "failed");
            return;
        }
        request.getSession(true).setAttribute(ID_TOKEN, verified.idToken());
        response.sendRedirect(request.getContextPath() + started.next());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        response.sendRedirect(request.getContextPath() + REFUSED_PAGE + "?reason=" + reason);
    }

    /** The portal's public address: {@code portal.base-url}, else the address this request came to. */
    String base(HttpServletRequest request) {
        return baseUrl.filter(b -> !b.isBlank()).map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b)
                .orElseGet(() -> request.getRequestURL().toString().replaceFirst("(https?://[^/]+).*", "$1")
                        + request.getContextPath());
    }

    /** Only a path inside the portal: never an open redirect. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/admin/index.xhtml";
        }
        return next;
    }
}
