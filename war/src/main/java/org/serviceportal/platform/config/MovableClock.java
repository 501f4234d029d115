package org.serviceportal.platform.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that can be moved forward or back, and that can be stopped: the
 * clock of a test portal ({@code portal.testing.clock=true}), so that a test can let an SLA fall due
 * without waiting for it, or hold "now" still while it checks what depends on how much time passed
 * (a wait of the login throttle) however slow the machine is. Never produced in production (see
 * {@link ClockProducer}).
 */
public final class MovableClock extends Clock {

    /** The offset from the base clock, and the instant the clock stands still at (null while it runs). */
    private record Setting(Duration offset, Instant stoppedAt) {
    }

    private final Clock base;
    private final AtomicReference<Setting> setting;
    private final ZoneId zone;

    public MovableClock(Clock base) {
        this(base, new AtomicReference<>(new Setting(Duration.ZERO, null)), base.getZone());
    }

    private MovableClock(Clock base, AtomicReference<Setting> setting, ZoneId zone) {
        this.base = base;
        this.setting = setting;
        this.zone = zone;
    }

    /** How far this clock is ahead of (positive) or behind (negative) the system clock. */
    public Duration offset() {
        return Duration.between(base.instant(), instant());
    }

    /** Whether this clock stands still ({@link #stop}). */
    public boolean stopped() {
        return setting.get().stoppedAt() != null;
    }

    /**
     * Sets how far this clock is ahead of the system clock, and lets it run from there;
     * {@link Duration#ZERO} puts it back.
     */
    public void setOffset(Duration newOffset) {
        setting.set(new Setting(newOffset, null));
    }

    /** Moves this clock so that it reads {@code now} at this moment (and runs on from there). */
    public void moveTo(Instant now) {
        setOffset(Duration.between(base.instant(), now));
    }

    /** Stops this clock at what it reads now: it reads that until it is set or moved again. */
    public void stop() {
        setting.updateAndGet(s -> s.stoppedAt() != null ? s : new Setting(s.offset(), base.instant().plus(s.offset())));
    }

    @Override
    public Instant instant() {
        Setting s = setting.get();
        return s.stoppedAt() != null ? s.stoppedAt() : base.instant().plus(s.offset());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        // the same setting, shared: moving or stopping one moves or stops every view of it
        return new MovableClock(base.withZone(newZone), setting, newZone);
    }
}
