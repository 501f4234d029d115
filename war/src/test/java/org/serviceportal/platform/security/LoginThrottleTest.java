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
        clock.now = clock.now.plus(LoginThrottle.MAX_ACCOUNT_DELAY).plusSeconds(1);
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

    @Test
    void aKnownDeviceSignsInWhileOthersHammerTheAccount() {
        for (int i = 0; i < 100; i++) {
            throttle.failed("admin", "198.51.100." + (i % 250));
        }
        assertFalse(throttle.allows("admin", "203.0.113.1"), "a new client waits");
        assertTrue(throttle.allows("admin", "203.0.113.1", "device-of-the-owner"), "the owner's device does not");
        assertTrue(throttle.allows("admin", "198.51.100.1", "device-of-the-owner"),
                "not even from an address that failed before");
    }

    @Test
    void aKnownDeviceThatGuessesIsTreatedAsAnUnknownClientPastItsOwnLimit() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_DEVICE; i++) {
            throttle.failed("dave", "10.0.0.1", "stolen-device");
        }
        assertTrue(throttle.allows("dave", "10.0.0.2"), "the account itself was not charged");
        assertTrue(throttle.allows("dave", "10.0.0.1", "stolen-device"), "an unknown client may still try");
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("dave", "10.0.0.1", "stolen-device");
        }
        assertFalse(throttle.allows("dave", "10.0.0.1", "stolen-device"), "now the account's limit holds it too");
    }

    @Test
    void failuresDecayBySelf() {
        for (int i = 0; i < 100; i++) {
            throttle.failed("erin", "10.0.0.1");
        }
        assertFalse(throttle.allows("erin", "10.0.0.9"));
        clock.now = clock.now.plus(LoginThrottle.HALF_LIFE.multipliedBy(5));
        assertTrue(throttle.allows("erin", "10.0.0.9"), "100 failures halve to about 3 in five half-lives");
        throttle.failed("erin", "10.0.0.9");
        assertTrue(throttle.allows("erin", "10.0.0.9"), "and one new typo does not shut the account again");
    }

    @Test
    void aTypoFromABusySharedAddressShutsItForAMinuteAtMost() {
        for (int i = 0; i < 200; i++) {
            throttle.failed("user" + i, "10.0.0.50");
        }
        assertFalse(throttle.allows("frank", "10.0.0.50"));
        clock.now = clock.now.plus(LoginThrottle.MAX_ADDRESS_DELAY);
        assertTrue(throttle.allows("frank", "10.0.0.50"));
        throttle.failed("frank", "10.0.0.50");
        assertTrue(throttle.allows("grace", "10.0.0.50", "grace-device"), "someone who signed in before is not held up");
    }

    @Test
    void userNamesAreOneKeyWhateverTheSpellingAndBlanks() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("victim1 ", "10.0.0." + i);
        }
        assertFalse(throttle.allows("victim1", "10.0.0.99"));
        assertFalse(throttle.allows(" VICTIM1", "10.0.0.99"));
        assertTrue(LoginThrottle.normalize(" Admin\t").equals("admin"));
    }

    @Test
    void memoryIsBoundedAndAFloodDoesNotForgetTheBusyKeys() {
        var small = new LoginThrottle(clock, 1_000);
        for (int i = 0; i < 20; i++) {
            small.failed("target", "10.0.0.1");
        }
        for (int i = 0; i < 50_000; i++) {
            small.failed("nobody-" + i, "10.1." + (i / 250) + "." + (i % 250));
            if (i % 100 == 0) {
                // the attack on the account goes on during the flood
                small.allows("target", "10.0.0.1");
            }
        }
        assertTrue(small.tracked() <= 1_000, "at most the bound is kept: " + small.tracked());
        assertFalse(small.allows("target", "10.9.9.9"), "the attacked account is still slowed down");
    }
}
