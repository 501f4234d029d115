package org.serviceportal.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.serviceportal.calendar.Interval;

/**
 * Set arithmetic on lists of half-open intervals. Inputs may be unsorted and overlapping; every
 * result is the normal form: sorted, disjoint, with touching intervals joined. Results are
 * unmodifiable.
 */
public final class Intervals {

    private Intervals() {
    }

    /** The union: sorted, overlapping and touching intervals joined. */
    public static List<Interval> merge(Collection<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(Objects.requireNonNull(intervals, "intervals"));
        sorted.sort(null);
        List<Interval> merged = new ArrayList<>(sorted.size());
        for (Interval next : sorted) {
            int lastIndex = merged.size() - 1;
            if (lastIndex >= 0 && !next.start().isAfter(merged.get(lastIndex).end())) {
                Interval last = merged.get(lastIndex);
                if (next.end().isAfter(last.end())) {
                    merged.set(lastIndex, new Interval(last.start(), next.end()));
                }
            } else {
                merged.add(next);
            }
        }
        return List.copyOf(merged);
    }

    /** The union cut to {@code bounds}. */
    public static List<Interval> clip(Collection<Interval> intervals, Interval bounds) {
        return intersect(intervals, List.of(bounds));
    }

    /** The time in both {@code a} and {@code b}. */
    public static List<Interval> intersect(Collection<Interval> a, Collection<Interval> b) {
        List<Interval> left = merge(a);
        List<Interval> right = merge(b);
        List<Interval> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() && j < right.size()) {
            Interval x = left.get(i);
            Interval y = right.get(j);
            Instant start = later(x.start(), y.start());
            Instant end = earlier(x.end(), y.end());
            if (start.isBefore(end)) {
                result.add(new Interval(start, end));
            }
            // The one that ends first cannot meet anything further in the other list.
            if (x.end().isBefore(y.end())) {
                i++;
            } else {
                j++;
            }
        }
        return List.copyOf(result);
    }

    /** The time in {@code a} but not in {@code b}. */
    public static List<Interval> subtract(Collection<Interval> a, Collection<Interval> b) {
        List<Interval> from = merge(a);
        List<Interval> cut = merge(b);
        List<Interval> result = new ArrayList<>();
        int j = 0;
        for (Interval x : from) {
            Instant cursor = x.start();
            // Cuts ending at or before this interval's start are behind us for good: inputs are sorted.
            while (j < cut.size() && !cut.get(j).end().isAfter(cursor)) {
                j++;
            }
            int k = j;
            while (k < cut.size() && cut.get(k).start().isBefore(x.end())) {
                Interval y = cut.get(k);
                if (cursor.isBefore(y.start())) {
                    result.add(new Interval(cursor, y.start()));
                }
                cursor = later(cursor, y.end());
                k++;
            }
            if (cursor.isBefore(x.end())) {
                result.add(new Interval(cursor, x.end()));
            }
        }
        return List.copyOf(result);
    }

    /** The length of the union, so overlapping intervals count once. */
    public static Duration totalDuration(Collection<Interval> intervals) {
        Duration total = Duration.ZERO;
        for (Interval interval : merge(intervals)) {
            total = total.plus(interval.duration());
        }
        return total;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
