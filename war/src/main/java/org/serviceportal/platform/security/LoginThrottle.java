package org.serviceportal.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows password guessing down without letting anyone lock a person out (OWASP: "Authentication
 * Cheat Sheet", "Slow down online guessing attacks with device cookies").
 * <ul>
 * <li>Failures are counted per account, per client address and per known device. Each count decays
 * by half every {@link #HALF_LIFE}, so old failures are forgotten by themselves.</li>
 * <li>Above its free attempts a key waits before its next attempt is checked: 1 s, 2 s, 4 s, … up to
 * {@link #MAX_ACCOUNT_DELAY} for an account, {@link #MAX_ADDRESS_DELAY} for an address (many people
 * may share one; a shared address is never shut for long).</li>
 * <li>A client that signed in to the account before (it shows a valid device cookie) is not slowed
 * by the account's or the address's failures, only by its own: guessing from elsewhere never keeps
 * the owner out.</li>
 * <li>User names are compared stripped and lower-cased ({@link #normalize}), so {@code "Admin "} is
 * the same key as {@code admin}.</li>
 * <li>Memory is bounded: at most {@link #MAX_TRACKED} keys, evicted by Caffeine's frequency-aware
 * policy (a flood of new keys does not push out the busy ones) and expired when they decayed.</li>
 * </ul>
 * The counts are per node: behind n nodes a key gets at most n times the attempts.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final int FREE_ATTEMPTS_PER_ADDRESS = 50;
    static final int FREE_ATTEMPTS_PER_DEVICE = 10;
    static final Duration HALF_LIFE = Duration.ofMinutes(10);
    static final Duration MAX_ACCOUNT_DELAY = Duration.ofMinutes(15);
    static final Duration MAX_ADDRESS_DELAY = Duration.ofMinutes(1);
    static final int MAX_TRACKED = 100_000;

    /** Failures that decay: {@code level} at {@code last}, halving every {@link #HALF_LIFE}. */
    record Failures(double level, Instant last) {
        double levelAt(Instant now) {
            double halves = Math.max(0, Duration.between(last, now).toMillis()) / (double) HALF_LIFE.toMillis();
            return level * Math.pow(0.5, halves);
        }
    }

    private final Cache<String, Failures> failures;

    @Inject
    Clock clock;

    public LoginThrottle() {
        this(null, MAX_TRACKED);
    }

    LoginThrottle(Clock clock) {
        this(clock, MAX_TRACKED);
    }

    LoginThrottle(Clock clock, int maxTracked) {
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .maximumSize(maxTracked)
                // after this long even 10^6 failures have decayed below one
                .expireAfterWrite(HALF_LIFE.multipliedBy(20))
                .ticker(() -> this.clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .build();
    }

    /** The user name as the portal compares it: without surrounding blanks, lower case. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether an attempt for this user from this address may be checked now. {@code device} is the
     * id of a valid device cookie for this user, or null.
     */
    public boolean allows(String username, String address, String device) {
        Instant now = clock.instant();
        if (device != null && waitsAt(deviceKey(device), FREE_ATTEMPTS_PER_DEVICE, MAX_ACCOUNT_DELAY, now) == 0) {
            return true;
        }
        return waitsAt(userKey(username), FREE_ATTEMPTS, MAX_ACCOUNT_DELAY, now) == 0
                && waitsAt(addressKey(address), FREE_ATTEMPTS_PER_ADDRESS, MAX_ADDRESS_DELAY, now) == 0;
    }

    /** {@link #allows(String, String, String)} for a client without a known device. */
    public boolean allows(String username, String address) {
        return allows(username, address, null);
    }

    /** {@link #failed(String, String, String)} for a client without a known device. */
    public void failed(String username, String address) {
        failed(username, address, null);
    }

    /** {@link #succeeded(String, String)} for a client without a known device. */
    public void succeeded(String username) {
        succeeded(username, null);
    }

    /** Counts a checked attempt that failed. */
    public void failed(String username, String address, String device) {
        Instant now = clock.instant();
        if (device != null) {
            // a known device that guesses uses up its own privilege first, not the owner's elsewhere;
            // past its limit it is treated as any unknown client
            boolean trusted = waitsAt(deviceKey(device), FREE_ATTEMPTS_PER_DEVICE, MAX_ACCOUNT_DELAY, now) == 0;
            add(deviceKey(device), now);
            if (trusted) {
                return;
            }
        }
        add(userKey(username), now);
        add(addressKey(address), now);
    }

    /** A successful sign-in clears the account's and the device's failures (not the address's). */
    public void succeeded(String username, String device) {
        failures.invalidate(userKey(username));
        if (device != null) {
            failures.invalidate(deviceKey(device));
        }
    }

    /** How many keys are tracked now (for tests and metrics). */
    long tracked() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    private void add(String key, Instant now) {
        failures.asMap().merge(key, new Failures(1, now), (a, b) -> new Failures(a.levelAt(now) + 1, now));
    }

    /** Milliseconds this key must still wait, 0 when it may try now. */
    private long waitsAt(String key, int freeAttempts, Duration maxDelay, Instant now) {
        Failures f = failures.getIfPresent(key);
        if (f == null) {
            return 0;
        }
        double level = f.levelAt(now);
        if (level < freeAttempts) {
            return 0;
        }
        double over = Math.min(40, level - freeAttempts);
        long delay = Math.min(maxDelay.toMillis(), (long) (1000 * Math.pow(2, over)));
        long waited = Duration.between(f.last(), now).toMillis();
        return Math.max(0, delay - waited);
    }

    private static String userKey(String username) {
        return "u:" + normalize(username);
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }

    private static String deviceKey(String device) {
        return "d:" + device;
    }
}
