package org.serviceportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The arithmetic across a change of weekly ranges, and the rules a new set of ranges must keep. */
class RangeChangeTest {

    private static final List<WeeklyRange> NINE_TO_FIVE = WeeklyRange.onEach(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    /** Wednesday 3 June 2026, noon in Brussels (no holiday that week). */
    private static final Instant CHANGE = ZonedDateTime.of(2026, 6, 3, 12, 0, 0, 0, ServiceCalendar.BRUSSELS).toInstant();

    private static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 6, day, hour, minute, 0, 0, ServiceCalendar.BRUSSELS).toInstant();
    }

    private final ServiceCalendar changed = ServiceCalendar.officeHours().withRangesFrom(CHANGE, NINE_TO_FIVE);

    @Test
    void eachInstantIsJudgedByTheRangesInForceAtIt() {
        assertTrue(changed.isOpenAt(at(2, 8, 0)), "Tuesday 08:00 under office hours");
        assertFalse(changed.isOpenAt(at(4, 8, 0)), "Thursday 08:00 under nine to five");
        assertTrue(changed.isOpenAt(at(3, 11, 59)));
        assertEquals(ServiceCalendar.officeHours().ranges(), changed.rangesAt(at(1, 0, 0)));
        assertEquals(NINE_TO_FIVE, changed.rangesAt(CHANGE));
        assertEquals(NINE_TO_FIVE, changed.ranges());
    }

    @Test
    void openTimeOfTheWeekAddsBothSetsOnTheDayOfTheChange() {
        // Mon, Tue: 11.5 h each; Wed: 07:30-12:00 old (4.5 h) then 12:00-17:00 new (5 h); Thu, Fri: 8 h each.
        Duration week = changed.openTimeWithin(at(1, 0, 0), at(8, 0, 0));
        assertEquals(Duration.ofMinutes(2 * 690 + 270 + 300 + 2 * 480), week);
        assertEquals(List.of(new Interval(at(3, 7, 30), at(3, 17, 0))), changed.windowsWithin(at(3, 0, 0), at(4, 0, 0)),
                "the day of the change is one window: the old morning runs on into the new afternoon");
    }

    @Test
    void aPastSpanKeepsItsFiguresAndALaterSpanFollowsTheNewRanges() {
        ServiceCalendar old = ServiceCalendar.officeHours();
        assertEquals(old.openTimeWithin(at(1, 0, 0), at(3, 12, 0)), changed.openTimeWithin(at(1, 0, 0), at(3, 12, 0)));
        assertEquals(Duration.ofHours(16), changed.openTimeWithin(at(4, 0, 0), at(6, 0, 0)));
    }

    @Test
    void aDueTimeRunsOnTheOldRangesThenTheNew() {
        // From Wednesday 10:00: 2 h under office hours to 12:00, then 17:00 closes after 5 more; 1 h more is Thursday 10:00.
        assertEquals(at(4, 10, 0), changed.plusOpenTime(at(3, 10, 0), Duration.ofHours(8)));
        assertEquals(Optional.of(at(4, 9, 0)), changed.nextOpening(at(3, 17, 30)));
    }

    @Test
    void theComplementChangesWithIt() {
        ServiceCalendar outside = changed.complement("outside");
        Instant from = at(1, 0, 0);
        Instant to = at(8, 0, 0);
        assertEquals(Duration.between(from, to), changed.openTimeWithin(from, to).plus(outside.openTimeWithin(from, to)));
        assertTrue(outside.isOpenAt(at(4, 8, 0)));
        assertFalse(outside.isOpenAt(at(2, 8, 0)));
    }

    @Test
    void aLaterChangeAtAnEarlierInstantReplacesTheChangesAfterIt() {
        Instant earlier = CHANGE.minus(Duration.ofDays(1));
        ServiceCalendar again = changed.withRangesFrom(earlier, List.of());
        assertEquals(2, again.rangeChanges().size());
        assertEquals(Duration.ZERO, again.openTimeWithin(earlier, at(20, 0, 0)), "closed every day from then on");
    }

    @Test
    void equalHistoriesCompareEqual() {
        assertEquals(changed, ServiceCalendar.officeHours().withRangesFrom(CHANGE, NINE_TO_FIVE));
        assertFalse(changed.equals(ServiceCalendar.officeHours()));
    }

    private static CalendarService.RangeInput r(DayOfWeek day, String from, String to) {
        return new CalendarService.RangeInput(day, from, to);
    }

    @Test
    void rangesMustStartBeforeTheyEndNotOverlapAndExistUnlessClosed() {
        assertEquals(Optional.empty(), CalendarService.problem(List.of(r(DayOfWeek.MONDAY, "08:00", "12:00"),
                r(DayOfWeek.MONDAY, "12:00", "24:00"), r(DayOfWeek.TUESDAY, "00:00", "24:00")), false));
        assertEquals("admin.calendars.error.order",
                CalendarService.problem(List.of(r(DayOfWeek.MONDAY, "12:00", "08:00")), false).orElseThrow().key());
        assertEquals("admin.calendars.error.order",
                CalendarService.problem(List.of(r(DayOfWeek.MONDAY, "24:00", "24:00")), false).orElseThrow().key());
        assertEquals("admin.calendars.error.overlap", CalendarService.problem(List.of(r(DayOfWeek.FRIDAY, "08:00", "12:00"),
                r(DayOfWeek.FRIDAY, "11:59", "13:00")), false).orElseThrow().key());
        assertEquals("admin.calendars.error.noRanges", CalendarService.problem(List.of(), false).orElseThrow().key());
        assertEquals(Optional.empty(), CalendarService.problem(List.of(), true));
        assertEquals("admin.calendars.error.closedWithRanges",
                CalendarService.problem(List.of(r(DayOfWeek.MONDAY, "08:00", "12:00")), true).orElseThrow().key());
    }
}
