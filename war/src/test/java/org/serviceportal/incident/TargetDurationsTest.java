package org.serviceportal.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.serviceportal.calendar.ServiceCalendar;
import org.serviceportal.platform.i18n.Formats;
import org.serviceportal.platform.i18n.Language;

class TargetDurationsTest {

    private static final OptionalInt OFFICE = TargetDurations.workingDayMinutes(ServiceCalendar.officeHours());

    @Test
    void officeHoursHaveAWorkingDayOfElevenAndAHalfHours() {
        assertEquals(OptionalInt.of(690), OFFICE);
        assertEquals(OptionalInt.of(600), TargetDurations.workingDayMinutes(ServiceCalendar.helpdeskHours()));
    }

    @Test
    void roundTheClockAndUnevenWindowsHaveNoWorkingDay() {
        assertEquals(OptionalInt.empty(), TargetDurations.workingDayMinutes(ServiceCalendar.twentyFourSeven()));
        assertEquals(OptionalInt.empty(), TargetDurations.workingDayMinutes(ServiceCalendar.outsideOfficeHours()));
    }

    @Test
    void countsWorkingDaysAndTheHoursLeftInBothLanguages() {
        assertEquals("2 werkdagen en 3 uur", Formats.duration(2 * 690 + 180, OFFICE, Language.NL));
        assertEquals("2 working days and 3 hours", Formats.duration(2 * 690 + 180, OFFICE, Language.EN));
        assertEquals("3 werkdagen", Formats.duration(34 * 60 + 30, OFFICE, Language.NL));
        assertEquals("1 working day", Formats.duration(690, OFFICE, Language.EN));
        assertEquals("1 werkdag en 1 uur 30 min", Formats.duration(690 + 90, OFFICE, Language.NL));
        assertEquals("1 working day and 1 hour 30 min", Formats.duration(690 + 90, OFFICE, Language.EN));
    }

    @Test
    void targetsShorterThanAWorkingDayOrRoundTheClockAreHoursAndMinutes() {
        assertEquals("4 uur", Formats.duration(240, OFFICE, Language.NL));
        assertEquals("30 min", Formats.duration(30, OFFICE, Language.EN));
        assertEquals("1 hour", Formats.duration(60, OptionalInt.empty(), Language.EN));
        assertEquals("48 uur", Formats.duration(48 * 60, OptionalInt.empty(), Language.NL));
        assertEquals("2 hours 15 min", Formats.duration(135, OptionalInt.empty(), Language.EN));
        assertEquals("0 min", Formats.duration(0, OptionalInt.empty(), Language.EN));
    }

    @Test
    void timeLeftAcrossAWeekendAndAHolidayCountsOnlyWorkingDays() {
        ServiceCalendar office = ServiceCalendar.officeHours();
        // Thursday 24 December 2026 10:00 to Tuesday 29 December 12:00 in Brussels: Christmas (Friday) and
        // the weekend are closed; 9 h on Thursday, a whole Monday, 4 h 30 min on Tuesday
        java.time.Instant from = java.time.ZonedDateTime.parse("2026-12-24T10:00+01:00[Europe/Brussels]").toInstant();
        java.time.Instant to = java.time.ZonedDateTime.parse("2026-12-29T12:00+01:00[Europe/Brussels]").toInstant();
        int minutes = (int) office.openTimeWithin(from, to).toMinutes();
        assertEquals(9 * 60 + 690 + 270, minutes);
        assertEquals("2 werkdagen en 2 uur", Formats.duration(minutes, OFFICE, Language.NL));
        assertEquals("2 working days and 2 hours", Formats.duration(minutes, OFFICE, Language.EN));
    }

    @Test
    void aTargetAcrossTheSpringClockChangeCountsTheClocksHours() {
        ServiceCalendar always = ServiceCalendar.twentyFourSeven();
        // 29 March 2026: the night has 23 hours; 24 h of target end an hour later on the wall clock
        java.time.Instant from = java.time.ZonedDateTime.parse("2026-03-28T12:00+01:00[Europe/Brussels]").toInstant();
        java.time.Instant due = always.plusOpenTime(from, java.time.Duration.ofHours(24));
        assertEquals("29 mrt 2026 13:00", Formats.dateTime(due, Language.NL));
        assertEquals("24 uur", Formats.duration((int) always.openTimeWithin(from, due).toMinutes(), OptionalInt.empty(),
                Language.NL));
    }
}
