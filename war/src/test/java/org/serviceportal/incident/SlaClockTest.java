package org.serviceportal.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.serviceportal.calendar.ServiceCalendar;

/** Due times in business time: nights, weekends, holidays, daylight-saving changes and pauses. */
class SlaClockTest {

    private static final ServiceCalendar OFFICE = ServiceCalendar.officeHours();
    private static final ServiceCalendar ALWAYS = ServiceCalendar.twentyFourSeven();

    /** Brussels wall-clock time. */
    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ServiceCalendar.BRUSSELS).toInstant();
    }

    @Test
    void aDueTimeRunsOverTheNightToTheNextMorning() {
        // Tuesday 18:00: one hour left today (office hours end at 19:00), one hour from 07:30 on Wednesday.
        assertEquals(at("2026-11-25T08:30"), SlaClock.due(OFFICE, at("2026-11-24T18:00"), 120, 0));
    }

    @Test
    void aDueTimeSkipsTheWeekend() {
        assertEquals(at("2026-11-23T09:00"), SlaClock.due(OFFICE, at("2026-11-20T18:30"), 120, 0));
    }

    @Test
    void aReportInClosedTimeStartsAtTheNextOpening() {
        // Friday 20:00: nothing counts until Monday 07:30.
        assertEquals(at("2026-11-23T09:30"), SlaClock.due(OFFICE, at("2026-11-20T20:00"), 120, 0));
        assertEquals(at("2026-11-23T19:00"), SlaClock.due(OFFICE, at("2026-11-20T20:00"), 690, 0));
    }

    @Test
    void aDueTimeSkipsPublicHolidays() {
        // Thursday 24 December 2026 18:00; Christmas (Friday) and the weekend do not count.
        assertEquals(at("2026-12-28T08:30"), SlaClock.due(OFFICE, at("2026-12-24T18:00"), 120, 0));
        // 11 July (Flemish holiday) 2025 is a Friday.
        assertEquals(at("2025-07-14T08:30"), SlaClock.due(OFFICE, at("2025-07-10T18:00"), 120, 0));
    }

    @Test
    void aroundTheClockCountsRealTimeAcrossDaylightSavingChanges() {
        // Night of 29 March 2026: 02:00 becomes 03:00, so four hours after 00:00 is 05:00 on the wall clock.
        assertEquals(at("2026-03-29T05:00"), SlaClock.due(ALWAYS, at("2026-03-29T00:00"), 240, 0));
        assertEquals(Instant.parse("2026-03-29T03:00:00Z"), SlaClock.due(ALWAYS, at("2026-03-29T00:00"), 240, 0));
        // Night of 25 October 2026: 03:00 becomes 02:00 again, so four hours after 00:00 is 03:00.
        assertEquals(Instant.parse("2026-10-25T02:00:00Z"), SlaClock.due(ALWAYS, at("2026-10-25T00:00"), 240, 0));
        assertEquals(at("2026-10-25T03:00"), SlaClock.due(ALWAYS, at("2026-10-25T00:00"), 240, 0));
    }

    @Test
    void officeHoursKeepTheirWallClockAcrossTheDaylightSavingChange() {
        // Friday 27 March (UTC+1) to Monday 30 March (UTC+2): Monday opens at 07:30 local, 05:30 UTC.
        assertEquals(Instant.parse("2026-03-30T06:30:00Z"), SlaClock.due(OFFICE, at("2026-03-27T18:00"), 120, 0));
    }

    @Test
    void aPauseMovesTheDueTimeByTheBusinessTimePaused() {
        Instant reported = at("2026-11-23T08:00");
        assertEquals(at("2026-11-23T12:00"), SlaClock.due(OFFICE, reported, 240, 0));
        long paused = SlaClock.pausedSeconds(OFFICE, at("2026-11-23T09:00"), at("2026-11-23T10:30"));
        assertEquals(90 * 60, paused);
        assertEquals(at("2026-11-23T13:30"), SlaClock.due(OFFICE, reported, 240, paused));
    }

    @Test
    void aPauseOverTheWeekendCostsOnlyItsOfficeHours() {
        // Friday 18:00 to Monday 08:00: one hour on Friday, half an hour on Monday.
        long paused = SlaClock.pausedSeconds(OFFICE, at("2026-11-20T18:00"), at("2026-11-23T08:00"));
        assertEquals(90 * 60, paused);
        Instant reported = at("2026-11-20T16:00");
        // 4 h target from Friday 16:00: 3 h on Friday, 1 h on Monday → 08:30; the pause adds 1.5 h → 10:00.
        assertEquals(at("2026-11-23T08:30"), SlaClock.due(OFFICE, reported, 240, 0));
        assertEquals(at("2026-11-23T10:00"), SlaClock.due(OFFICE, reported, 240, paused));
    }

    @Test
    void aPauseInClosedTimeCostsNothing() {
        assertEquals(0, SlaClock.pausedSeconds(OFFICE, at("2026-11-21T10:00"), at("2026-11-22T18:00")));
        assertEquals(0, SlaClock.pausedSeconds(OFFICE, at("2026-11-23T10:00"), at("2026-11-23T10:00")));
    }

    @Test
    void aroundTheClockAPauseCountsInFullEvenOverTheDaylightSavingNight() {
        assertEquals(3 * 3600, SlaClock.pausedSeconds(ALWAYS, at("2026-03-29T00:00"), at("2026-03-29T04:00")));
    }

    @Test
    void aDueTimeInsideARunningPauseIsNotBreached() {
        Instant due = at("2026-11-23T12:00");
        assertFalse(SlaClock.isBreached(due, at("2026-11-23T13:00"), at("2026-11-23T11:00")));
        assertTrue(SlaClock.isBreached(due, at("2026-11-23T13:00"), at("2026-11-23T12:30")),
                "it passed before the pause began");
        assertTrue(SlaClock.isBreached(due, at("2026-11-23T13:00"), null));
        assertFalse(SlaClock.isBreached(due, at("2026-11-23T11:59"), null));
    }

    @Test
    void negativeTargetsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SlaClock.due(OFFICE, at("2026-11-23T08:00"), -1, 0));
        assertThrows(IllegalArgumentException.class, () -> SlaClock.due(OFFICE, at("2026-11-23T08:00"), 1, -1));
    }
}
