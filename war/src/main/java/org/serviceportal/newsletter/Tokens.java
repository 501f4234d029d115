package org.serviceportal.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.serviceportal.platform.security.SecretTokens;

/**
 * The secrets in newsletter links. A confirm token is 256 random bits, stored only as its SHA-256
 * hash and valid for a short time. A manage/unsubscribe link must keep working in every mail a
 * subscriber ever received, so it is signed instead: {@code id.HMAC-SHA256(server secret, id:link key)},
 * where the link key is 256 random bits of the subscriber's own (removed on erasure, which voids every
 * link at once) and the server secret is kept in the database, shared by all nodes.
 */
final class Tokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    /** 256 random bits, URL-safe. */
    static String random() {
        return SecretTokens.random();
    }

    static String sha256(String s) {
        return SecretTokens.hash(s);
    }

    static String link(String secret, long subscriberId, String linkKey) {
        return subscriberId + "." + B64.encodeToString(hmac(secret, subscriberId + ":" + linkKey));
    }

    /** The subscriber id a link token names, before its signature is checked. */
    static Optional<Long> subscriberOf(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(token.substring(0, dot)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code token} is the link token of this subscriber; constant time. */
    static boolean verifyLink(String secret, long subscriberId, String linkKey, String token) {
        if (linkKey == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(link(secret, subscriberId, linkKey).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
