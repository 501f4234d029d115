package org.serviceportal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * Seeded random cases for the property tests: a calendar, and a minute-aligned span of up to ten
 * days, often around a DST change or a holiday. Same seed, same cases.
 */
final class Scenarios {

    /** Brussels most of the time; the others for half-hour shifts (Lord Howe), a fall-back across
     *  midnight (Santiago), a spring-forward at midnight (Havana), America, and a fixed offset. */
    private static final List<ZoneId> ZONES = List.of(ServiceCalendar.BRUSSELS, ServiceCalendar.BRUSSELS,
            ServiceCalendar.BRUSSELS, ServiceCalendar.BRUSSELS, ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Santiago"), ZoneId.of("America/Havana"),
            ZoneOffset.ofHours(2));

    static final int MAX_MINUTES = 10 * 1440;

    record Case(long seed, int index, MinuteModel model, Instant start, int minutes) {

        Instant end() {
            return start.plus(minutes, ChronoUnit.MINUTES);
        }

        Instant minute(int i) {
            return start.plus(i, ChronoUnit.MINUTES);
        }

        @Override
        public String toString() {
            return "seed " + seed + " case " + index + ": [" + start + ", " + end() + ") " + minutes
                    + " min, calendar " + model;
        }
    }

    private Scenarios() {
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12).map(i -> i * 7919);
    }

    static List<Case> cases(long seed, int count) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            Instant start = start(random, zone);
            int minutes = random.nextInt(10) == 0 ? random.nextInt(3) : 1 + random.nextInt(MAX_MINUTES);
            MinuteModel model = model(random, zone, start, minutes);
            if (random.nextInt(3) == 0) {
                // The ranges change at a minute in (or just around) the span, to any other set.
                Instant at = start.plus(random.nextInt(minutes + 120) - 60, ChronoUnit.MINUTES);
                model = model.changingAt(at, model(random, zone, start, minutes).rawRanges());
            }
            cases.add(new Case(seed, i, model, start, minutes));
        }
        return cases;
    }

    private static Instant start(Random random, ZoneId zone) {
        int year = 2020 + random.nextInt(15);
        Instant anchor = switch (random.nextInt(3)) {
            case 0 -> {
                // Just before a DST change of the zone, if it has one.
                ZoneOffsetTransition next = zone.getRules().nextTransition(
                        LocalDate.of(year, 1 + random.nextInt(12), 1).atStartOfDay(ZoneOffset.UTC).toInstant());
                yield next == null ? Instant.parse(year + "-06-01T00:00:00Z") : next.getInstant();
            }
            case 1 -> {
                LocalDate easter = MinuteModel.EASTER.get(year);
                LocalDate holiday = List.of(easter.plusDays(1), easter.plusDays(39), easter.plusDays(50),
                        LocalDate.of(year, 7, 11), LocalDate.of(year, 12, 25), LocalDate.of(year, 1, 1))
                        .get(random.nextInt(6));
                yield holiday.atStartOfDay(zone).toInstant();
            }
            default -> LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plus(random.nextInt(365 * 1440), ChronoUnit.MINUTES);
        };
        return anchor.minus(random.nextInt(5 * 1440), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
    }

    private static MinuteModel model(Random random, ZoneId zone, Instant start, int minutes) {
        List<WeeklyRange> ranges = new ArrayList<>();
        int style = random.nextInt(7);
        for (DayOfWeek day : DayOfWeek.values()) {
            switch (style) {
                case 0 -> ranges.add(new WeeklyRange(day, LocalTime.of(1, 0), LocalTime.of(4, 0)));
                case 2 -> {
                    // Boundaries inside the hours where clocks change (00:00-03:00 in these zones).
                    int from = random.nextInt(13);
                    int to = from + 1 + random.nextInt(12);
                    ranges.add(new WeeklyRange(day, LocalTime.MIN.plusMinutes(15L * from),
                            LocalTime.MIN.plusMinutes(15L * to)));
                }
                case 1 -> {
                    if (day.getValue() <= 5) {
                        ranges.add(new WeeklyRange(day, LocalTime.of(7, 30), LocalTime.of(19, 0)));
                    }
                }
                default -> {
                    int count = random.nextInt(4);
                    for (int k = 0; k < count; k++) {
                        ranges.add(randomRange(random, day));
                    }
                }
            }
        }
        boolean belgian = random.nextBoolean();
        Set<LocalDate> extra = new HashSet<>();
        int extras = random.nextInt(3);
        LocalDate first = LocalDateTime.ofInstant(start, zone).toLocalDate();
        for (int k = 0; k < extras; k++) {
            extra.add(first.plusDays(random.nextInt(2 + (int) Duration.ofMinutes(minutes).toDays())));
        }
        boolean openOnHolidays = random.nextInt(4) == 0;
        return new MinuteModel(zone, List.copyOf(ranges), belgian, Set.copyOf(extra), openOnHolidays, false);
    }

    private static WeeklyRange randomRange(Random random, DayOfWeek day) {
        if (random.nextInt(8) == 0) {
            return WeeklyRange.allDay(day);
        }
        int from = random.nextInt(96);
        int to = from + 1 + random.nextInt(96 - from);
        return new WeeklyRange(day, LocalTime.MIN.plusMinutes(15L * from),
                to == 96 ? LocalTime.MIDNIGHT : LocalTime.MIN.plusMinutes(15L * to));
    }
}
