package org.serviceportal.platform.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.security.Passwords;
import org.serviceportal.platform.security.PortalUser;

/**
 * The portal's users of staff who sign in through the OpenID Connect provider: made or updated
 * (name, e-mail, roles) at each sign-in and audited when anything changed. Such a user gets a random
 * password nobody knows, so it cannot sign in locally; a local account of the same name is never
 * taken over (break-glass accounts stay the portal's own).
 */
@ApplicationScoped
public class StaffAccounts {

    /** Why a sign-in through the provider was refused. */
    public enum Refusal {
        /** The provider gave none of the portal's roles. */
        NO_ROLE,
        /** The user name belongs to a local account. */
        LOCAL_ACCOUNT,
        /** The portal's user is disabled. */
        DISABLED
    }

    /** The outcome: the caller's name and roles, or why not. */
    public record Outcome(String username, Set<String> roles, Refusal refusal) {
        public boolean signedIn() {
            return refusal == null;
        }
    }

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Makes or updates the user of a verified identity of the provider. */
    @Transactional
    public Outcome signIn(ProviderIdentity identity) {
        Optional<PortalUser> found = em.createNamedQuery(PortalUser.FIND_BY_USERNAME, PortalUser.class)
                .setParameter("username", identity.username()).getResultStream().findFirst();
        if (found.isPresent() && !identity.subject().equals(found.get().getOidcSubject())) {
            return new Outcome(identity.username(), Set.of(), Refusal.LOCAL_ACCOUNT);
        }
        if (identity.roles().isEmpty()) {
            return new Outcome(identity.username(), Set.of(), Refusal.NO_ROLE);
        }
        if (found.isEmpty()) {
            byte[] unknown = new byte[32];
            random.nextBytes(unknown);
            var u = new PortalUser(identity.username(), displayName(identity), passwords.hash(
                    Base64.getEncoder().encodeToString(unknown)), clock.instant());
            u.setOidcSubject(identity.subject());
            u.setEmail(identity.email());
            u.setRoles(identity.roles());
            em.persist(u);
            em.flush();
            audit.created("User", u.getUsername(), state(u));
            return new Outcome(u.getUsername(), Set.copyOf(u.getRoles()), null);
        }
        PortalUser u = found.get();
        if (!u.isEnabled()) {
            return new Outcome(u.getUsername(), Set.of(), Refusal.DISABLED);
        }
        Map<String, Object> before = state(u);
        u.setDisplayName(displayName(identity));
        u.setEmail(identity.email());
        u.setRoles(identity.roles());
        Map<String, Object> after = state(u);
        if (!before.equals(after)) {
            em.flush();
            audit.updated("User", u.getUsername(), before, after);
        }
        return new Outcome(u.getUsername(), Set.copyOf(u.getRoles()), null);
    }

    private static String displayName(ProviderIdentity identity) {
        String name = identity.displayName() == null || identity.displayName().isBlank() ? identity.username()
                : identity.displayName().strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static Map<String, Object> state(PortalUser u) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", u.getUsername());
        state.put("displayName", u.getDisplayName());
        state.put("email", u.getEmail() == null ? "" : u.getEmail());
        state.put("roles", new TreeSet<>(u.getRoles()));
        state.put("signsInThrough", "openid-connect");
        return state;
    }
}
