package org.serviceportal.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.serviceportal.calendar.ServiceCalendar;
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
        assertEquals("2 werkdagen en 3 uur", TargetDurations.format(2 * 690 + 180, OFFICE, Language.NL));
        assertEquals("2 working days and 3 hours", TargetDurations.format(2 * 690 + 180, OFFICE, Language.EN));
        assertEquals("3 werkdagen", TargetDurations.format(34 * 60 + 30, OFFICE, Language.NL));
        assertEquals("1 working day", TargetDurations.format(690, OFFICE, Language.EN));
        assertEquals("1 werkdag en 1 uur 30 min", TargetDurations.format(690 + 90, OFFICE, Language.NL));
        assertEquals("1 working day and 1 hour 30 min", TargetDurations.format(690 + 90, OFFICE, Language.EN));
    }

    @Test
    void targetsShorterThanAWorkingDayOrRoundTheClockAreHoursAndMinutes() {
        assertEquals("4 uur", TargetDurations.format(240, OFFICE, Language.NL));
        assertEquals("30 min", TargetDurations.format(30, OFFICE, Language.EN));
        assertEquals("1 hour", TargetDurations.format(60, OptionalInt.empty(), Language.EN));
        assertEquals("48 uur", TargetDurations.format(48 * 60, OptionalInt.empty(), Language.NL));
        assertEquals("2 hours 15 min", TargetDurations.format(135, OptionalInt.empty(), Language.EN));
        assertEquals("0 min", TargetDurations.format(0, OptionalInt.empty(), Language.EN));
    }
}
