package org.serviceportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-05T10:00:00Z");

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
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void allowsFiveFailuresThenDelaysWithDoublingWaits() {
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.allows("alice", "10.0.0.1"));
            throttle.failed("alice", "10.0.0.1");
        }
        assertFalse(throttle.allows("alice", "10.0.0.2"), "the name is throttled from any address");
        assertTrue(throttle.allows("bob", "10.0.0.1"), "other names from the same address still may try");
        clock.now = clock.now.plusSeconds(1);
        assertTrue(throttle.allows("alice", "10.0.0.1"));
        throttle.failed("alice", "10.0.0.1");
        clock.now = clock.now.plusSeconds(1);
        assertFalse(throttle.allows("alice", "10.0.0.1"), "the second wait is two seconds");
        clock.now = clock.now.plusSeconds(1);
        assertTrue(throttle.allows("alice", "10.0.0.1"));
    }

    @Test
    void theWaitIsCapped() {
        for (int i = 0; i < 60; i++) {
            throttle.failed("mallory", "10.0.0.9");
        }
        clock.now = clock.now.plus(LoginThrottle.MAX_DELAY).plusSeconds(1);
        assertTrue(throttle.allows("mallory", "10.0.0.9"));
    }

    @Test
    void oneAddressIsThrottledAfterManyNames() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.3");
        }
        assertFalse(throttle.allows("someone-new", "10.0.0.3"));
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertTrue(throttle.allows("someone-new", "10.0.0.3"));
    }

    @Test
    void successClearsTheName() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("carol", "10.0.0.4");
        }
        throttle.succeeded("carol");
        assertTrue(throttle.allows("carol", "10.0.0.5"));
    }
}
