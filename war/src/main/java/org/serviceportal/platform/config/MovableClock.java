package org.serviceportal.platform.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that can be moved forward or back: the clock of a test portal
 * ({@code portal.testing.clock=true}), so that a test can let an SLA fall due without waiting for it.
 * Never produced in production (see {@link ClockProducer}).
 */
public final class MovableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public MovableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO), base.getZone());
    }

    private MovableClock(Clock base, AtomicReference<Duration> offset, ZoneId zone) {
        this.base = base;
        this.offset = offset;
        this.zone = zone;
    }

    /** How far this clock is ahead of (positive) or behind (negative) the system clock. */
    public Duration offset() {
        return offset.get();
    }

    /** Sets how far this clock is ahead of the system clock; {@link Duration#ZERO} puts it back. */
    public void setOffset(Duration newOffset) {
        offset.set(newOffset);
    }

    /** Moves this clock so that it reads {@code now} at this moment (and runs on from there). */
    public void moveTo(Instant now) {
        offset.set(Duration.between(base.instant(), now));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        // the same offset, shared: moving one moves every view of it
        return new MovableClock(base.withZone(newZone), offset, newZone);
    }
}
