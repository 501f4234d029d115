package org.serviceportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T10:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void allowsUpToTheLimitWithinAWindowThenRefuses() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("report", "10.0.0.1", 3, Duration.ofMinutes(1)));
        }
        assertFalse(limiter.tryAcquire("report", "10.0.0.1", 3, Duration.ofMinutes(1)));
    }

    @Test
    void countsEachKeyAndActionApart() {
        assertTrue(limiter.tryAcquire("report", "a", 1, Duration.ofMinutes(1)));
        assertTrue(limiter.tryAcquire("report", "b", 1, Duration.ofMinutes(1)));
        assertTrue(limiter.tryAcquire("subscribe", "a", 1, Duration.ofMinutes(1)));
        assertFalse(limiter.tryAcquire("report", "a", 1, Duration.ofMinutes(1)));
    }

    @Test
    void aNewWindowStartsAfresh() {
        assertTrue(limiter.tryAcquire("report", "a", 1, Duration.ofMinutes(1)));
        assertFalse(limiter.tryAcquire("report", "a", 1, Duration.ofMinutes(1)));
        now.set(now.get().plusSeconds(60));
        assertTrue(limiter.tryAcquire("report", "a", 1, Duration.ofMinutes(1)));
    }

    @Test
    void acquireThrowsWithTheRetryDelay() {
        limiter.acquire("report", "a", 1, Duration.ofMinutes(5));
        var e = assertThrows(TooManyRequestsException.class, () -> limiter.acquire("report", "a", 1, Duration.ofMinutes(5)));
        assertEquals(Duration.ofMinutes(5), e.retryAfter());
    }

    @Test
    void aFloodOfNewKeysDoesNotResetABusyKeyAndMemoryStaysBounded() {
        var small = new RateLimiter(Clock.fixed(now.get(), ZoneOffset.UTC), 1_000);
        for (int i = 0; i < 20; i++) {
            assertTrue(small.tryAcquire("report", "busy", 20, Duration.ofHours(1)));
        }
        for (int i = 0; i < 50_000; i++) {
            small.tryAcquire("report", "new-" + i, 20, Duration.ofHours(1));
            if (i % 100 == 0) {
                // the busy client keeps trying during the flood
                small.tryAcquire("report", "busy", 20, Duration.ofHours(1));
            }
        }
        assertTrue(small.tracked() <= 1_000, "at most the bound is kept: " + small.tracked());
        assertFalse(small.tryAcquire("report", "busy", 20, Duration.ofHours(1)), "the busy key is still over its limit");
    }

    @Test
    void aKeyIsForgottenWhenItsWindowEnds() {
        limiter.tryAcquire("report", "a", 1, Duration.ofMinutes(1));
        now.set(now.get().plusSeconds(61));
        assertEquals(0, limiter.tracked());
    }
}
