package org.serviceportal.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.serviceportal.platform.security.totp.Totp;

/**
 * TOTP codes for the tests, computed with the portal's own {@link Totp}. A portal accepts each time
 * step once per user and only within one step of now; this remembers the last step handed out per
 * secret and, when the next one lies beyond the window, waits on the clock until it is in.
 */
public final class Codes {

    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private Codes() {
    }

    /** A code of {@code secret} (Base32) that no earlier call of this run handed out. */
    public static synchronized String next(String secret) {
        long step = Math.max(Totp.step(Instant.now()), LAST_STEP.getOrDefault(secret, Long.MIN_VALUE) + 1);
        // the portal accepts up to one step ahead of its clock; wait until this step is no further
        long acceptableFrom = (step - 1) * Totp.STEP_SECONDS;
        while (Instant.now().getEpochSecond() < acceptableFrom) {
            LockSupport.parkUntil(acceptableFrom * 1000L);
        }
        LAST_STEP.put(secret, step);
        return Totp.code(Totp.fromBase32(secret), step);
    }
}
