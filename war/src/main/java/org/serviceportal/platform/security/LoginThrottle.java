package org.serviceportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} failed logins for a user name (from
 * any address), or {@value #FREE_ATTEMPTS_PER_ADDRESS} from one address (many people may share a
 * proxy), further attempts are refused for a delay that doubles with each failure, up to
 * {@link #MAX_DELAY}. A success clears the user name's count.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final int FREE_ATTEMPTS_PER_ADDRESS = 50;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public LoginThrottle() {
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether an attempt for this user from this address may be checked now. */
    public boolean allows(String username, String address) {
        Instant now = clock.instant();
        return allowed(userKey(username), FREE_ATTEMPTS, now)
                && allowed(addressKey(address), FREE_ATTEMPTS_PER_ADDRESS, now);
    }

    public void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        Instant now = clock.instant();
        failures.merge(userKey(username), new Failures(1, now), (a, b) -> new Failures(a.count + 1, now));
        failures.merge(addressKey(address), new Failures(1, now), (a, b) -> new Failures(a.count + 1, now));
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private boolean allowed(String key, int freeAttempts, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count < freeAttempts) {
            return true;
        }
        long factor = 1L << Math.min(20, f.count - freeAttempts);
        Duration delay = Duration.ofSeconds(Math.min(MAX_DELAY.toSeconds(), factor));
        return !now.isBefore(f.last.plus(delay));
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
