package org.serviceportal.platform.security.oidc;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.serviceportal.platform.security.Role;

/**
 * Who the provider says signed in, from a verified ID token: its subject, a user name, name, e-mail
 * and the portal's roles found in the roles claim.
 */
public record ProviderIdentity(String subject, String username, String displayName, String email, Set<String> roles) {

    /**
     * Reads the claims of a verified ID token. The user name is {@code preferred_username} (else the
     * subject); the roles are the values of {@code rolesClaim} (a dotted path such as
     * {@code realm_access.roles} reaches into nested objects) that name a portal role, ignoring case;
     * other values are ignored.
     */
    public static ProviderIdentity of(Map<String, Object> claims, String rolesClaim) {
        String subject = String.valueOf(claims.get("sub"));
        String username = claims.get("preferred_username") instanceof String s && !s.isBlank() ? s.strip() : subject;
        if (username.length() > 100) {
            username = username.substring(0, 100);
        }
        String name = claims.get("name") instanceof String s ? s : null;
        String email = claims.get("email") instanceof String s && s.length() <= 320 ? s : null;
        return new ProviderIdentity(subject, username, name, email, roles(claims, rolesClaim));
    }

    static Set<String> roles(Map<String, Object> claims, String rolesClaim) {
        Object value = claims;
        for (String part : rolesClaim.split("\\.")) {
            value = value instanceof Map<?, ?> m ? m.get(part) : null;
        }
        Collection<?> values = value instanceof Collection<?> c ? c : value instanceof String s ? List.of(s.split("[ ,]+")) : List.of();
        Set<String> roles = new TreeSet<>();
        for (Object v : values) {
            String name = String.valueOf(v).strip().toLowerCase(Locale.ROOT);
            for (Role r : Role.values()) {
                if (r.roleName().equals(name)) {
                    roles.add(r.roleName());
                }
            }
        }
        return roles;
    }
}
