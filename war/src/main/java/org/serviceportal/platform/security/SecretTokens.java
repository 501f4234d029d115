package org.serviceportal.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets the portal hands out in links and to machines (API tokens, newsletter confirmations,
 * an incident's follow link): 256 random bits, shown once, stored only as their SHA-256 hash. A fast
 * hash is enough for secrets this long (unlike for passwords). One place, so every feature makes and
 * checks them the same way.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** 256 random bits, URL-safe Base64 without padding (43 characters). */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 hash of a secret, as 64 lower-case hex digits: what is stored. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code secret} is the secret whose hash is {@code storedHash}, in constant time; false for none. */
    public static boolean matches(String secret, String storedHash) {
        if (secret == null || secret.isBlank() || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(secret).getBytes(StandardCharsets.US_ASCII));
    }
}
