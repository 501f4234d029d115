package org.serviceportal.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MovableClockTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void readsTheBaseClockPlusTheOffset() {
        var clock = new MovableClock(Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(NOW, clock.instant());

        clock.setOffset(Duration.ofMinutes(90));

        assertEquals(NOW.plusSeconds(5400), clock.instant());
        assertEquals(Duration.ofMinutes(90), clock.offset());
    }

    @Test
    void movesToAnInstant() {
        var clock = new MovableClock(Clock.fixed(NOW, ZoneOffset.UTC));

        clock.moveTo(NOW.minusSeconds(60));

        assertEquals(NOW.minusSeconds(60), clock.instant());
        assertEquals(Duration.ofSeconds(-60), clock.offset());
    }

    @Test
    void aZonedViewMovesWithTheClock() {
        var clock = new MovableClock(Clock.fixed(NOW, ZoneOffset.UTC));
        Clock brussels = clock.withZone(ZoneId.of("Europe/Brussels"));

        clock.setOffset(Duration.ofHours(1));

        assertEquals(NOW.plusSeconds(3600), brussels.instant());
        assertEquals(ZoneId.of("Europe/Brussels"), brussels.getZone());
    }

    @Test
    void standsStillWhenStoppedUntilSetAgain() {
        var base = new MutableBase();
        var clock = new MovableClock(base);
        Clock brussels = clock.withZone(ZoneId.of("Europe/Brussels"));
        clock.setOffset(Duration.ofMinutes(1));

        clock.stop();
        base.now = NOW.plusSeconds(30);

        assertEquals(NOW.plusSeconds(60), clock.instant(), "stopped: the base clock runs on, this one does not");
        assertEquals(NOW.plusSeconds(60), brussels.instant(), "and every view of it stands still too");
        assertEquals(true, clock.stopped());
        assertEquals(Duration.ofSeconds(30), clock.offset(), "the distance to the system clock shrinks while it stands");

        clock.setOffset(Duration.ZERO);

        assertEquals(false, clock.stopped());
        assertEquals(NOW.plusSeconds(30), clock.instant(), "set again, it runs with the base clock");
    }

    /** A base clock that a test moves by hand. */
    private static final class MutableBase extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void isOffUnlessTheSettingTurnsItOn() {
        var producer = new ClockProducer();
        assertEquals(Clock.systemUTC(), producer.clock());
        assertEquals(java.util.Optional.empty(), producer.movable());

        var testing = new ClockProducer();
        testing.testingClock = true;
        assertEquals(true, testing.movable().isPresent());
    }
}
