package org.serviceportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The business-time arithmetic against {@link MinuteModel}, on seeded random calendars and spans of up
 * to ten days around DST changes and holidays. Every failure names the seed, the case and its inputs.
 */
class ServiceCalendarPropertyTest {

    private static final int CASES_PER_SEED = 12;

    static LongStream seeds() {
        return Scenarios.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void openTimeIsTheNumberOfOpenMinutes(long seed) {
        for (Scenarios.Case c : Scenarios.cases(seed, CASES_PER_SEED)) {
            boolean[] open = c.model().minutes(c.start(), c.minutes());
            assertEquals(Duration.ofMinutes(MinuteModel.count(open)),
                    c.model().toCalendar().openTimeWithin(c.start(), c.end()), c::toString);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void windowsAreTheRunsOfOpenMinutesSortedDisjointAndInsideTheSpan(long seed) {
        for (Scenarios.Case c : Scenarios.cases(seed, CASES_PER_SEED)) {
            ServiceCalendar calendar = c.model().toCalendar();
            List<Interval> windows = calendar.windowsWithin(c.start(), c.end());
            assertEquals(MinuteModel.runs(c.start(), c.model().minutes(c.start(), c.minutes())), windows, c::toString);
            Duration sum = Duration.ZERO;
            for (int i = 0; i < windows.size(); i++) {
                Interval w = windows.get(i);
                assertFalse(w.start().isBefore(c.start()) || w.end().isAfter(c.end()), () -> "outside span: " + c);
                if (i > 0) {
                    assertTrue(windows.get(i - 1).end().isBefore(w.start()), () -> "not disjoint and merged: " + c);
                }
                sum = sum.plus(w.duration());
            }
            assertEquals(calendar.openTimeWithin(c.start(), c.end()), sum, c::toString);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void isOpenAtAgreesWithTheModelOnEveryMinute(long seed) {
        for (Scenarios.Case c : Scenarios.cases(seed, CASES_PER_SEED)) {
            ServiceCalendar calendar = c.model().toCalendar();
            for (int i = 0; i < c.minutes(); i++) {
                Instant minute = c.minute(i);
                if (calendar.isOpenAt(minute) != c.model().isOpen(minute)) {
                    throw new AssertionError("isOpenAt(" + minute + ") wrong, " + c);
                }
            }
        }
    }

    /**
     * Adding k minutes of open time ends at the end of the k-th open minute (or at the start for k = 0);
     * adding k minutes and 30 seconds ends 30 seconds into the (k+1)-th.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void plusOpenTimeEndsInTheRightOpenMinute(long seed) {
        Random random = new Random(seed);
        for (Scenarios.Case c : Scenarios.cases(seed, CASES_PER_SEED)) {
            ServiceCalendar calendar = c.model().toCalendar();
            int[] openMinutes = openMinuteIndexes(c.model().minutes(c.start(), c.minutes()));
            int k = random.nextInt(openMinutes.length + 1);
            Instant expected = k == 0 ? c.start() : c.minute(openMinutes[k - 1] + 1);
            assertEquals(expected, calendar.plusOpenTime(c.start(), Duration.ofMinutes(k)), () -> "k=" + k + " " + c);
            if (k < openMinutes.length) {
                assertEquals(c.minute(openMinutes[k]).plusSeconds(30),
                        calendar.plusOpenTime(c.start(), Duration.ofMinutes(k).plusSeconds(30)),
                        () -> "k=" + k + " min 30 s " + c);
            }
        }
    }

    /**
     * The round trip: measuring the open time from s to t and adding it back to s gives the earliest
     * instant r with the same open time, so r ≤ t, nothing is open in [r, t), and r = t when t is
     * just after an open minute.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingBackTheOpenTimeOfASpanReturnsItsLastOpenMoment(long seed) {
        Random random = new Random(seed + 1);
        for (Scenarios.Case c : Scenarios.cases(seed, CASES_PER_SEED)) {
            ServiceCalendar calendar = c.model().toCalendar();
            int n = random.nextInt(c.minutes() + 1);
            Instant t = c.minute(n);
            Instant r = calendar.plusOpenTime(c.start(), calendar.openTimeWithin(c.start(), t));
            boolean[] open = c.model().minutes(c.start(), n);
            int last = n - 1;
            while (last >= 0 && !open[last]) {
                last--;
            }
            Instant expected = last < 0 ? c.start() : c.minute(last + 1);
            assertEquals(expected, r, () -> "t=" + t + " " + c);
            assertFalse(r.isAfter(t), c::toString);
            assertEquals(Duration.ZERO, calendar.openTimeWithin(r, t), c::toString);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nextOpeningIsTheFirstOpenMinute(long seed) {
        for (Scenarios.Case c : Scenarios.cases(seed, CASES_PER_SEED)) {
            ServiceCalendar calendar = c.model().toCalendar();
            int first = 0;
            while (first < c.minutes() && !c.model().isOpen(c.minute(first))) {
                first++;
            }
            Optional<Instant> next = calendar.nextOpening(c.start());
            if (first < c.minutes()) {
                assertEquals(Optional.of(c.minute(first)), next, c::toString);
            } else {
                next.ifPresent(at -> {
                    assertFalse(at.isBefore(c.end()), c::toString);
                    assertTrue(calendar.isOpenAt(at), c::toString);
                    if (at.isAfter(c.start())) {
                        assertFalse(calendar.isOpenAt(at.minusNanos(1)), c::toString);
                    }
                });
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aCalendarAndItsComplementShareOutEverySpan(long seed) {
        for (Scenarios.Case c : Scenarios.cases(seed, CASES_PER_SEED)) {
            ServiceCalendar calendar = c.model().toCalendar();
            ServiceCalendar complement = calendar.complement("complement");
            assertEquals(Duration.between(c.start(), c.end()),
                    calendar.openTimeWithin(c.start(), c.end()).plus(complement.openTimeWithin(c.start(), c.end())),
                    c::toString);
            assertEquals(MinuteModel.runs(c.start(), c.model().not().minutes(c.start(), c.minutes())),
                    complement.windowsWithin(c.start(), c.end()), c::toString);
            assertEquals(calendar, complement.complement("model"), () -> "double complement " + c);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void officeAndOutsideOfficeHoursAddUpToTheSpanWithAddedHolidaysToo(long seed) {
        Random random = new Random(seed);
        ServiceCalendar office = ServiceCalendar.officeHours();
        ServiceCalendar outside = ServiceCalendar.outsideOfficeHours();
        for (Scenarios.Case c : Scenarios.cases(seed, CASES_PER_SEED)) {
            if (random.nextBoolean()) {
                office = office.withExtraHolidays(c.model().extraHolidays());
                outside = outside.withExtraHolidays(c.model().extraHolidays());
            }
            // Sub-minute edges too: the complement is exact, not only per minute.
            Instant from = c.start().plusMillis(random.nextInt(60_000));
            Instant to = c.end().plusSeconds(60).plus(random.nextInt(1_000_000), ChronoUnit.MICROS);
            assertEquals(Duration.between(from, to),
                    office.openTimeWithin(from, to).plus(outside.openTimeWithin(from, to)), c::toString);
        }
    }

    private static int[] openMinuteIndexes(boolean[] open) {
        return IntStream.range(0, open.length).filter(i -> open[i]).toArray();
    }
}
