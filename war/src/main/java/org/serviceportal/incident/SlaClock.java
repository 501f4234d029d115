package org.serviceportal.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.serviceportal.calendar.ServiceCalendar;

/**
 * The SLA clock of an incident, pure arithmetic on a {@link ServiceCalendar}: no container, no
 * database, no clock of its own.
 *
 * <p>A due time is the instant at which {@code target + paused} of open time has elapsed in the
 * calendar since the incident was reported. Time spent waiting for the reporter is measured in the
 * same calendar (a pause over a weekend costs nothing in office hours) and stored as a number of
 * seconds on the incident; on resume both due times are computed again from the report time with
 * the new total. Because the pause lies between the report and the new due time, this is the same
 * as "the due time moves by the business time paused".
 */
public final class SlaClock {

    private SlaClock() {
    }

    /** The due time for a target of {@code targetMinutes} after {@code reportedAt}, plus paused business time. */
    public static Instant due(ServiceCalendar calendar, Instant reportedAt, int targetMinutes, long pausedSeconds) {
        Objects.requireNonNull(calendar, "calendar");
        if (targetMinutes < 0 || pausedSeconds < 0) {
            throw new IllegalArgumentException("target and pause must not be negative");
        }
        return calendar.plusOpenTime(reportedAt, Duration.ofMinutes(targetMinutes).plusSeconds(pausedSeconds));
    }

    /** The business time, in whole seconds, between the start of a pause and its end. */
    public static long pausedSeconds(ServiceCalendar calendar, Instant pausedSince, Instant resumedAt) {
        Objects.requireNonNull(calendar, "calendar");
        if (!resumedAt.isAfter(pausedSince)) {
            return 0;
        }
        return calendar.openTimeWithin(pausedSince, resumedAt).getSeconds();
    }

    /**
     * Whether a due time is breached at {@code now}: it passed while the clock was running. While
     * paused the clock stands still, so a due time that falls inside a running pause is not (yet)
     * breached: on resume it moves.
     */
    public static boolean isBreached(Instant due, Instant now, Instant pausedSince) {
        if (pausedSince != null && !due.isBefore(pausedSince)) {
            return false;
        }
        return now.isAfter(due);
    }
}
