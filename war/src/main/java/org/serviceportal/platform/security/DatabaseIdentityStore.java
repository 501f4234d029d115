package org.serviceportal.platform.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.Set;

/**
 * Checks user names and passwords against {@code portal_user}, and API tokens against
 * {@code api_token}. A token's caller name is {@code token:<name>}, so the audit log tells it apart.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    /** Compared against when the user does not exist, so that timing does not tell which names exist. */
    private volatile String dummyHash;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Clock clock;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential up) {
            return validatePassword(up.getCaller(), up.getPasswordAsString());
        }
        if (credential instanceof BearerTokenCredential bearer) {
            return apiTokens.findUsable(bearer.token(), clock.instant())
                    .map(t -> new CredentialValidationResult("token:" + t.getName(), Set.of(t.getRoleName())))
                    .orElse(INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult validatePassword(String username, String password) {
        var user = em.createNamedQuery(PortalUser.FIND_BY_USERNAME, PortalUser.class)
                .setParameter("username", LoginThrottle.normalize(username))
                .getResultStream().findFirst();
        if (user.isEmpty()) {
            passwords.verify(password, dummyHash());
            return INVALID_RESULT;
        }
        PortalUser u = user.get();
        if (!passwords.verify(password, u.getPasswordHash()) || !u.isEnabled()) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(u.getUsername(), Set.copyOf(u.getRoles()));
    }

    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            h = passwords.hash("not-a-password-of-anyone");
            dummyHash = h;
        }
        return h;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return validationResult.getCallerGroups();
    }
}
