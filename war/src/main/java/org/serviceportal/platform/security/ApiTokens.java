package org.serviceportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.NotFoundException;

/**
 * Issues, lists and revokes API tokens. The secret is shown once at issue; only its SHA-256 hash is
 * kept (a token has 256 random bits, so a fast hash is enough, unlike for passwords).
 */
@ApplicationScoped
public class ApiTokens {

    public static final String PREFIX = "sp_";

    /** A token just issued: the secret appears here and nowhere else. */
    public record IssuedToken(long id, String secret, Instant expiresAt) {
    }

    /** What administrators see of a token. */
    public record TokenView(long id, String name, String tokenPrefix, Role role, Instant expiresAt,
            String createdBy, Instant createdAt, Instant revokedAt, boolean usable) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public IssuedToken issue(String name, Role role, Duration validity, String issuedBy) {
        if (name == null || name.isBlank() || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A token needs a name and a validity");
        }
        String secret = PREFIX + SecretTokens.random();
        Instant now = clock.instant();
        var token = new ApiToken(name.strip(), sha256(secret), secret.substring(0, 10), role.roleName(),
                now.plus(validity), issuedBy, now);
        em.persist(token);
        em.flush();
        audit.created("ApiToken", token.getId(), Map.of("name", token.getName(), "role", token.getRoleName(),
                "expiresAt", token.getExpiresAt().toString()));
        return new IssuedToken(token.getId(), secret, token.getExpiresAt());
    }

    @Transactional
    public void revoke(long id) {
        ApiToken token = Optional.ofNullable(em.find(ApiToken.class, id))
                .orElseThrow(() -> new NotFoundException("ApiToken", id));
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant());
            audit.updated("ApiToken", id, Map.of("revokedAt", ""), Map.of("revokedAt", token.getRevokedAt().toString()));
        }
    }

    public List<TokenView> list() {
        Instant now = clock.instant();
        return em.createNamedQuery(ApiToken.FIND_ALL, ApiToken.class).getResultList().stream()
                .map(t -> new TokenView(t.getId(), t.getName(), t.getTokenPrefix(), Role.fromRoleName(t.getRoleName()), t.getExpiresAt(),
                        t.getCreatedBy(), t.getCreatedAt(), t.getRevokedAt(), t.isUsableAt(now)))
                .toList();
    }

    Optional<ApiToken> findUsable(String secret, Instant now) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
                .setParameter("hash", sha256(secret))
                .getResultStream().findFirst()
                .filter(t -> t.isUsableAt(now));
    }

    static String sha256(String s) {
        return SecretTokens.hash(s);
    }
}
