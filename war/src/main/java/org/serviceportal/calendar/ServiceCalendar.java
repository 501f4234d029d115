package org.serviceportal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A service window: weekly wall-clock ranges in a time zone, minus holidays. Immutable.
 *
 * <p><b>The rule.</b> An instant is open when its local date-time in {@link #zone()} falls in a
 * range of its weekday and its local date is not a holiday. On a holiday the calendar is closed all
 * day, or, for a complement calendar ({@link OnHolidays#OPEN_ALL_DAY}), open all day. Holidays are
 * the {@link #publicHolidays()} set plus the administrator's {@link #extraHolidays()}.
 *
 * <p><b>Daylight saving.</b> Durations are real elapsed time between instants, so they follow from
 * the rule: on the spring-forward day (Europe/Brussels, last Sunday of March) 02:00–03:00 does not
 * exist and a range covering it is an hour shorter; on the fall-back day (last Sunday of October)
 * 02:00–03:00 happens twice and a range covering it counts it twice. A 24/7 calendar therefore has
 * a 23-hour and a 25-hour day. A range starting or ending inside the repeated hour covers the
 * instants whose local time is inside it, which may be two pieces of real time.
 *
 * <p><b>Changes of the ranges.</b> The weekly ranges can change at an instant
 * ({@link #withRangesFrom(Instant, Collection)}): each instant is judged by the ranges in force at it,
 * so figures of the past keep the ranges that applied then. The first set of ranges applies to all
 * time before the first change; holidays and the zone do not change.
 *
 * <p>Computations walk the span day by day, turning each local day's ranges into instants, so a
 * report over years costs a few thousand steps, not millions of minutes.
 */
public final class ServiceCalendar {

    /** What a calendar does on a holiday. */
    public enum OnHolidays {
        /** Closed all day: the usual meaning of "without public holidays". */
        CLOSED,
        /** Open all day: what the complement of a calendar that closes on holidays does. */
        OPEN_ALL_DAY
    }

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /**
     * A calendar that does not open within this many days of a search is taken never to open, so
     * searches end. Three years: a calendar open on holidays only still opens every year.
     */
    static final long SEARCH_HORIZON_DAYS = 3 * 366;

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long MAX_CHUNK_DAYS = 64;

    private final String code;
    private final ZoneId zone;
    private final PublicHolidays publicHolidays;
    private final SortedSet<LocalDate> extraHolidays;
    private final OnHolidays onHolidays;
    /** The sets of ranges in order of their start; the first starts at {@link Instant#MIN}. */
    private final List<Era> eras;

    /**
     * A set of weekly ranges in force from an instant on (until the next change).
     *
     * @param from   the first instant the ranges apply to
     * @param ranges the normalised ranges, by weekday and start; empty for a calendar closed every day
     */
    public record RangeChange(Instant from, List<WeeklyRange> ranges) {
        public RangeChange {
            Objects.requireNonNull(from, "from");
            ranges = List.copyOf(ranges);
        }
    }

    /** One set of ranges, normalised and by weekday, from an instant on. */
    private record Era(Instant from, Map<DayOfWeek, List<WeeklyRange>> byDay, List<WeeklyRange> ranges) {

        static Era of(Instant from, Collection<WeeklyRange> ranges) {
            Map<DayOfWeek, List<WeeklyRange>> byDay = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                byDay.put(day, normalise(day, Objects.requireNonNull(ranges, "ranges")));
            }
            return new Era(from, Collections.unmodifiableMap(byDay),
                    byDay.values().stream().flatMap(List::stream).toList());
        }
    }

    /**
     * @param ranges the weekly ranges; stored normalised (by weekday and start, overlapping or
     *               touching ranges of a day merged), so equal calendars compare equal
     */
    public ServiceCalendar(String code, ZoneId zone, Collection<WeeklyRange> ranges,
            PublicHolidays publicHolidays, Set<LocalDate> extraHolidays, OnHolidays onHolidays) {
        this.code = requireText(code);
        this.zone = Objects.requireNonNull(zone, "zone");
        this.publicHolidays = Objects.requireNonNull(publicHolidays, "publicHolidays");
        this.extraHolidays = Collections.unmodifiableSortedSet(
                new TreeSet<>(Objects.requireNonNull(extraHolidays, "extraHolidays")));
        this.onHolidays = Objects.requireNonNull(onHolidays, "onHolidays");
        this.eras = List.of(Era.of(Instant.MIN, ranges));
    }

    private ServiceCalendar(String code, ZoneId zone, List<Era> eras, PublicHolidays publicHolidays,
            SortedSet<LocalDate> extraHolidays, OnHolidays onHolidays) {
        this.code = code;
        this.zone = zone;
        this.eras = List.copyOf(eras);
        this.publicHolidays = publicHolidays;
        this.extraHolidays = extraHolidays;
        this.onHolidays = onHolidays;
    }

    // ---- the seed calendars -------------------------------------------------------------------

    /** Mon–Fri 07:30–19:00 Europe/Brussels, closed on Belgian public holidays and 11 July. */
    public static ServiceCalendar officeHours() {
        return new ServiceCalendar("office-hours", BRUSSELS,
                WeeklyRange.onEach(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(7, 30), LocalTime.of(19, 0)),
                PublicHolidays.BELGIUM_AND_FLANDERS, Set.of(), OnHolidays.CLOSED);
    }

    /** The exact complement of {@link #officeHours()}: evenings, nights, weekends and its holidays. */
    public static ServiceCalendar outsideOfficeHours() {
        return officeHours().complement("outside-office-hours");
    }

    /** Around the clock in Europe/Brussels. */
    public static ServiceCalendar twentyFourSeven() {
        return alwaysOpen("24-7", BRUSSELS);
    }

    /** The helpdesk (1700): Mon–Fri 09:00–19:00 Europe/Brussels, closed on holidays. */
    public static ServiceCalendar helpdeskHours() {
        return new ServiceCalendar("helpdesk-hours", BRUSSELS,
                WeeklyRange.onEach(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(9, 0), LocalTime.of(19, 0)),
                PublicHolidays.BELGIUM_AND_FLANDERS, Set.of(), OnHolidays.CLOSED);
    }

    /** Open every minute of every day; observes no holidays. */
    public static ServiceCalendar alwaysOpen(String code, ZoneId zone) {
        return new ServiceCalendar(code, zone,
                EnumSet.allOf(DayOfWeek.class).stream().map(WeeklyRange::allDay).toList(),
                PublicHolidays.NONE, Set.of(), OnHolidays.CLOSED);
    }

    /** The exact complement of a calendar; see {@link #complement(String)}. */
    public static ServiceCalendar complementOf(ServiceCalendar calendar, String code) {
        return calendar.complement(code);
    }

    /**
     * The calendar open exactly when this one is closed: the gaps between its ranges on each weekday,
     * the same holidays with the opposite meaning. For any span, the open time of the two adds up to
     * the span. A snapshot: days added later to this calendar must be added to the complement too
     * ({@link #withExtraHolidays(Set)} on both keeps them complementary).
     */
    public ServiceCalendar complement(String complementCode) {
        List<Era> complemented = new ArrayList<>();
        for (Era era : eras) {
            List<WeeklyRange> gaps = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                long cursor = 0;
                for (WeeklyRange range : era.byDay().get(day)) {
                    if (range.startNanoOfDay() > cursor) {
                        gaps.add(range(day, cursor, range.startNanoOfDay()));
                    }
                    cursor = range.endNanoOfDay();
                }
                if (cursor < NANOS_PER_DAY) {
                    gaps.add(range(day, cursor, NANOS_PER_DAY));
                }
            }
            complemented.add(Era.of(era.from(), gaps));
        }
        OnHolidays opposite = onHolidays == OnHolidays.CLOSED ? OnHolidays.OPEN_ALL_DAY : OnHolidays.CLOSED;
        return new ServiceCalendar(requireText(complementCode), zone, complemented, publicHolidays, extraHolidays,
                opposite);
    }

    /** This calendar with the given administrator-added holidays instead of the current ones. */
    public ServiceCalendar withExtraHolidays(Set<LocalDate> dates) {
        return new ServiceCalendar(code, zone, eras, publicHolidays,
                Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(dates, "dates"))), onHolidays);
    }

    /**
     * This calendar with other weekly ranges from an instant on: before it, the ranges in force
     * stay; changes this calendar had at or after the instant are replaced.
     *
     * @param ranges the new ranges; empty for a calendar closed from then on
     */
    public ServiceCalendar withRangesFrom(Instant from, Collection<WeeklyRange> ranges) {
        Objects.requireNonNull(from, "from");
        List<Era> kept = new ArrayList<>(eras.stream().filter(e -> e.from().isBefore(from)).toList());
        if (kept.isEmpty()) {
            kept.add(Era.of(Instant.MIN, ranges));
        } else {
            kept.add(Era.of(from, ranges));
        }
        return new ServiceCalendar(code, zone, kept, publicHolidays, extraHolidays, onHolidays);
    }

    // ---- what it is ---------------------------------------------------------------------------

    public String code() {
        return code;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The normalised ranges in force from the latest change on (the ones that apply now and later,
     * as changes take effect when they are made), by weekday and start.
     */
    public List<WeeklyRange> ranges() {
        return eras.get(eras.size() - 1).ranges();
    }

    /** The normalised ranges in force at an instant. */
    public List<WeeklyRange> rangesAt(Instant instant) {
        return eraAt(instant).ranges();
    }

    /** The changes of the ranges, in order: the first applies to all time before the second. */
    public List<RangeChange> rangeChanges() {
        return eras.stream().map(e -> new RangeChange(e.from(), e.ranges())).toList();
    }

    private Era eraAt(Instant instant) {
        Era found = eras.get(0);
        for (Era era : eras) {
            if (era.from().isAfter(instant)) {
                break;
            }
            found = era;
        }
        return found;
    }

    public PublicHolidays publicHolidays() {
        return publicHolidays;
    }

    /** The days an administrator added, sorted. */
    public SortedSet<LocalDate> extraHolidays() {
        return extraHolidays;
    }

    public OnHolidays onHolidays() {
        return onHolidays;
    }

    public boolean isHoliday(LocalDate date) {
        return extraHolidays.contains(date) || publicHolidays.contains(date);
    }

    /** The holidays of a year by date; added days carry the key {@code added}. */
    public List<Holiday> holidays(int year) {
        return Stream.concat(publicHolidays.forYear(year).stream(),
                        extraHolidays.stream().filter(d -> d.getYear() == year).map(d -> new Holiday(d, "added")))
                .sorted(Comparator.comparing(Holiday::date).thenComparing(Holiday::key))
                .toList();
    }

    // ---- business time ------------------------------------------------------------------------

    /** Whether the calendar is open at an instant (the rule in the class description, directly). */
    public boolean isOpenAt(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        LocalDate date = local.toLocalDate();
        if (isHoliday(date)) {
            return onHolidays == OnHolidays.OPEN_ALL_DAY;
        }
        LocalTime time = local.toLocalTime();
        return eraAt(instant).byDay().get(date.getDayOfWeek()).stream().anyMatch(r -> r.contains(time));
    }

    /**
     * The open intervals of the calendar within {@code [from, to)}, clipped to it, merged (touching
     * intervals joined, so an open weekend of the complement is one interval) and in order.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}; an empty span gives none
     */
    public List<Interval> windowsWithin(Instant from, Instant to) {
        requireSpan(from, to);
        if (from.equals(to)) {
            return List.of();
        }
        List<Interval> pieces = new ArrayList<>();
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            Instant eraEnd = i + 1 < eras.size() ? eras.get(i + 1).from() : Instant.MAX;
            Instant start = era.from().isAfter(from) ? era.from() : from;
            Instant end = eraEnd.isBefore(to) ? eraEnd : to;
            if (start.isBefore(end)) {
                addWindows(era, start, end, pieces);
            }
        }
        return mergeSorted(pieces);
    }

    /** Adds the open pieces of {@code [from, to)} by one set of ranges, unsorted. */
    private void addWindows(Era era, Instant from, Instant to, List<Interval> pieces) {
        ZoneRules rules = zone.getRules();
        // One day of margin each side: around a fall-back across midnight, a neighbouring local
        // date's instants can lie inside the span.
        LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
        for (LocalDate date = LocalDate.ofInstant(from, zone).minusDays(1); !date.isAfter(last);
                date = date.plusDays(1)) {
            if (isHoliday(date)) {
                if (onHolidays == OnHolidays.OPEN_ALL_DAY) {
                    WallClock.addInstants(rules, date.atStartOfDay(), date.plusDays(1).atStartOfDay(),
                            from, to, pieces);
                }
                continue;
            }
            for (WeeklyRange range : era.byDay().get(date.getDayOfWeek())) {
                WallClock.addInstants(rules, range.startOn(date), range.endOn(date), from, to, pieces);
            }
        }
    }

    /** The total open time within {@code [from, to)}. */
    public Duration openTimeWithin(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (Interval window : windowsWithin(from, to)) {
            total = total.plus(window.duration());
        }
        return total;
    }

    /**
     * The earliest instant at which {@code amount} of open time has elapsed since {@code start}:
     * a due time in business time. The clock only runs while the calendar is open, so a start in
     * closed time effectively starts at the next opening; and the answer is the moment the amount is
     * reached, so a due time that fills an evening exactly is that evening's closing time, not the
     * next morning's opening. A zero amount returns {@code start} unchanged, open or not.
     *
     * @throws IllegalArgumentException when the amount is negative
     * @throws IllegalStateException    when the calendar stops opening (no open time for about
     *                                  three years), so the amount can never elapse
     */
    public Instant plusOpenTime(Instant start, Duration amount) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("open time to add must not be negative: " + amount);
        }
        Duration remaining = amount;
        if (remaining.isZero()) {
            return start;
        }
        Instant cursor = start;
        Instant lastOpen = start;
        long chunkDays = 2;
        while (true) {
            Instant chunkEnd = cursor.plus(Duration.ofDays(chunkDays));
            for (Interval window : windowsWithin(cursor, chunkEnd)) {
                Duration length = window.duration();
                if (length.compareTo(remaining) >= 0) {
                    return window.start().plus(remaining);
                }
                remaining = remaining.minus(length);
                lastOpen = window.end();
            }
            if (Duration.between(lastOpen, chunkEnd).toDays() > SEARCH_HORIZON_DAYS) {
                throw new IllegalStateException("calendar " + code + " has no open time within "
                        + SEARCH_HORIZON_DAYS + " days after " + lastOpen);
            }
            cursor = chunkEnd;
            chunkDays = Math.min(chunkDays * 2, MAX_CHUNK_DAYS);
        }
    }

    /**
     * The earliest open instant at or after {@code instant}: the instant itself when open. Empty
     * when the calendar does not open within about three years (e.g. it has no ranges at all).
     */
    public Optional<Instant> nextOpening(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        Instant cursor = instant;
        long chunkDays = 2;
        while (Duration.between(instant, cursor).toDays() <= SEARCH_HORIZON_DAYS) {
            Instant chunkEnd = cursor.plus(Duration.ofDays(chunkDays));
            List<Interval> windows = windowsWithin(cursor, chunkEnd);
            if (!windows.isEmpty()) {
                return Optional.of(windows.get(0).start());
            }
            cursor = chunkEnd;
            chunkDays = Math.min(chunkDays * 2, MAX_CHUNK_DAYS);
        }
        return Optional.empty();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static List<WeeklyRange> normalise(DayOfWeek day, Collection<WeeklyRange> ranges) {
        List<WeeklyRange> ofDay = ranges.stream()
                .map(r -> Objects.requireNonNull(r, "range"))
                .filter(r -> r.day() == day)
                .sorted(Comparator.comparingLong(WeeklyRange::startNanoOfDay))
                .toList();
        List<WeeklyRange> merged = new ArrayList<>();
        long start = -1;
        long end = -1;
        for (WeeklyRange r : ofDay) {
            if (start >= 0 && r.startNanoOfDay() <= end) {
                end = Math.max(end, r.endNanoOfDay());
            } else {
                if (start >= 0) {
                    merged.add(range(day, start, end));
                }
                start = r.startNanoOfDay();
                end = r.endNanoOfDay();
            }
        }
        if (start >= 0) {
            merged.add(range(day, start, end));
        }
        return List.copyOf(merged);
    }

    private static WeeklyRange range(DayOfWeek day, long startNano, long endNano) {
        LocalTime to = endNano == NANOS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.ofNanoOfDay(endNano);
        return new WeeklyRange(day, LocalTime.ofNanoOfDay(startNano), to);
    }

    /** Sorts and joins overlapping or touching intervals. */
    private static List<Interval> mergeSorted(List<Interval> pieces) {
        pieces.sort(null);
        List<Interval> merged = new ArrayList<>(pieces.size());
        for (Interval piece : pieces) {
            int lastIndex = merged.size() - 1;
            if (lastIndex >= 0 && !piece.start().isAfter(merged.get(lastIndex).end())) {
                Interval last = merged.get(lastIndex);
                if (piece.end().isAfter(last.end())) {
                    merged.set(lastIndex, new Interval(last.start(), piece.end()));
                }
            } else {
                merged.add(piece);
            }
        }
        return Collections.unmodifiableList(merged);
    }

    private static void requireSpan(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("span end " + to + " is before its start " + from);
        }
    }

    private static String requireText(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a calendar needs a code");
        }
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceCalendar other
                && code.equals(other.code) && zone.equals(other.zone) && rangeChanges().equals(other.rangeChanges())
                && publicHolidays == other.publicHolidays && extraHolidays.equals(other.extraHolidays)
                && onHolidays == other.onHolidays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, zone, rangeChanges(), publicHolidays, extraHolidays, onHolidays);
    }

    @Override
    public String toString() {
        return "ServiceCalendar[" + code + " " + zone + " " + (eras.size() == 1 ? ranges() : rangeChanges()) + " holidays " + publicHolidays
                + " + " + extraHolidays + " " + onHolidays + "]";
    }
}
