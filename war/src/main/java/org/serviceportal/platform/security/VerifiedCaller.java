package org.serviceportal.platform.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/**
 * A caller whose sign-in another part of the portal has completed and checked: the second factor
 * after the password, or an OpenID Connect provider's verified ID token. Built only by that server
 * code, never from request data; {@link PortalAuthenticationMechanism} then keeps it in the session.
 */
public record VerifiedCaller(String name, Set<String> groups) implements Credential {

    public VerifiedCaller {
        groups = Set.copyOf(groups);
    }
}
