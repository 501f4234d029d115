package org.serviceportal.platform.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect provider staff sign in with ({@code portal.oidc.*}); sign-in through it is on
 * when issuer, client id and client secret are all set.
 */
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "portal.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "portal.oidc.roles-claim", defaultValue = "roles")
    String rolesClaim;

    @Inject
    @ConfigProperty(name = "portal.oidc.display-name")
    Optional<String> displayName;

    /** Whether staff sign in through the provider. */
    public boolean configured() {
        return set(issuer) && set(clientId) && set(clientSecret);
    }

    public String issuer() {
        String s = issuer.orElseThrow().strip();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    public String clientId() {
        return clientId.orElseThrow().strip();
    }

    public String clientSecret() {
        return clientSecret.orElseThrow();
    }

    /** The claim holding the roles (a list of strings, or a nested one such as {@code realm_access.roles}). */
    public String rolesClaim() {
        return rolesClaim.strip();
    }

    /** The provider's name on the login page's button: the setting, or the issuer's host. */
    public String displayName() {
        return displayName.filter(d -> !d.isBlank())
                .orElseGet(() -> configured() ? String.valueOf(URI.create(issuer()).getHost()) : "");
    }

    private static boolean set(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
