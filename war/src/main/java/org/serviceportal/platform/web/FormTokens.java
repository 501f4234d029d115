package org.serviceportal.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed, time-stamped values that a stateless public form carries in a hidden field instead of
 * keeping them in a session: {@code <epoch seconds>.<HMAC-SHA256 of purpose and time>}. The report
 * form keeps its minimum fill time this way. Not a CSRF defence on its own (anyone may fetch a
 * fresh token): {@link SameOriginFilter} is that.
 * <p>
 * The key comes from {@code portal.forms.secret}; without it each node draws its own at start, so
 * a form shown by one node and posted to another is refused once (and shown again, with a token of
 * the node that answered). Set the secret in a cluster.
 */
@ApplicationScoped
public class FormTokens {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.forms.secret")
    Optional<String> secret;

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        byte[] raw;
        if (secret.isPresent() && !secret.get().isBlank()) {
            try {
                raw = MessageDigest.getInstance("SHA-256").digest(secret.get().getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        } else {
            raw = new byte[32];
            new SecureRandom().nextBytes(raw);
        }
        key = new SecretKeySpec(raw, "HmacSHA256");
    }

    /** A token for this purpose, stamped now. */
    public String issue(String purpose) {
        long seconds = clock.instant().getEpochSecond();
        return seconds + "." + sign(purpose, seconds);
    }

    /**
     * The token a form carries in its hidden field: the one posted back while it is still valid (so a
     * form shown again after a validation error keeps the time it was first shown), a new one otherwise.
     */
    public String keepOrIssue(String purpose, String posted, Duration maxAge) {
        return issuedAt(purpose, posted, maxAge).isPresent() ? posted : issue(purpose);
    }

    /**
     * When a token of this purpose was issued; empty when it is missing, forged, of another purpose
     * or older than {@code maxAge}.
     */
    public Optional<Instant> issuedAt(String purpose, String token, Duration maxAge) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long seconds;
        try {
            seconds = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] expected = sign(purpose, seconds).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Instant at = Instant.ofEpochSecond(seconds);
        Instant now = clock.instant();
        if (at.isAfter(now.plusSeconds(5)) || at.plus(maxAge).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(at);
    }

    private String sign(String purpose, long seconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((purpose + "|" + seconds).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
