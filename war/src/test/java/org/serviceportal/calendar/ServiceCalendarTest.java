package org.serviceportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ServiceCalendarTest {

    private static final ZoneId BRUSSELS = ServiceCalendar.BRUSSELS;
    private final ServiceCalendar office = ServiceCalendar.officeHours();
    private final ServiceCalendar outside = ServiceCalendar.outsideOfficeHours();
    private final ServiceCalendar always = ServiceCalendar.twentyFourSeven();

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(BRUSSELS).toInstant();
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(BRUSSELS).toInstant();
    }

    /** Sundays 01:00–04:00 Brussels time: a range across the DST change. */
    private static ServiceCalendar sundayNight() {
        return new ServiceCalendar("sunday-night", BRUSSELS,
                List.of(new WeeklyRange(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(4, 0))),
                PublicHolidays.NONE, Set.of(), ServiceCalendar.OnHolidays.CLOSED);
    }

    // ---- weeks and holidays -------------------------------------------------------------------

    @Test
    void officeHoursOfANormalWeekAreFiveTimesElevenAndAHalfHours() {
        List<Interval> windows = office.windowsWithin(local("2026-03-09T00:00"), local("2026-03-16T00:00"));
        assertEquals(5, windows.size());
        assertEquals(new Interval(Instant.parse("2026-03-09T06:30:00Z"), Instant.parse("2026-03-09T18:00:00Z")),
                windows.get(0));
        assertEquals(Duration.ofMinutes(5 * 690), office.openTimeWithin(local("2026-03-09T00:00"), local("2026-03-16T00:00")));
    }

    @Test
    void officeHoursSkipEasterMonday() {
        assertEquals(Duration.ofMinutes(4 * 690), office.openTimeWithin(local("2026-04-06T00:00"), local("2026-04-13T00:00")));
        assertFalse(office.isOpenAt(local("2026-04-06T10:00")));
        assertTrue(office.isOpenAt(local("2026-04-07T10:00")));
    }

    @Test
    void officeHoursSkipTheFlemishHolidayOf11July() {
        // 11 July 2025 is a Friday.
        assertEquals(Duration.ofMinutes(4 * 690), office.openTimeWithin(local("2025-07-07T00:00"), local("2025-07-14T00:00")));
        assertFalse(office.isOpenAt(local("2025-07-11T12:00")));
    }

    @Test
    void helpdeskHoursAreTenHoursAWorkingDay() {
        ServiceCalendar helpdesk = ServiceCalendar.helpdeskHours();
        assertEquals(Duration.ofHours(50), helpdesk.openTimeWithin(local("2026-03-09T00:00"), local("2026-03-16T00:00")));
        assertFalse(helpdesk.isOpenAt(local("2026-03-09T08:59:59")));
        assertTrue(helpdesk.isOpenAt(local("2026-03-09T09:00")));
    }

    @Test
    void officeHoursOf2026Are253WorkingDays() {
        // 261 weekdays minus 8 holidays on weekdays (11 July, 15 Aug and 1 Nov fall in the weekend).
        assertEquals(Duration.ofMinutes(253 * 690), office.openTimeWithin(local("2026-01-01T00:00"), local("2027-01-01T00:00")));
    }

    @Test
    void twoYearsAddUpMonthByMonth() {
        Duration whole = office.openTimeWithin(local("2025-01-01T00:00"), local("2027-01-01T00:00"));
        Duration months = Duration.ZERO;
        for (YearMonth m = YearMonth.of(2025, 1); m.isBefore(YearMonth.of(2027, 1)); m = m.plusMonths(1)) {
            months = months.plus(office.openTimeWithin(startOf(m.atDay(1)), startOf(m.plusMonths(1).atDay(1))));
        }
        assertEquals(months, whole);
    }

    @Test
    void addedHolidaysCloseOfficeHoursAndOpenTheComplementAllDay() {
        LocalDate tuesday = LocalDate.of(2026, 3, 10);
        ServiceCalendar closed = office.withExtraHolidays(Set.of(tuesday));
        ServiceCalendar rest = outside.withExtraHolidays(Set.of(tuesday));
        assertFalse(closed.isOpenAt(local("2026-03-10T12:00")));
        assertEquals(Duration.ofHours(24), rest.openTimeWithin(startOf(tuesday), startOf(tuesday.plusDays(1))));
        assertTrue(closed.holidays(2026).contains(new Holiday(tuesday, "added")));
        assertEquals(12, closed.holidays(2026).size());
    }

    @Test
    void sortsAndMergesOverlappingRanges() {
        ServiceCalendar messy = new ServiceCalendar("messy", BRUSSELS, List.of(
                new WeeklyRange(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(14, 0)),
                new WeeklyRange(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.MIDNIGHT),
                new WeeklyRange(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new WeeklyRange(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 30))),
                PublicHolidays.NONE, Set.of(), ServiceCalendar.OnHolidays.CLOSED);
        assertEquals(List.of(new WeeklyRange(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.MIDNIGHT),
                new WeeklyRange(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(14, 0))), messy.ranges());
    }

    // ---- daylight saving --------------------------------------------------------------------

    @Test
    void theSpringForwardDayHas23HoursAndTheFallBackDay25() {
        LocalDate spring = LocalDate.of(2026, 3, 29);
        LocalDate autumn = LocalDate.of(2026, 10, 25);
        assertEquals(Duration.ofHours(23), always.openTimeWithin(startOf(spring), startOf(spring.plusDays(1))));
        assertEquals(Duration.ofHours(25), always.openTimeWithin(startOf(autumn), startOf(autumn.plusDays(1))));
        assertEquals(List.of(new Interval(startOf(autumn), startOf(autumn.plusDays(1)))),
                always.windowsWithin(startOf(autumn), startOf(autumn.plusDays(1))), "one merged window");
    }

    @Test
    void aRangeAcrossTheMissingHourIsAnHourShorter() {
        assertEquals(List.of(new Interval(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T02:00:00Z"))),
                sundayNight().windowsWithin(local("2026-03-28T00:00"), local("2026-03-30T00:00")));
    }

    @Test
    void aRangeAcrossTheRepeatedHourCountsItTwice() {
        assertEquals(List.of(new Interval(Instant.parse("2026-10-24T23:00:00Z"), Instant.parse("2026-10-25T03:00:00Z"))),
                sundayNight().windowsWithin(local("2026-10-24T00:00"), local("2026-10-26T00:00")));
    }

    @Test
    void aRangeInsideTheMissingHourNeverOpens() {
        ServiceCalendar gap = new ServiceCalendar("gap", BRUSSELS,
                List.of(new WeeklyRange(DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(3, 0))),
                PublicHolidays.NONE, Set.of(), ServiceCalendar.OnHolidays.CLOSED);
        assertEquals(List.of(), gap.windowsWithin(local("2026-03-29T00:00"), local("2026-03-30T00:00")));
        assertEquals(Duration.ofHours(2), gap.openTimeWithin(local("2026-10-25T00:00"), local("2026-10-26T00:00")));
    }

    @Test
    void aRangeStartingInsideTheRepeatedHourCoversBothPassesFromThatWallClockTime() {
        ServiceCalendar late = new ServiceCalendar("late", BRUSSELS,
                List.of(new WeeklyRange(DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(5, 0))),
                PublicHolidays.NONE, Set.of(), ServiceCalendar.OnHolidays.CLOSED);
        // 02:30–03:00 summer time, then 02:30 winter time to 05:00.
        assertEquals(List.of(
                        new Interval(Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:00:00Z")),
                        new Interval(Instant.parse("2026-10-25T01:30:00Z"), Instant.parse("2026-10-25T04:00:00Z"))),
                late.windowsWithin(local("2026-10-25T00:00"), local("2026-10-26T00:00")));
    }

    // ---- the complement ---------------------------------------------------------------------

    @Test
    void outsideOfficeHoursIsEverythingElse() {
        Instant from = local("2026-04-06T00:00");
        Instant to = local("2026-04-13T00:00");
        assertEquals(Duration.ofHours(168), office.openTimeWithin(from, to).plus(outside.openTimeWithin(from, to)));
        assertTrue(outside.isOpenAt(local("2026-04-06T12:00")), "Easter Monday is outside office hours");
        assertTrue(outside.isOpenAt(local("2026-04-07T19:00")));
        assertFalse(outside.isOpenAt(local("2026-04-07T07:30")));
        assertEquals(ServiceCalendar.OnHolidays.OPEN_ALL_DAY, outside.onHolidays());
        assertEquals(office, outside.complement("office-hours"));
    }

    @Test
    void outsideOfficeHoursRunsFromFridayEveningToMondayMorningAsOneWindow() {
        assertEquals(List.of(new Interval(local("2026-03-13T19:00"), local("2026-03-16T07:30"))),
                outside.windowsWithin(local("2026-03-13T12:00"), local("2026-03-16T12:00")));
    }

    @Test
    void theComplementOf24x7NeverOpens() {
        ServiceCalendar never = always.complement("never");
        assertEquals(List.of(), never.ranges());
        assertEquals(Optional.empty(), never.nextOpening(local("2026-01-01T00:00")));
        assertThrows(IllegalStateException.class, () -> never.plusOpenTime(local("2026-01-01T00:00"), Duration.ofMinutes(1)));
    }

    // ---- due times ----------------------------------------------------------------------------

    @Test
    void plusOpenTimeCarriesFridayEveningOverToMondayMorning() {
        assertEquals(local("2026-03-16T08:30"), office.plusOpenTime(local("2026-03-13T18:00"), Duration.ofHours(2)));
    }

    @Test
    void plusOpenTimeSkipsAHoliday() {
        // Good Friday is a working day in Belgium; Easter Monday is not.
        assertEquals(local("2026-04-07T08:00"), office.plusOpenTime(local("2026-04-03T18:30"), Duration.ofHours(1)));
    }

    @Test
    void plusOpenTimeAcrossDaylightSaving() {
        assertEquals(local("2026-03-29T13:00"), always.plusOpenTime(local("2026-03-28T12:00"), Duration.ofHours(24)));
        assertEquals(local("2026-10-25T11:00"), always.plusOpenTime(local("2026-10-24T12:00"), Duration.ofHours(24)));
        assertEquals(Instant.parse("2026-03-30T06:30:00Z"), office.plusOpenTime(local("2026-03-27T18:00"), Duration.ofHours(2)));
    }

    @Test
    void plusOpenTimeFromClosedTimeStartsAtTheNextOpening() {
        assertEquals(local("2026-03-16T08:30"), office.plusOpenTime(local("2026-03-14T10:00"), Duration.ofHours(1)));
    }

    @Test
    void plusOpenTimeThatFillsTheDayEndsAtClosingTime() {
        assertEquals(local("2026-03-13T19:00"), office.plusOpenTime(local("2026-03-13T17:00"), Duration.ofHours(2)));
    }

    @Test
    void plusZeroReturnsTheStartEvenWhenClosed() {
        Instant saturday = local("2026-03-14T10:00");
        assertEquals(saturday, office.plusOpenTime(saturday, Duration.ZERO));
    }

    @Test
    void plusOpenTimeRefusesANegativeAmount() {
        assertThrows(IllegalArgumentException.class, () -> office.plusOpenTime(local("2026-03-13T10:00"), Duration.ofMinutes(-1)));
    }

    @Test
    void plusAYearOfOpenTime() {
        Instant start = local("2026-01-01T00:00");
        assertEquals(local("2026-12-31T19:00"), office.plusOpenTime(start, Duration.ofMinutes(253 * 690)));
    }

    // ---- opening, precision, arguments --------------------------------------------------------

    @Test
    void nextOpeningIsTheInstantItselfWhenOpenElseTheNextStart() {
        assertEquals(Optional.of(local("2026-03-16T07:30")), office.nextOpening(local("2026-03-14T10:00")));
        assertEquals(Optional.of(local("2026-03-16T10:00")), office.nextOpening(local("2026-03-16T10:00")));
        assertEquals(Optional.of(local("2026-04-07T07:30")), office.nextOpening(local("2026-04-06T07:30")));
    }

    @Test
    void opensAndClosesOnTheExactInstant() {
        assertFalse(office.isOpenAt(local("2026-03-16T07:29:59.999999999")));
        assertTrue(office.isOpenAt(local("2026-03-16T07:30")));
        assertTrue(office.isOpenAt(local("2026-03-16T18:59:59.999999999")));
        assertFalse(office.isOpenAt(local("2026-03-16T19:00")));
    }

    @Test
    void countsBelowTheMinute() {
        assertEquals(Duration.ofMillis(59_500), office.openTimeWithin(local("2026-03-16T07:29:00"), local("2026-03-16T07:30:59.5")));
    }

    @Test
    void anEmptySpanHasNoWindowsAndAReversedOneIsRefused() {
        Instant t = local("2026-03-16T10:00");
        assertEquals(List.of(), office.windowsWithin(t, t));
        assertThrows(IllegalArgumentException.class, () -> office.windowsWithin(t, t.minusNanos(1)));
        assertThrows(IllegalArgumentException.class, () -> new ServiceCalendar(" ", BRUSSELS, List.of(),
                PublicHolidays.NONE, Set.of(), ServiceCalendar.OnHolidays.CLOSED));
    }
}
