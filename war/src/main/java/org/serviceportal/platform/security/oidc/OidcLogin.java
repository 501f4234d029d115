package org.serviceportal.platform.security.oidc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The login page's "Sign in with ..." and logout at the provider. */
@Named("oidcLogin")
@RequestScoped
public class OidcLogin {

    @Inject
    OidcSettings settings;

    @Inject
    OidcClient client;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    Optional<String> baseUrl;

    public boolean isConfigured() {
        return settings.configured();
    }

    public String getProvider() {
        return settings.displayName();
    }

    /**
     * Where logout continues when the caller signed in through the provider: its end-session
     * endpoint with the ID token as hint, coming back to the portal's home page. Read before the
     * session is invalidated.
     */
    public Optional<URI> logoutAtProvider(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (!settings.configured() || session == null || !(session.getAttribute(OidcSignInServlet.ID_TOKEN) instanceof String idToken)) {
            return Optional.empty();
        }
        String base = baseUrl.filter(b -> !b.isBlank()).map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b)
                .orElseGet(() -> request.getRequestURL().toString().replaceFirst("(https?://[^/]+).*", "$1")
                        + request.getContextPath());
        return client.logout(idToken, URI.create(base + "/"));
    }
}
