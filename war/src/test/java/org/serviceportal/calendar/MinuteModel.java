package org.serviceportal.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The brute-force oracle of the property tests: a calendar's configuration read minute by minute,
 * without the production code's day-by-day conversion. Holidays come from a hard-coded Easter table
 * rather than the algorithm under test, so the two are checked against each other too.
 */
record MinuteModel(ZoneId zone, List<WeeklyRange> rawRanges, boolean belgianHolidays, Set<LocalDate> extraHolidays,
        boolean openOnHolidays, boolean negated, Instant changeAt, List<WeeklyRange> laterRanges) {

    /** Without a change of ranges. */
    MinuteModel(ZoneId zone, List<WeeklyRange> rawRanges, boolean belgianHolidays, Set<LocalDate> extraHolidays,
            boolean openOnHolidays, boolean negated) {
        this(zone, rawRanges, belgianHolidays, extraHolidays, openOnHolidays, negated, null, null);
    }

    /** This model with {@code ranges} instead of its own from {@code at} on. */
    MinuteModel changingAt(Instant at, List<WeeklyRange> ranges) {
        return new MinuteModel(zone, rawRanges, belgianHolidays, extraHolidays, openOnHolidays, negated, at, ranges);
    }

    /** Easter Sunday 2019–2036, from published tables. */
    static final Map<Integer, LocalDate> EASTER = Map.ofEntries(
            Map.entry(2019, LocalDate.of(2019, 4, 21)), Map.entry(2020, LocalDate.of(2020, 4, 12)),
            Map.entry(2021, LocalDate.of(2021, 4, 4)), Map.entry(2022, LocalDate.of(2022, 4, 17)),
            Map.entry(2023, LocalDate.of(2023, 4, 9)), Map.entry(2024, LocalDate.of(2024, 3, 31)),
            Map.entry(2025, LocalDate.of(2025, 4, 20)), Map.entry(2026, LocalDate.of(2026, 4, 5)),
            Map.entry(2027, LocalDate.of(2027, 3, 28)), Map.entry(2028, LocalDate.of(2028, 4, 16)),
            Map.entry(2029, LocalDate.of(2029, 4, 1)), Map.entry(2030, LocalDate.of(2030, 4, 21)),
            Map.entry(2031, LocalDate.of(2031, 4, 13)), Map.entry(2032, LocalDate.of(2032, 3, 28)),
            Map.entry(2033, LocalDate.of(2033, 4, 17)), Map.entry(2034, LocalDate.of(2034, 4, 9)),
            Map.entry(2035, LocalDate.of(2035, 3, 25)), Map.entry(2036, LocalDate.of(2036, 4, 13)));

    static MinuteModel of(ServiceCalendar calendar) {
        if (calendar.rangeChanges().size() > 1) {
            throw new IllegalArgumentException("the model holds one change at most; build it with changingAt");
        }
        return new MinuteModel(calendar.zone(), calendar.ranges(),
                calendar.publicHolidays() == PublicHolidays.BELGIUM_AND_FLANDERS, calendar.extraHolidays(),
                calendar.onHolidays() == ServiceCalendar.OnHolidays.OPEN_ALL_DAY, false);
    }

    ServiceCalendar toCalendar() {
        if (negated) {
            throw new IllegalStateException("build the base calendar and take its complement");
        }
        ServiceCalendar calendar = new ServiceCalendar("model", zone, rawRanges,
                belgianHolidays ? PublicHolidays.BELGIUM_AND_FLANDERS : PublicHolidays.NONE, extraHolidays,
                openOnHolidays ? ServiceCalendar.OnHolidays.OPEN_ALL_DAY : ServiceCalendar.OnHolidays.CLOSED);
        return changeAt == null ? calendar : calendar.withRangesFrom(changeAt, laterRanges);
    }

    MinuteModel not() {
        return new MinuteModel(zone, rawRanges, belgianHolidays, extraHolidays, openOnHolidays, !negated, changeAt,
                laterRanges);
    }

    /** Memoised by date: the model asks for every minute. */
    private static final Map<LocalDate, Boolean> HOLIDAY_CACHE = new ConcurrentHashMap<>();

    static boolean belgianHoliday(LocalDate date) {
        return HOLIDAY_CACHE.computeIfAbsent(date, MinuteModel::belgianHolidayUncached);
    }

    private static boolean belgianHolidayUncached(LocalDate date) {
        LocalDate easter = EASTER.get(date.getYear());
        if (easter == null) {
            throw new IllegalArgumentException("no Easter in the test table for " + date.getYear());
        }
        return Set.of(LocalDate.of(date.getYear(), 1, 1), easter.plusDays(1), LocalDate.of(date.getYear(), 5, 1),
                        easter.plusDays(39), easter.plusDays(50), LocalDate.of(date.getYear(), 7, 11),
                        LocalDate.of(date.getYear(), 7, 21), LocalDate.of(date.getYear(), 8, 15),
                        LocalDate.of(date.getYear(), 11, 1), LocalDate.of(date.getYear(), 11, 11),
                        LocalDate.of(date.getYear(), 12, 25))
                .contains(date);
    }

    /** Whether the minute starting at {@code instant} is open: its local time, checked directly. */
    boolean isOpen(Instant instant) {
        return negated != isOpenPlain(instant);
    }

    private boolean isOpenPlain(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        LocalDate date = local.toLocalDate();
        if (extraHolidays.contains(date) || (belgianHolidays && belgianHoliday(date))) {
            return openOnHolidays;
        }
        int minute = local.getHour() * 60 + local.getMinute();
        DayOfWeek day = date.getDayOfWeek();
        List<WeeklyRange> inForce = changeAt != null && !instant.isBefore(changeAt) ? laterRanges : rawRanges;
        for (WeeklyRange range : inForce) {
            int from = range.from().getHour() * 60 + range.from().getMinute();
            int to = range.to().equals(LocalTime.MIDNIGHT) ? 1440 : range.to().getHour() * 60 + range.to().getMinute();
            if (range.day() == day && minute >= from && minute < to) {
                return true;
            }
        }
        return false;
    }

    /** Open or not, for each minute of {@code [start, start + minutes)}. */
    boolean[] minutes(Instant start, int minutes) {
        boolean[] open = new boolean[minutes];
        for (int i = 0; i < minutes; i++) {
            open[i] = isOpen(start.plus(i, ChronoUnit.MINUTES));
        }
        return open;
    }

    static int count(boolean[] open) {
        return (int) IntStream.range(0, open.length).filter(i -> open[i]).count();
    }

    /** The runs of open minutes as intervals: what windowsWithin must return. */
    static List<Interval> runs(Instant start, boolean[] open) {
        List<Interval> runs = new ArrayList<>();
        int i = 0;
        while (i < open.length) {
            if (!open[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < open.length && open[j]) {
                j++;
            }
            runs.add(new Interval(start.plus(i, ChronoUnit.MINUTES), start.plus(j, ChronoUnit.MINUTES)));
            i = j;
        }
        return runs;
    }

    @Override
    public String toString() {
        return (negated ? "NOT " : "") + zone + " " + rawRanges + (belgianHolidays ? " BE+VL" : "")
                + " extra " + extraHolidays.stream().map(LocalDate::toString).collect(Collectors.joining(","))
                + (openOnHolidays ? " open-on-holidays" : "")
                + (changeAt == null ? "" : " from " + changeAt + " " + laterRanges);
    }
}
