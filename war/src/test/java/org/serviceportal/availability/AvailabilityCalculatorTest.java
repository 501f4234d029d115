package org.serviceportal.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.serviceportal.calendar.Interval;
import org.serviceportal.calendar.ServiceCalendar;

class AvailabilityCalculatorTest {

    private static final ServiceCalendar ALWAYS = ServiceCalendar.twentyFourSeven();
    private static final ServiceCalendar OFFICE = ServiceCalendar.officeHours();
    private static final Interval MARCH_2026 = period("2026-03-01T00:00", "2026-04-01T00:00");

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(ServiceCalendar.BRUSSELS).toInstant();
    }

    private static Interval period(String from, String to) {
        return Interval.of(local(from), local(to));
    }

    private static AvailabilityFigures march(ServiceCalendar calendar, List<Downtime> downtime, List<Interval> planned) {
        return AvailabilityCalculator.calculate(MARCH_2026, calendar, downtime, planned);
    }

    @Test
    void aMonthWithTheSpringDstChangeHasOneHourLessAroundTheClock() {
        AvailabilityFigures f = march(ALWAYS, List.of(), List.of());
        assertEquals(31 * 1440 - 60, f.windowMinutes());
        assertEquals(44_580, f.windowMinutes());
        assertEquals(new BigDecimal("100.000"), f.availabilityPercent());
    }

    @Test
    void officeHoursOfMarch2026Are22WorkingDays() {
        assertEquals(22 * 690, march(OFFICE, List.of(), List.of()).windowMinutes());
    }

    @Test
    void anHourDownInMarchAroundTheClock() {
        AvailabilityFigures f = march(ALWAYS, List.of(Downtime.internal(period("2026-03-10T10:00", "2026-03-10T11:00"))), List.of());
        assertEquals(60, f.downtimeMinutes());
        // 100 × 44 520 / 44 580 = 99.86541…
        assertEquals(new BigDecimal("99.865"), f.availabilityPercent());
        assertTrue(f.met(new BigDecimal("99.7")));
    }

    @Test
    void overlappingOutagesCountOnce() {
        AvailabilityFigures f = march(ALWAYS, List.of(
                Downtime.internal(period("2026-03-10T10:00", "2026-03-10T11:00")),
                Downtime.internal(period("2026-03-10T10:30", "2026-03-10T11:30"))), List.of());
        assertEquals(90, f.downtimeMinutes());
    }

    @Test
    void plannedMaintenanceExcusesTheOutageDuringIt() {
        AvailabilityFigures f = march(ALWAYS, List.of(Downtime.internal(period("2026-03-10T11:00", "2026-03-10T13:00"))),
                List.of(period("2026-03-10T10:00", "2026-03-10T12:00"), period("2026-03-10T11:00", "2026-03-10T12:00")));
        assertEquals(120, f.plannedMaintenanceMinutes());
        assertEquals(60, f.downtimeMinutes());
        // 100 × (1 − 60 / (44 580 − 120)) = 99.86504…
        assertEquals(new BigDecimal("99.865"), f.availabilityPercent());
    }

    @Test
    void onlyTheOutageInsideTheWindowAndThePeriodCounts() {
        AvailabilityFigures f = march(OFFICE, List.of(
                        Downtime.internal(period("2026-03-10T18:00", "2026-03-10T20:00")),
                        Downtime.internal(period("2026-03-31T18:30", "2026-04-01T09:00"))),
                List.of(period("2026-03-14T00:00", "2026-03-16T08:00")));
        assertEquals(60 + 30, f.downtimeMinutes());
        assertEquals(30, f.plannedMaintenanceMinutes(), "the weekend is outside office hours");
    }

    @Test
    void anOutageStillOpenIsCountedUpToWhereTheCallerClosedIt() {
        // The caller closes an open outage at the period end (or now); anything after it is ignored.
        AvailabilityFigures f = march(ALWAYS, List.of(Downtime.internal(period("2026-03-31T23:00", "2026-04-01T00:00"))), List.of());
        assertEquals(60, f.downtimeMinutes());
    }

    @Test
    void externalMinutesAreThoseNotAlsoCoveredByAnInternalOutage() {
        AvailabilityFigures f = march(ALWAYS, List.of(
                Downtime.external(period("2026-03-10T10:00", "2026-03-10T12:00")),
                Downtime.internal(period("2026-03-10T11:00", "2026-03-10T11:30"))), List.of());
        assertEquals(120, f.downtimeMinutes());
        assertEquals(90, f.externalDowntimeMinutes());
        // With FAS left out: 30 min down, 100 × (1 − 30 / 44 580) = 99.93270…
        assertEquals(new BigDecimal("99.933"), f.availabilityExcludingExternalPercent());
        assertEquals(new BigDecimal("99.731"), f.availabilityPercent());
    }

    @Test
    void externalDowntimeDuringPlannedMaintenanceIsNotCounted() {
        AvailabilityFigures f = march(ALWAYS, List.of(Downtime.external(period("2026-03-10T10:00", "2026-03-10T12:00"))),
                List.of(period("2026-03-10T09:00", "2026-03-10T11:00")));
        assertEquals(60, f.downtimeMinutes());
        assertEquals(60, f.externalDowntimeMinutes());
    }

    @Test
    void aCalendarWithNoTimeInThePeriodIsFullyAvailable() {
        ServiceCalendar never = ALWAYS.complement("never");
        AvailabilityFigures f = march(never, List.of(Downtime.internal(MARCH_2026)), List.of());
        assertEquals(0, f.windowMinutes());
        assertEquals(0, f.downtimeMinutes());
        assertEquals(new BigDecimal("100.000"), f.availabilityPercent());
    }

    @Test
    void aWindowEntirelyUnderPlannedMaintenanceIsFullyAvailable() {
        AvailabilityFigures f = march(OFFICE, List.of(Downtime.internal(MARCH_2026)), List.of(MARCH_2026));
        assertEquals(22 * 690, f.plannedMaintenanceMinutes());
        assertEquals(new BigDecimal("100.000"), f.availabilityPercent());
    }

    @Test
    void aFallBackMonthAroundTheClockHasOneHourMore() {
        AvailabilityFigures f = AvailabilityCalculator.calculate(period("2026-10-01T00:00", "2026-11-01T00:00"),
                ALWAYS, List.of(Downtime.internal(period("2026-10-25T01:00", "2026-10-25T04:00"))), List.of());
        assertEquals(31 * 1440 + 60, f.windowMinutes());
        assertEquals(4 * 60, f.downtimeMinutes(), "the repeated hour is down twice");
    }

    @Test
    void officeAndOutsideOfficeWindowsAddUpToTheMonth() {
        long office = march(OFFICE, List.of(), List.of()).windowMinutes();
        long outside = march(ServiceCalendar.outsideOfficeHours(), List.of(), List.of()).windowMinutes();
        assertEquals(44_580, office + outside);
    }

    // ---- property: against a minute-by-minute model -------------------------------------------

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8).map(i -> i * 15_485_863L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void figuresMatchAMinuteByMinuteCount(long seed) {
        Random random = new Random(seed);
        List<ServiceCalendar> calendars = List.of(ALWAYS, OFFICE, ServiceCalendar.outsideOfficeHours(),
                ServiceCalendar.helpdeskHours());
        for (int round = 0; round < 10; round++) {
            ServiceCalendar calendar = calendars.get(random.nextInt(calendars.size()));
            // Often around the spring or autumn change, or Easter Monday.
            Instant anchor = List.of(local("2026-03-27T00:00"), local("2026-10-23T00:00"), local("2026-04-04T00:00"),
                    local("2026-06-10T00:00")).get(random.nextInt(4));
            Instant from = anchor.plus(random.nextInt(1440), ChronoUnit.MINUTES);
            int minutes = 1 + random.nextInt(5 * 1440);
            Interval period = Interval.of(from, from.plus(minutes, ChronoUnit.MINUTES));
            List<Downtime> downtime = new ArrayList<>();
            for (int i = random.nextInt(7); i > 0; i--) {
                downtime.add(new Downtime(randomInterval(random, from, minutes), random.nextBoolean()));
            }
            List<Interval> planned = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                planned.add(randomInterval(random, from, minutes));
            }

            long window = 0, plannedCount = 0, down = 0, external = 0;
            for (int i = 0; i < minutes; i++) {
                Instant minute = from.plus(i, ChronoUnit.MINUTES);
                if (!calendar.isOpenAt(minute)) {
                    continue;
                }
                window++;
                if (planned.stream().anyMatch(p -> p.contains(minute))) {
                    plannedCount++;
                    continue;
                }
                boolean internalDown = downtime.stream().anyMatch(d -> !d.external() && d.interval().contains(minute));
                boolean externalDown = downtime.stream().anyMatch(d -> d.external() && d.interval().contains(minute));
                if (internalDown || externalDown) {
                    down++;
                }
                if (externalDown && !internalDown) {
                    external++;
                }
            }
            AvailabilityFigures expected = new AvailabilityFigures(window, plannedCount, down, external,
                    percent(down, window - plannedCount), percent(down - external, window - plannedCount));
            String inputs = "seed " + seed + " round " + round + ": " + calendar.code() + " " + period
                    + " downtime " + downtime + " planned " + planned;
            assertEquals(expected, AvailabilityCalculator.calculate(period, calendar, downtime, planned), inputs);
            assertFalse(expected.availabilityPercent().compareTo(expected.availabilityExcludingExternalPercent()) > 0, inputs);
        }
    }

    /** Up to a day long, sometimes sticking out of the period on either side. */
    private static Interval randomInterval(Random random, Instant from, int minutes) {
        Instant start = from.plus(random.nextInt(minutes + 600) - 300, ChronoUnit.MINUTES);
        return Interval.of(start, start.plus(1 + random.nextInt(1440), ChronoUnit.MINUTES));
    }

    private static BigDecimal percent(long missed, long promised) {
        if (promised == 0) {
            return new BigDecimal("100.000");
        }
        return BigDecimal.valueOf(100 * (promised - missed)).divide(BigDecimal.valueOf(promised), 3, RoundingMode.HALF_UP);
    }
}
