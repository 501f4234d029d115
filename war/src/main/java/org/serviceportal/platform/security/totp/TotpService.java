package org.serviceportal.platform.security.totp;

import io.nayuki.qrcodegen.QrCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.security.PortalUser;

/**
 * Owns the TOTP second factor of local accounts: enrolment (a new secret, confirmed with a first
 * code), checking a code at sign-in (each step accepted once), removal by the user and reset by an
 * administrator. Enrolment, removal and reset are audited; secrets never appear in the audit log.
 */
@ApplicationScoped
public class TotpService {

    /** The name authenticator apps show beside the account. */
    static final String ISSUER = "Service portal";

    /** A secret offered for enrolment, not yet stored: as text, as otpauth URI and as QR code (SVG). */
    public record Offer(String secret, String uri, String qrSvg) implements java.io.Serializable {
    }

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Whether the user has a second factor. */
    public boolean enrolled(String username) {
        return user(username).map(u -> em.find(UserTotp.class, u.getId()) != null).orElse(false);
    }

    /** A new secret for {@code username} to enrol with. */
    public Offer offer(String username) {
        byte[] secret = Totp.newSecret(random);
        String uri = Totp.uri(ISSUER, username, secret);
        return new Offer(Totp.base32(secret), uri, svg(QrCode.encodeText(uri, QrCode.Ecc.MEDIUM)));
    }

    /**
     * Stores the offered secret when {@code code} is a current code of it, replacing an earlier one.
     * Returns false, storing nothing, when the code is wrong.
     */
    @Transactional
    public boolean confirm(String username, String secret, String code) {
        PortalUser u = user(username).orElseThrow(() -> new NotFoundException("User", username));
        OptionalLong step = Totp.verify(Totp.fromBase32(secret), code, clock.instant(), -1);
        if (step.isEmpty()) {
            return false;
        }
        UserTotp earlier = em.find(UserTotp.class, u.getId());
        if (earlier != null) {
            em.remove(earlier);
            em.flush();
        }
        em.persist(new UserTotp(u.getId(), secret, step.getAsLong(), clock.instant()));
        em.flush();
        if (earlier == null) {
            audit.created("SecondFactor", username, Map.of("user", username, "method", "totp"));
        } else {
            audit.updated("SecondFactor", username, Map.of("user", username, "method", "totp"),
                    Map.of("user", username, "method", "totp", "secret", "replaced"));
        }
        return true;
    }

    /**
     * Whether {@code code} is a current code of the user's secret that was not used before; the step
     * is claimed in the same transaction, so the same code never passes twice, on any node.
     */
    @Transactional
    public boolean verify(String username, String code) {
        Optional<PortalUser> u = user(username);
        if (u.isEmpty()) {
            return false;
        }
        UserTotp totp = em.find(UserTotp.class, u.get().getId());
        if (totp == null) {
            return false;
        }
        OptionalLong step = Totp.verify(Totp.fromBase32(totp.getSecret()), code, clock.instant(), totp.getLastStep());
        if (step.isEmpty()) {
            return false;
        }
        int claimed = em.createNamedQuery(UserTotp.CLAIM_STEP).setParameter("step", step.getAsLong())
                .setParameter("userId", u.get().getId()).executeUpdate();
        return claimed == 1;
    }

    /** Removes the user's second factor (by themselves, or by an administrator as a reset); audited. */
    @Transactional
    public boolean remove(String username) {
        PortalUser u = user(username).orElseThrow(() -> new NotFoundException("User", username));
        UserTotp totp = em.find(UserTotp.class, u.getId());
        if (totp == null) {
            return false;
        }
        em.remove(totp);
        em.flush();
        audit.deleted("SecondFactor", username, Map.of("user", username, "method", "totp"));
        return true;
    }

    /**
     * Gives the user this secret unless they have one already; for a test portal's administrator
     * ({@code portal.admin.totp-secret}), at start-up.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean provision(String username, String secret) {
        Totp.fromBase32(secret); // refuses a malformed setting before storing it
        Optional<PortalUser> u = user(username);
        if (u.isEmpty() || em.find(UserTotp.class, u.get().getId()) != null) {
            return false;
        }
        em.persist(new UserTotp(u.get().getId(), secret.replace(" ", "").toUpperCase(java.util.Locale.ROOT), -1,
                clock.instant()));
        em.flush();
        audit.created("SecondFactor", username, Map.of("user", username, "method", "totp", "from", "setting"));
        return true;
    }

    private Optional<PortalUser> user(String username) {
        return em.createNamedQuery(PortalUser.FIND_BY_USERNAME, PortalUser.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** The QR code as a self-contained SVG: no script, no external image, fine under the CSP. */
    static String svg(QrCode qr) {
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"220\" height=\"220\" shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
