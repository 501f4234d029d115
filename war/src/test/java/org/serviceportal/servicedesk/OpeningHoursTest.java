package org.serviceportal.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private final OpeningHours helpdesk = new OpeningHours(OpeningHours.parseDays("MON-FRI"), LocalTime.of(9, 0),
            LocalTime.of(19, 0));

    @Test
    void parsesRangesAndLists() {
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), OpeningHours.parseDays("MON-FRI"));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY),
                OpeningHours.parseDays("mon, wed,SUN"));
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY), OpeningHours.parseDays("SAT-MON"));
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parseDays("MONDAY"));
        assertThrows(IllegalArgumentException.class, () -> OpeningHours.parseDays(""));
    }

    @Test
    void isOpenFromNineUntilBeforeSevenOnWeekdaysInBrussels() {
        // Tuesday 2026-03-03, Brussels is UTC+1
        assertFalse(helpdesk.isOpenAt(ZonedDateTime.parse("2026-03-03T07:59:59Z")));
        assertTrue(helpdesk.isOpenAt(ZonedDateTime.parse("2026-03-03T08:00:00Z")));
        assertTrue(helpdesk.isOpenAt(ZonedDateTime.parse("2026-03-03T17:59:59Z")));
        assertFalse(helpdesk.isOpenAt(ZonedDateTime.parse("2026-03-03T18:00:00Z")));
        // Saturday
        assertFalse(helpdesk.isOpenAt(ZonedDateTime.parse("2026-03-07T10:00:00Z")));
    }

    @Test
    void followsSummerTime() {
        // Monday 2026-03-30, after the change to UTC+2: 09:00 Brussels is 07:00 UTC
        assertTrue(helpdesk.isOpenAt(ZonedDateTime.parse("2026-03-30T07:00:00Z")));
        assertFalse(helpdesk.isOpenAt(ZonedDateTime.parse("2026-03-30T06:59:59Z")));
        assertFalse(helpdesk.isOpenAt(ZonedDateTime.parse("2026-03-30T17:00:00Z")));
    }

    @Test
    void refusesAnEmptyRange() {
        assertThrows(IllegalArgumentException.class,
                () -> new OpeningHours(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(19, 0), LocalTime.of(9, 0)));
    }

    @Test
    void isClosedOnAPublicHolidayEvenOnAWeekday() {
        // Easter Monday 6 April 2026, 10:00 in Brussels (CEST)
        var easterMonday = ZonedDateTime.parse("2026-04-06T08:00:00Z");
        assertTrue(helpdesk.isOpenAt(easterMonday), "a Monday by the weekly hours alone");
        assertFalse(helpdesk.isOpenAt(easterMonday, org.serviceportal.calendar.Holidays::isBelgianOrFlemish));
        assertTrue(helpdesk.isOpenAt(ZonedDateTime.parse("2026-04-07T08:00:00Z"),
                org.serviceportal.calendar.Holidays::isBelgianOrFlemish), "open again the day after");
    }
}
