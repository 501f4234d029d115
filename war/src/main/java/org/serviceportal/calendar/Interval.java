package org.serviceportal.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A non-empty half-open span of time {@code [start, end)}. Half-open so that adjacent intervals
 * share a boundary without overlapping and their durations add up.
 */
public record Interval(Instant start, Instant end) implements Comparable<Interval> {

    private static final Comparator<Interval> ORDER =
            Comparator.comparing(Interval::start).thenComparing(Interval::end);

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("interval start " + start + " must be before end " + end);
        }
    }

    public static Interval of(Instant start, Instant end) {
        return new Interval(start, end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** True when the two share some time; merely touching ({@code a.end == b.start}) is not overlapping. */
    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** By start, then by end: the order in which interval lists are returned. */
    @Override
    public int compareTo(Interval other) {
        return ORDER.compare(this, other);
    }
}
