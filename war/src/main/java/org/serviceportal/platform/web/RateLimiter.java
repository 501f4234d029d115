package org.serviceportal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how often one key (an address, an e-mail address) may do one thing: at most {@code limit}
 * times per {@code window}, counted in fixed windows. Public forms that cause work or mail (incident
 * reports, newsletter subscriptions) use it against automation. Counts are kept per node: behind a
 * load balancer with n nodes a key gets at most n times the limit, which still stops floods.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_TRACKED = 100_000;

    private record Count(Instant windowStart, int count) {
    }

    private final ConcurrentHashMap<String, Count> counts = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public RateLimiter() {
    }

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts one use of {@code action} by {@code key}; false when that exceeds {@code limit} uses
     * within the current {@code window}, in which case the caller refuses the request (see
     * {@link TooManyRequestsException}).
     */
    public boolean tryAcquire(String action, String key, int limit, Duration window) {
        if (counts.size() > MAX_TRACKED) {
            counts.clear();
        }
        Instant now = clock.instant();
        Count after = counts.compute(action + '\u0000' + (key == null ? "" : key), (k, c) ->
                c == null || !now.isBefore(c.windowStart.plus(window)) ? new Count(now, 1) : new Count(c.windowStart, c.count + 1));
        return after.count <= limit;
    }

    /** Like {@link #tryAcquire} but throws {@link TooManyRequestsException} (429) when over the limit. */
    public void acquire(String action, String key, int limit, Duration window) {
        if (!tryAcquire(action, key, limit, window)) {
            throw new TooManyRequestsException(window);
        }
    }
}
