package org.serviceportal.calendar;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Weekly ranges as people read them: days with the same hours together ("maandag–vrijdag,
 * 07:30–19:00"), in the order of the week. One place for every page that shows a window's hours (the
 * service desk's lines, the service conditions). Pure: the caller gives the words.
 */
public final class WeeklyHours {

    /** Days that share the same hours: their names ("maandag–vrijdag") and each range "07:30" to "19:00". */
    public record Part(String days, List<String[]> hours) {
    }

    private WeeklyHours() {
    }

    /** The ranges grouped: by hours first, then days with the same set of hours together. */
    public static List<Part> parts(List<WeeklyRange> ranges, Locale locale) {
        Map<String, List<DayOfWeek>> byHours = new LinkedHashMap<>();
        for (WeeklyRange r : ranges) {
            String to = r.endsAtEndOfDay() ? "24:00" : r.to().toString();
            byHours.computeIfAbsent(r.from() + "|" + to, k -> new ArrayList<>()).add(r.day());
        }
        Map<List<DayOfWeek>, List<String[]>> byDays = new LinkedHashMap<>();
        byHours.forEach((hours, days) -> byDays.computeIfAbsent(days, k -> new ArrayList<>()).add(hours.split("\\|")));
        List<Part> parts = new ArrayList<>();
        byDays.forEach((days, hours) -> parts.add(new Part(days(days, locale), List.copyOf(hours))));
        return parts;
    }

    /** Whether the ranges are every minute of every day. */
    public static boolean aroundTheClock(List<WeeklyRange> ranges) {
        return ranges.size() == 7 && ranges.stream().allMatch(r -> r.startNanoOfDay() == 0 && r.endsAtEndOfDay());
    }

    /** "maandag–vrijdag" for consecutive days, "maandag, woensdag" otherwise. */
    public static String days(List<DayOfWeek> days, Locale locale) {
        DayOfWeek first = days.get(0);
        DayOfWeek last = days.get(days.size() - 1);
        boolean contiguous = days.size() == last.getValue() - first.getValue() + 1;
        return contiguous && days.size() > 1 ? name(first, locale) + "–" + name(last, locale)
                : String.join(", ", days.stream().map(d -> name(d, locale)).toList());
    }

    private static String name(DayOfWeek d, Locale locale) {
        return d.getDisplayName(TextStyle.FULL, locale);
    }
}
