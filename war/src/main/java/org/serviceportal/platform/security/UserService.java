package org.serviceportal.platform.security;

import static org.serviceportal.platform.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;

/** Owns the users and their roles. Passwords never appear in views or in the audit log. */
@ApplicationScoped
public class UserService {

    /** What administrators see of a user. */
    public record UserView(long id, String username, String displayName, String email, boolean enabled,
            Set<Role> roles, long version) implements java.io.Serializable {
    }

    /** A new user. */
    public record NewUser(
            @NotBlank @Pattern(regexp = "[a-zA-Z0-9._@-]{2,100}") String username,
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 320) String email,
            @NotBlank @Size(min = Passwords.MIN_LENGTH, max = 200) String password,
            @NotEmpty Set<Role> roles) {
    }

    /** The editable fields of a user; a blank password leaves it unchanged. */
    public record UserChange(
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 320) String email,
            boolean enabled,
            @NotEmpty Set<Role> roles,
            @Size(max = 200) String newPassword,
            long version) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<UserView> list() {
        return em.createNamedQuery(PortalUser.FIND_ALL, PortalUser.class).getResultList().stream().map(UserService::view)
                .toList();
    }

    public Optional<UserView> find(String username) {
        return entity(username).map(UserService::view);
    }

    @Transactional
    public UserView create(@Valid NewUser user) {
        if (entity(user.username()).isPresent()) {
            throw new InvalidInputException("username", "error.user.nameTaken");
        }
        // stored as compared (LoginThrottle.normalize): one account per spelling
        var u = new PortalUser(LoginThrottle.normalize(user.username()), user.displayName().strip(), passwords.hash(user.password()), clock.instant());
        u.setEmail(blankToNull(user.email()));
        u.setRoles(roleNames(user.roles()));
        em.persist(u);
        em.flush();
        var after = view(u);
        audit.created("User", u.getUsername(), after);
        return after;
    }

    @Transactional
    public UserView update(long id, @Valid UserChange change) {
        PortalUser u = Optional.ofNullable(em.find(PortalUser.class, id)).orElseThrow(() -> new NotFoundException("User", id));
        if (u.getVersion() != change.version()) {
            throw new StaleVersionException("User", id);
        }
        if (change.newPassword() != null && !change.newPassword().isBlank()
                && change.newPassword().length() < Passwords.MIN_LENGTH) {
            throw new InvalidInputException("newPassword", "error.user.passwordTooShort", Passwords.MIN_LENGTH);
        }
        var before = view(u);
        u.setDisplayName(change.displayName().strip());
        u.setEmail(blankToNull(change.email()));
        u.setEnabled(change.enabled());
        u.setRoles(roleNames(change.roles()));
        boolean passwordChanged = change.newPassword() != null && !change.newPassword().isBlank();
        if (passwordChanged) {
            u.setPasswordHash(passwords.hash(change.newPassword()));
        }
        em.flush();
        var after = view(u);
        audit.updated("User", u.getUsername(), before,
                passwordChanged ? Map.of("user", after, "password", "changed") : after);
        return after;
    }

    /**
     * Creates the first administrator {@code admin} when no such user exists. Runs at start-up, not
     * on behalf of anyone, so the audit entry names "system". In a transaction of its own, so that a
     * caller can ask again after it failed (another node of a cluster made {@code admin} at the same moment).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean createFirstAdministrator(String password) {
        if (entity("admin").isPresent()) {
            return false;
        }
        var u = new PortalUser("admin", "Administrator", passwords.hash(password), clock.instant());
        u.setRoles(Set.of(Role.ADMINISTRATOR_NAME));
        em.persist(u);
        em.flush();
        audit.created("User", "admin", view(u));
        return true;
    }

    private Optional<PortalUser> entity(String username) {
        return em.createNamedQuery(PortalUser.FIND_BY_USERNAME, PortalUser.class)
                .setParameter("username", LoginThrottle.normalize(username))
                .getResultStream().findFirst();
    }

    private static Set<String> roleNames(Set<Role> roles) {
        Set<String> names = new TreeSet<>();
        roles.forEach(r -> names.add(r.roleName()));
        return names;
    }

    static UserView view(PortalUser u) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.isEnabled(),
                u.getRoles().stream().map(Role::fromRoleName)
                        .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class))),
                u.getVersion());
    }

}
