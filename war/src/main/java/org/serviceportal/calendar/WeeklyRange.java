package org.serviceportal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A wall-clock range on one weekday, {@code [from, to)} in the calendar's zone.
 *
 * <p>{@code to} equal to {@link LocalTime#MIDNIGHT} (00:00) always means the end of the day (24:00):
 * a range never crosses midnight, so a night shift is two ranges, one on each day. That makes
 * {@code 00:00–00:00} the whole day, and an empty range cannot be written.
 */
public record WeeklyRange(DayOfWeek day, LocalTime from, LocalTime to) {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    public WeeklyRange {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to)) {
            throw new IllegalArgumentException("weekly range " + day + " " + from + "-" + to
                    + ": from must be before to (use 00:00 as 'to' for the end of the day)");
        }
    }

    /** The whole day, 00:00–24:00. */
    public static WeeklyRange allDay(DayOfWeek day) {
        return new WeeklyRange(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /** The same range on each of the given days, in weekday order. */
    public static List<WeeklyRange> onEach(Collection<DayOfWeek> days, LocalTime from, LocalTime to) {
        return days.stream().sorted().map(d -> new WeeklyRange(d, from, to)).toList();
    }

    public boolean endsAtEndOfDay() {
        return to.equals(LocalTime.MIDNIGHT);
    }

    /** The start as nanoseconds of the day, 0 for 00:00. */
    public long startNanoOfDay() {
        return from.toNanoOfDay();
    }

    /** The end as nanoseconds of the day, a full day's worth for 24:00. */
    public long endNanoOfDay() {
        return endsAtEndOfDay() ? NANOS_PER_DAY : to.toNanoOfDay();
    }

    /** Whether a wall-clock time of this range's weekday falls in it. */
    public boolean contains(LocalTime time) {
        long t = time.toNanoOfDay();
        return t >= startNanoOfDay() && t < endNanoOfDay();
    }

    /** The local start on a date (the date's weekday is the caller's business). */
    public LocalDateTime startOn(LocalDate date) {
        return date.atTime(from);
    }

    /** The local end on a date: the next day's 00:00 when the range runs to the end of the day. */
    public LocalDateTime endOn(LocalDate date) {
        return endsAtEndOfDay() ? date.plusDays(1).atStartOfDay() : date.atTime(to);
    }

    @Override
    public String toString() {
        return day + " " + from + "-" + (endsAtEndOfDay() ? "24:00" : to.toString());
    }
}
