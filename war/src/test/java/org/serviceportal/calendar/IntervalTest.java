package org.serviceportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

class IntervalTest {

    private static final Instant T = Instant.parse("2026-03-10T10:00:00Z");

    @Test
    void isHalfOpen() {
        Interval i = Interval.of(T, T.plusSeconds(60));
        assertTrue(i.contains(T));
        assertFalse(i.contains(T.plusSeconds(60)));
        assertEquals(Duration.ofMinutes(1), i.duration());
        assertFalse(i.overlaps(Interval.of(T.plusSeconds(60), T.plusSeconds(120))), "touching is not overlapping");
        assertTrue(i.overlaps(Interval.of(T.plusSeconds(59), T.plusSeconds(120))));
    }

    @Test
    void rejectsEmptyAndReversedIntervals() {
        assertThrows(IllegalArgumentException.class, () -> Interval.of(T, T));
        assertThrows(IllegalArgumentException.class, () -> Interval.of(T, T.minusNanos(1)));
    }

    @Test
    void ordersByStartThenEnd() {
        assertTrue(Interval.of(T, T.plusSeconds(1)).compareTo(Interval.of(T, T.plusSeconds(2))) < 0);
        assertTrue(Interval.of(T.plusSeconds(1), T.plusSeconds(2)).compareTo(Interval.of(T, T.plusSeconds(9))) > 0);
    }

    @Test
    void weeklyRangeReadsMidnightAsEndOfDay() {
        WeeklyRange allDay = WeeklyRange.allDay(DayOfWeek.MONDAY);
        assertTrue(allDay.endsAtEndOfDay());
        assertTrue(allDay.contains(LocalTime.of(23, 59, 59, 999_999_999)));
        assertEquals("MONDAY 00:00-24:00", allDay.toString());
        WeeklyRange evening = new WeeklyRange(DayOfWeek.FRIDAY, LocalTime.of(19, 0), LocalTime.MIDNIGHT);
        assertTrue(evening.contains(LocalTime.of(19, 0)));
        assertFalse(evening.contains(LocalTime.of(18, 59)));
    }

    @Test
    void weeklyRangeRejectsAnEmptyOrReversedRange() {
        assertThrows(IllegalArgumentException.class,
                () -> new WeeklyRange(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> new WeeklyRange(DayOfWeek.MONDAY, LocalTime.of(19, 0), LocalTime.of(7, 30)));
    }
}
