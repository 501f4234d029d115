package org.serviceportal.incident;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.serviceportal.calendar.ServiceCalendar;
import org.serviceportal.calendar.WeeklyRange;

/**
 * A response or resolution target as people count it: in working days and hours of the priority's
 * calendar when that calendar opens the same hours on each of its days ("2 werkdagen en 3 uur" for
 * 26 h of office hours, 11 h 30 min a day), in plain hours and minutes otherwise (24/7, or a window
 * whose days differ). The wording is {@link org.serviceportal.platform.i18n.Formats#duration}'s.
 */
public final class TargetDurations {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private TargetDurations() {
    }

    /**
     * The open minutes of each open day of a calendar, when they are the same every open day and
     * less than a whole day; empty for 24/7 and for windows whose days differ.
     */
    public static OptionalInt workingDayMinutes(ServiceCalendar calendar) {
        return workingDayMinutes(calendar.ranges());
    }

    static OptionalInt workingDayMinutes(List<WeeklyRange> ranges) {
        Map<DayOfWeek, Long> perDay = new EnumMap<>(DayOfWeek.class);
        for (WeeklyRange r : ranges) {
            perDay.merge(r.day(), (r.endNanoOfDay() - r.startNanoOfDay()) / 60_000_000_000L, Long::sum);
        }
        if (perDay.isEmpty() || perDay.values().stream().distinct().count() != 1) {
            return OptionalInt.empty();
        }
        long minutes = perDay.values().iterator().next();
        return minutes <= 0 || minutes >= MINUTES_PER_DAY ? OptionalInt.empty() : OptionalInt.of((int) minutes);
    }
}
