package org.serviceportal.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serviceportal.platform.i18n.CurrentLanguage;

/**
 * The service windows as the public pages describe them (the service conditions): each calendar's
 * weekly hours in force today and how it treats public holidays, in the reader's language, built
 * from the calendars as administrators configured them, so that a change of a window's weekly hours
 * shows at once (the pages are rendered again after every committed change).
 */
@Named("serviceWindows")
@RequestScoped
public class ServiceWindowsPage {

    /** A window: its code, name, weekly hours ("maandag–vrijdag, 07:30–19:00") and holiday rule (may be null). */
    public record Window(String code, String name, String zone, String hours, String holidays) {
    }

    @Inject
    CalendarService calendars;

    @Inject
    CurrentLanguage lang;

    @Inject
    Clock clock;

    private List<Window> windows;

    /** Every service window, in the calendars' order. */
    public List<Window> getWindows() {
        if (windows == null) {
            Instant now = clock.instant();
            List<Window> all = new ArrayList<>();
            for (CalendarService.CalendarView c : calendars.list()) {
                calendars.findCalendar(c.code()).ifPresent(calendar -> all.add(new Window(c.code(),
                        lang.pick(c.nameNl(), c.nameEn()), calendar.zone().getId(), hours(calendar.rangesAt(now)),
                        holidays(calendar))));
            }
            windows = List.copyOf(all);
        }
        return windows;
    }

    private String hours(List<WeeklyRange> ranges) {
        if (ranges.isEmpty()) {
            return lang.text("home.lines.closedEveryDay");
        }
        if (WeeklyHours.aroundTheClock(ranges)) {
            return lang.text("conditions.window.aroundTheClock");
        }
        List<String> parts = new ArrayList<>();
        for (WeeklyHours.Part part : WeeklyHours.parts(ranges, lang.getLocale())) {
            List<String> hours = part.hours().stream()
                    .map(h -> lang.text("conditions.window.range", h[0], h[1])).toList();
            parts.add(lang.text("conditions.window.days", part.days(), String.join(lang.text("conditions.window.and"), hours)));
        }
        return String.join("; ", parts);
    }

    private String holidays(ServiceCalendar calendar) {
        boolean hasHolidays = calendar.publicHolidays() != PublicHolidays.NONE || !calendar.extraHolidays().isEmpty();
        if (!hasHolidays) {
            return null;
        }
        return lang.text(calendar.onHolidays() == ServiceCalendar.OnHolidays.CLOSED
                ? "conditions.window.withoutHolidays" : "conditions.window.holidaysAllDay");
    }
}
