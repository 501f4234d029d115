package org.serviceportal.platform.security.totp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.serviceportal.platform.security.LoginThrottle;
import org.serviceportal.platform.security.Role;
import org.serviceportal.platform.security.VerifiedCaller;
import org.serviceportal.platform.security.oidc.OidcSettings;

/**
 * The step between a correct password and being signed in. A user with a second factor is asked for
 * a code; a local administrator without one, while staff do not sign in through OpenID Connect, must
 * enrol first. Until then the session holds only this pending step, not a caller: every protected
 * page still sends to the login page, so an administrator can do nothing else before enrolling.
 */
@ApplicationScoped
public class SecondFactorSignIn {

    public static final String CODE_PAGE = "/sign-in-code.xhtml";
    public static final String ENROL_PAGE = "/sign-in-enrol.xhtml";
    /** Wrong codes after which the password must be given again. */
    static final int MAX_FAILURES = 5;

    static final String PENDING = SecondFactorSignIn.class.getName() + ".pending";

    /** A caller whose password was right, waiting for the second step; {@code offer} is set when enrolling. */
    public record Pending(String username, Set<String> groups, TotpService.Offer offer, int failures)
            implements Serializable {
    }

    @Inject
    TotpService totp;

    @Inject
    OidcSettings oidc;

    @Inject
    LoginThrottle throttle;

    /**
     * After a correct password: whether a second step follows. If so, the session (with a new id)
     * remembers the caller as pending, and {@link #page} names the page of the step.
     */
    public boolean begin(HttpServletRequest request, String username, Set<String> groups) {
        Pending pending;
        if (totp.enrolled(username)) {
            pending = new Pending(username, Set.copyOf(groups), null, 0);
        } else if (mustEnrol(groups)) {
            pending = new Pending(username, Set.copyOf(groups), totp.offer(username), 0);
        } else {
            return false;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(PENDING, pending);
        return true;
    }

    /** Local administrators must have a second factor unless staff sign in through OpenID Connect. */
    boolean mustEnrol(Set<String> groups) {
        return groups.contains(Role.ADMINISTRATOR_NAME) && !oidc.configured();
    }

    public Optional<Pending> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) instanceof Pending p ? Optional.of(p) : Optional.empty();
    }

    /** The page of the pending step, if any. */
    public Optional<String> page(HttpServletRequest request) {
        return pending(request).map(p -> p.offer() == null ? CODE_PAGE : ENROL_PAGE);
    }

    /**
     * Checks the code of the pending step (enrolling the offered secret with it when enrolling). Right:
     * the verified caller, the pending step forgotten. Wrong: empty, and after {@link #MAX_FAILURES}
     * the pending step is forgotten too, so the password must be given again.
     */
    public Optional<VerifiedCaller> complete(HttpServletRequest request, String code) {
        Optional<Pending> found = pending(request);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Pending p = found.get();
        // wrong codes count as failed logins of the user: a known password does not buy unlimited guesses
        String address = request.getRemoteAddr();
        boolean right = throttle.allows(p.username(), address) && (p.offer() == null ? totp.verify(p.username(), code)
                : totp.confirm(p.username(), p.offer().secret(), code));
        HttpSession session = request.getSession(false);
        if (right) {
            throttle.succeeded(p.username());
            session.removeAttribute(PENDING);
            return Optional.of(new VerifiedCaller(p.username(), p.groups()));
        }
        throttle.failed(p.username(), address);
        if (p.failures() + 1 >= MAX_FAILURES) {
            session.removeAttribute(PENDING);
        } else {
            session.setAttribute(PENDING, new Pending(p.username(), p.groups(), p.offer(), p.failures() + 1));
        }
        return Optional.empty();
    }
}
