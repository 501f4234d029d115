package org.serviceportal.platform.change;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A value computed from the database and kept until it is stale: the one way the portal caches.
 * <ul>
 * <li>Built on demand, by the first reader.</li>
 * <li>Stale after {@link #invalidate()} (call it from the observer of a {@link CommittedChange},
 * after success) or once the clock reaches the instant the builder said the value is right until
 * (the next time boundary: a maintenance window starting, midnight, a maximum age), or once the
 * clock reads earlier than the build (a test clock put back, a system clock stepped back).</li>
 * <li>Rebuilt by one reader at a time; while it builds, the other readers keep the old value instead
 * of queueing (only the very first build makes readers wait).</li>
 * <li>A change that arrives while a build runs leaves that build's value stale, so a value read
 * before a commit is never kept after it.</li>
 * </ul>
 *
 * @param <T> the value, immutable
 */
public final class Snapshot<T> {

    /** What a build gives: the value and the instant until which it is right ({@code null}: until a change). */
    public record Built<T>(T value, Instant validUntil) {
        public Built {
            Objects.requireNonNull(value, "value");
        }

        /** A value right until the next change. */
        public static <T> Built<T> untilChanged(T value) {
            return new Built<>(value, null);
        }

        /** A value right until the next change or {@code until}, whichever comes first. */
        public static <T> Built<T> until(T value, Instant until) {
            return new Built<>(value, until);
        }
    }

    private record Held<T>(T value, Instant builtAt, Instant validUntil, long generation) {
    }

    private final Clock clock;
    private final Function<Instant, Built<T>> builder;
    private final AtomicLong generation = new AtomicLong();
    private final ReentrantLock building = new ReentrantLock();
    private volatile Held<T> held;

    /**
     * @param clock   the portal's clock (tests move it)
     * @param builder builds the value as of the instant it is given
     */
    public Snapshot(Clock clock, Function<Instant, Built<T>> builder) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /** The current value, built or rebuilt first when needed. */
    public T get() {
        Held<T> h = held;
        if (fresh(h, clock.instant())) {
            return h.value();
        }
        if (h != null && !building.tryLock()) {
            return h.value();
        }
        if (h == null) {
            building.lock();
        }
        try {
            h = held;
            Instant now = clock.instant();
            if (!fresh(h, now)) {
                long gen = generation.get();
                Built<T> b = builder.apply(now);
                h = new Held<>(b.value(), now, b.validUntil(), gen);
                held = h;
            }
            return h.value();
        } finally {
            building.unlock();
        }
    }

    /** Makes the value stale: the next reader rebuilds it. Cheap; call it after every committed change that concerns it. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    /** How many times the value was made stale (a counter tests and health checks can read). */
    public long generation() {
        return generation.get();
    }

    private boolean fresh(Held<T> h, Instant now) {
        return h != null && h.generation() == generation.get() && !now.isBefore(h.builtAt())
                && (h.validUntil() == null || now.isBefore(h.validUntil()));
    }
}
