package org.serviceportal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Numbers, percentages, durations and times as a Dutch and an English reader write them. */
class FormatsTest {

    private static final Language NL = Language.NL;
    private static final Language EN = Language.EN;

    @Test
    void percentagesUseTheLanguagesDecimalSignAndDropTrailingZeros() {
        assertEquals("99,978\u00a0%", Formats.percent(new BigDecimal("99.978"), NL));
        assertEquals("99.978%", Formats.percent(new BigDecimal("99.978"), EN));
        assertEquals("100\u00a0%", Formats.percent(new BigDecimal("100.000"), NL));
        assertEquals("100%", Formats.percent(new BigDecimal("100.000"), EN));
        assertEquals("99,7\u00a0%", Formats.percent(new BigDecimal("99.700"), NL));
        assertEquals("0\u00a0%", Formats.percent(new BigDecimal("0.000"), NL));
    }

    @Test
    void decimalsForSpreadsheetsHaveNoGroupingAndTheLanguagesSign() {
        assertEquals("99,3", Formats.decimal(new BigDecimal("99.300"), NL));
        assertEquals("99.3", Formats.decimal(new BigDecimal("99.300"), EN));
        assertEquals("100", Formats.decimal(new BigDecimal("100.000"), NL));
    }

    @Test
    void wholeNumbersAreGroupedAsTheLanguageGroupsThem() {
        assertEquals("44.640", Formats.number(44_640, NL));
        assertEquals("44,640", Formats.number(44_640, EN));
        assertEquals("30", Formats.number(30, NL));
    }

    @Test
    void timesAreBrusselsWallClockToTheMinuteWithoutSecondsOrZone() {
        String nl = Formats.dateTime(Instant.parse("2026-12-04T16:45:59Z"), NL);
        assertEquals("4 dec 2026 17:45", nl);
        assertEquals("4 Dec 2026 17:45", Formats.dateTime(Instant.parse("2026-12-04T16:45:59Z"), EN));
        assertFalse(nl.contains("CET"), nl);
    }

    @Test
    void theSpringChangeSkipsAnHourAndTheAutumnChangeRepeatsOne() {
        // 29 March 2026: 02:00 CET becomes 03:00 CEST
        assertEquals("29 mrt 2026 01:59", Formats.dateTime(Instant.parse("2026-03-29T00:59:00Z"), NL));
        assertEquals("29 mrt 2026 03:00", Formats.dateTime(Instant.parse("2026-03-29T01:00:00Z"), NL));
        // 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice
        assertEquals("25 Oct 2026 02:30", Formats.dateTime(Instant.parse("2026-10-25T00:30:00Z"), EN));
        assertEquals("25 Oct 2026 02:30", Formats.dateTime(Instant.parse("2026-10-25T01:30:00Z"), EN));
        // a period across the change reads as the clock on the wall showed it
        assertEquals("25 okt 2026 01:30 – 03:30",
                Formats.span(Instant.parse("2026-10-24T23:30:00Z"), Instant.parse("2026-10-25T02:30:00Z"), null, NL));
    }

    @Test
    void aPeriodSaysItsDatesOnce() {
        Instant start = Instant.parse("2026-12-06T08:00:00Z");
        Instant sameDay = Instant.parse("2026-12-06T10:30:00Z");
        Instant nextDay = Instant.parse("2026-12-07T07:00:00Z");
        assertEquals("6 dec 2026 09:00 – 11:30", Formats.span(start, sameDay, null, NL));
        assertEquals("09:00 – 11:30", Formats.span(start, sameDay, LocalDate.of(2026, 12, 6), NL));
        assertEquals("09:00 – 7 dec 2026 08:00", Formats.span(start, nextDay, LocalDate.of(2026, 12, 6), NL));
        assertEquals("6 Dec 2026 09:00 –", Formats.span(start, null, null, EN));
    }

    @Test
    void datesAndWeekdaysAreWrittenOut() {
        assertEquals("zondag 6 december 2026", Formats.weekday(LocalDate.of(2026, 12, 6), NL));
        assertEquals("Sunday 6 December 2026", Formats.weekday(LocalDate.of(2026, 12, 6), EN));
        assertEquals("6 december 2026", Formats.date(LocalDate.of(2026, 12, 6), NL));
    }

    @Test
    void durationsCountWorkingDaysOfTheCalendarThenHours() {
        OptionalInt office = OptionalInt.of(690);
        assertEquals("2 werkdagen en 3 uur", Formats.duration(2 * 690 + 180, office, NL));
        assertEquals("2 working days and 3 hours", Formats.duration(2 * 690 + 180, office, EN));
        assertEquals("1 werkdag", Formats.duration(690, office, NL));
        assertEquals("4 uur 30 min", Formats.duration(270, OptionalInt.empty(), NL));
        assertEquals("0 min", Formats.duration(0, OptionalInt.empty(), NL));
    }

    @Test
    void levelsAreNamedNeverCoded() {
        enum Severity { MAJOR, PARTIAL, DEGRADED }
        assertEquals("Storing", Formats.label("severity", Severity.MAJOR, NL));
        assertEquals("Major outage", Formats.label("severity", Severity.MAJOR, EN));
        assertEquals("Gedeeltelijke storing", Formats.label("severity", Severity.PARTIAL, NL));
    }

    @Test
    void messageArgumentsThatAreLabelsOrTimesReadInTheMessagesLanguage() {
        assertEquals("Het incident heeft de status \u2018Opgelost\u2019, niet \u2018Nieuw\u2019.",
                CurrentLanguage.message(NL, "error.incident.wrongStatus", Label.of("incident.status.RESOLVED"),
                        Label.of("incident.status.NEW")));
        assertEquals("The incident is \u2018Resolved\u2019, not \u2018New\u2019.", CurrentLanguage.message(EN, "error.incident.wrongStatus",
                Label.of("incident.status.RESOLVED"), Label.of("incident.status.NEW")));
        Localized at = Formats.at(Instant.parse("2026-12-04T16:45:00Z"));
        assertEquals("4 dec 2026 17:45", at.in(NL));
        assertEquals("4 Dec 2026 17:45", at.in(EN));
    }

    @Test
    void anAcceptLanguageHeaderChoosesByWeight() {
        assertEquals(java.util.Optional.of(NL), Language.fromAcceptLanguage("nl-BE,nl;q=0.9,en;q=0.8"));
        assertEquals(java.util.Optional.of(EN), Language.fromAcceptLanguage("fr;q=1,en-GB;q=0.7,nl;q=0.5"));
        assertEquals(java.util.Optional.empty(), Language.fromAcceptLanguage("fr"));
        assertEquals(java.util.Optional.empty(), Language.fromAcceptLanguage(";;;"));
    }

    @Test
    void yesAndNoAndWeekdaysAreWords() {
        assertEquals("ja", Formats.yesNo(true, NL));
        assertEquals("nee", Formats.yesNo(false, NL));
        assertEquals("yes", Formats.yesNo(true, EN));
        assertEquals("no", Formats.yesNo(false, EN));
        assertEquals("maandag", Formats.dayOfWeek(java.time.DayOfWeek.MONDAY, NL));
        assertEquals("Monday", Formats.dayOfWeek(java.time.DayOfWeek.MONDAY, EN));
    }

    @Test
    void longAndShortDatesAndMonthsAreWrittenAsTheLanguageWritesThem() {
        Instant t = Instant.parse("2026-12-04T16:45:00Z");
        assertEquals("4 december 2026 17:45", Formats.longDateTime(t, NL));
        assertEquals("4 December 2026 17:45", Formats.longDateTime(t, EN));
        assertEquals("4 dec 2026", Formats.shortDate(LocalDate.of(2026, 12, 4), NL));
        assertEquals("4 Dec 2026", Formats.shortDate(LocalDate.of(2026, 12, 4), EN));
        assertEquals("mrt", Formats.monthShort(LocalDate.of(2026, 3, 1), NL));
        assertEquals("Mar", Formats.monthShort(LocalDate.of(2026, 3, 1), EN));
        assertEquals("ma", Formats.dayOfWeekShort(java.time.DayOfWeek.MONDAY, NL));
        assertEquals("Mon", Formats.dayOfWeekShort(java.time.DayOfWeek.MONDAY, EN));
    }
}
