package org.serviceportal.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Limits how often one key (a client address from {@link ClientAddress}, an e-mail address) may do
 * one thing: at most {@code limit} times per {@code window}, counted in fixed windows. Public forms
 * that cause work or mail (incident reports, newsletter subscriptions, mails to an address the caller
 * chose) use it against automation. Memory is bounded: at most {@link #MAX_TRACKED} keys, each
 * forgotten when its window ends, and Caffeine's frequency-aware eviction keeps the busy keys when a
 * flood of new ones arrives (nobody's count is reset by it). Counts are kept per node: behind a load
 * balancer with n nodes a key gets at most n times the limit, which still stops floods.
 */
@ApplicationScoped
public class RateLimiter {

    static final int MAX_TRACKED = 100_000;

    private record Count(Instant windowEnd, int count) {
    }

    private final Cache<String, Count> counts;

    @Inject
    Clock clock;

    public RateLimiter() {
        this(null, MAX_TRACKED);
    }

    RateLimiter(Clock clock) {
        this(clock, MAX_TRACKED);
    }

    RateLimiter(Clock clock, int maxTracked) {
        this.clock = clock;
        this.counts = Caffeine.newBuilder()
                .maximumSize(maxTracked)
                .expireAfter(Expiry.<String, Count>writing((key, count) -> untilEnd(count)))
                .ticker(() -> this.clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .build();
    }

    private Duration untilEnd(Count count) {
        return Duration.ofMillis(Math.max(1, count.windowEnd.toEpochMilli() - clock.millis()));
    }

    /**
     * Counts one use of {@code action} by {@code key}; false when that exceeds {@code limit} uses
     * within the current {@code window}, in which case the caller refuses the request (see
     * {@link TooManyRequestsException}).
     */
    public boolean tryAcquire(String action, String key, int limit, Duration window) {
        Instant now = clock.instant();
        Count after = counts.asMap().compute(action + '\u0000' + (key == null ? "" : key), (k, c) ->
                c == null || !now.isBefore(c.windowEnd) ? new Count(now.plus(window), 1) : new Count(c.windowEnd, c.count + 1));
        return after.count <= limit;
    }

    /** Like {@link #tryAcquire} but throws {@link TooManyRequestsException} (429) when over the limit. */
    public void acquire(String action, String key, int limit, Duration window) {
        if (!tryAcquire(action, key, limit, window)) {
            throw new TooManyRequestsException(window);
        }
    }

    /** How many keys are tracked now (for tests). */
    long tracked() {
        counts.cleanUp();
        return counts.estimatedSize();
    }
}
