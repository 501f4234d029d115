package org.serviceportal.availability;

import java.util.Objects;

import org.serviceportal.calendar.Interval;

/**
 * Unplanned downtime of a product over an interval; {@code external} when an external service (such
 * as the federal FAS) caused it, so reports can show availability with and without it.
 */
public record Downtime(Interval interval, boolean external) {

    public Downtime {
        Objects.requireNonNull(interval, "interval");
    }

    public static Downtime internal(Interval interval) {
        return new Downtime(interval, false);
    }

    public static Downtime external(Interval interval) {
        return new Downtime(interval, true);
    }
}
