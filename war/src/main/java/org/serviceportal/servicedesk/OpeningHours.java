package org.serviceportal.servicedesk;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Weekly opening hours of a support line in Europe/Brussels: days such as "MON-FRI" or "MON,WED"
 * and a time range [opens, closes).
 */
public record OpeningHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    public OpeningHours {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening time must be before closing time");
        }
    }

    /** Parses "MON-FRI", "SAT", "MON,TUE,THU" (and combinations like "MON-WED,FRI"). */
    public static Set<DayOfWeek> parseDays(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("No weekdays given");
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : spec.toUpperCase(Locale.ROOT).split(",")) {
            String p = part.strip();
            if (p.contains("-")) {
                String[] range = p.split("-", 2);
                DayOfWeek from = day(range[0]);
                DayOfWeek to = day(range[1]);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else {
                days.add(day(p));
            }
        }
        return days;
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation.strip()) && abbreviation.strip().length() == 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("Not a weekday: " + abbreviation);
    }

    /** Whether the line is open at this moment (in Brussels time), holidays not considered. */
    public boolean isOpenAt(ZonedDateTime moment) {
        return isOpenAt(moment, date -> false);
    }

    /** Whether the line is open at this moment (in Brussels time); closed all day on a day off. */
    public boolean isOpenAt(ZonedDateTime moment, java.util.function.Predicate<java.time.LocalDate> dayOff) {
        ZonedDateTime local = moment.withZoneSameInstant(ZONE);
        LocalTime t = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !dayOff.test(local.toLocalDate()) && !t.isBefore(opens)
                && t.isBefore(closes);
    }
}
