package org.serviceportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2008, 2008-03-23", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20",
            "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25", "2285, 2285-03-22",
            "1583, 1583-04-10", "2000, 2000-04-23", "1818, 1818-03-22", "1943, 1943-04-25"})
    void computesEasterSunday(int year, LocalDate easter) {
        assertEquals(easter, Holidays.easterSunday(year));
    }

    @Test
    void easterMatchesThePublishedTableOfTheTestModel() {
        MinuteModel.EASTER.forEach((year, easter) -> assertEquals(easter, Holidays.easterSunday(year), "year " + year));
    }

    @Test
    void listsTheBelgianAndFlemishHolidaysOf2026ByDate() {
        assertEquals(List.of(
                new Holiday(LocalDate.of(2026, 1, 1), "new-year"),
                new Holiday(LocalDate.of(2026, 4, 6), "easter-monday"),
                new Holiday(LocalDate.of(2026, 5, 1), "labour-day"),
                new Holiday(LocalDate.of(2026, 5, 14), "ascension-day"),
                new Holiday(LocalDate.of(2026, 5, 25), "whit-monday"),
                new Holiday(LocalDate.of(2026, 7, 11), "flemish-community-day"),
                new Holiday(LocalDate.of(2026, 7, 21), "national-day"),
                new Holiday(LocalDate.of(2026, 8, 15), "assumption"),
                new Holiday(LocalDate.of(2026, 11, 1), "all-saints"),
                new Holiday(LocalDate.of(2026, 11, 11), "armistice"),
                new Holiday(LocalDate.of(2026, 12, 25), "christmas")), Holidays.belgianAndFlemish(2026));
    }

    @Test
    void keepsBothHolidaysWhenTheyFallOnTheSameDate() {
        // 2008: Ascension Day on Labour Day.
        List<Holiday> holidays = Holidays.belgianAndFlemish(2008);
        assertEquals(11, holidays.size());
        assertEquals(List.of(new Holiday(LocalDate.of(2008, 5, 1), "ascension-day"),
                        new Holiday(LocalDate.of(2008, 5, 1), "labour-day")),
                holidays.stream().filter(h -> h.date().equals(LocalDate.of(2008, 5, 1))).toList());
        assertEquals(10, Holidays.belgianAndFlemishDates(2008).size());
    }

    @Test
    void theQuickDateCheckAgreesWithTheYearListsForTwoCenturies() {
        for (int year = 1950; year <= 2150; year++) {
            Set<LocalDate> dates = Holidays.belgianAndFlemishDates(year);
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                assertEquals(dates.contains(d), Holidays.isBelgianOrFlemish(d), d::toString);
            }
        }
    }

    @Test
    void easterMondayAnd11JulyAreHolidaysButGoodFridayIsNot() {
        assertTrue(Holidays.isBelgianOrFlemish(LocalDate.of(2025, 4, 21)));
        assertTrue(Holidays.isBelgianOrFlemish(LocalDate.of(2025, 7, 11)));
        assertEquals(false, Holidays.isBelgianOrFlemish(LocalDate.of(2025, 4, 18)));
        assertEquals(false, PublicHolidays.NONE.contains(LocalDate.of(2025, 12, 25)));
        assertEquals(List.of(), PublicHolidays.NONE.forYear(2025));
    }

    @Test
    void refusesYearsBeforeTheGregorianCalendar() {
        assertThrows(IllegalArgumentException.class, () -> Holidays.easterSunday(1582));
    }
}
