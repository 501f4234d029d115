package org.serviceportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Device cookies (OWASP): a browser or script that signed in to an account once gets a cookie
 * {@code portal-device-<digest of the user name>=user.nonce.signature}, and {@link LoginThrottle} does not slow it down for failures that
 * others caused. The signature is an HMAC keyed with the account's password hash and session epoch:
 * secret to the server, the same on every node, and void as soon as the password changes or the
 * account is disabled.
 */
@ApplicationScoped
public class KnownDevices {

    /** The cookie's name ends in a digest of the user name: one cookie per account a client signs in to. */
    public static final String COOKIE_PREFIX = "portal-device-";
    static final Duration LIFETIME = Duration.ofDays(180);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    @PersistenceContext
    EntityManager em;

    /** A fresh device cookie value for this (normalised) user, or empty when the user is unknown. */
    public Optional<String> issue(String username) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String user = B64.encodeToString(username.getBytes(StandardCharsets.UTF_8));
        String id = B64.encodeToString(nonce);
        return key(username).map(k -> user + "." + id + "." + B64.encodeToString(sign(k, username, id)));
    }

    /**
     * The device id of the request's device cookie when it is valid for this (normalised) user;
     * null otherwise (no cookie, another user's, forged, or voided).
     */
    public String deviceOf(HttpServletRequest request, String username) {
        String value = cookie(request, cookieName(username));
        if (value == null || value.length() > 400) {
            return null;
        }
        String[] parts = value.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            String user = new String(B64D.decode(parts[0]), StandardCharsets.UTF_8);
            if (!user.equals(username)) {
                return null;
            }
            byte[] given = B64D.decode(parts[2]);
            Optional<String> key = key(username);
            if (key.isEmpty()) {
                return null;
            }
            return MessageDigest.isEqual(sign(key.get(), username, parts[1]), given) ? parts[1] : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The name of this (normalised) user's device cookie. */
    public static String cookieName(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
            return COOKIE_PREFIX + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (name.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    /** The signing key of an enabled user: their password hash and session epoch. */
    private Optional<String> key(String username) {
        return em.createNamedQuery(PortalUser.FIND_BY_USERNAME, PortalUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .filter(PortalUser::isEnabled)
                .map(u -> u.getPasswordHash() + "|" + u.getSessionEpoch());
    }

    private static byte[] sign(String key, String username, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(("device|" + username + "|" + id).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
