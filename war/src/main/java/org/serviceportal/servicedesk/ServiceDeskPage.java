package org.serviceportal.servicedesk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import org.serviceportal.calendar.CalendarService;
import org.serviceportal.calendar.WeeklyRange;
import org.serviceportal.platform.i18n.CurrentLanguage;

/** The public service-desk page (home) and the escalation page. */
@Named("serviceDesk")
@RequestScoped
public class ServiceDeskPage {

    @Inject
    CalendarService calendars;

    @Inject
    SupportLineService lines;

    @Inject
    EscalationContactService contacts;

    @Inject
    CurrentLanguage lang;

    private List<SupportLineView> supportLines;
    private List<EscalationContactView> escalationContacts;

    public List<SupportLineView> getLines() {
        if (supportLines == null) {
            supportLines = lines.list();
        }
        return supportLines;
    }

    public List<EscalationContactView> getContacts() {
        if (escalationContacts == null) {
            escalationContacts = contacts.list();
        }
        return escalationContacts;
    }

    /** Whether the first line (helpdesk 1700) is open now. */
    public boolean isHelpdeskOpen() {
        return getLines().stream().filter(l -> l.lineNumber() == 1).findFirst()
                .map(l -> Boolean.TRUE.equals(l.openNow())).orElse(false);
    }

    /**
     * "maandag–vrijdag 09:00–19:00" in the current language; for a line whose hours come from a
     * calendar, the calendar's ranges in force now, days with the same hours together.
     */
    public String hours(SupportLineView line) {
        if (line.hoursCalendar() != null) {
            return calendars.findCalendar(line.hoursCalendar()).map(c -> calendarHours(c.ranges()))
                    .orElse("");
        }
        var days = OpeningHours.parseDays(line.openWeekdays());
        DayOfWeek first = days.stream().min(DayOfWeek::compareTo).orElseThrow();
        DayOfWeek last = days.stream().max(DayOfWeek::compareTo).orElseThrow();
        boolean contiguous = days.size() == last.getValue() - first.getValue() + 1;
        String dayText = contiguous && days.size() > 1
                ? name(first) + "–" + name(last)
                : String.join(", ", days.stream().sorted().map(this::name).toList());
        return lang.text("home.lines.hoursFormat", dayText, line.opensAt().toString(), line.closesAt().toString());
    }

    private String calendarHours(List<WeeklyRange> ranges) {
        if (ranges.isEmpty()) {
            return lang.text("home.lines.closedEveryDay");
        }
        java.util.Map<String, List<DayOfWeek>> byHours = new java.util.LinkedHashMap<>();
        for (WeeklyRange r : ranges) {
            String to = r.endsAtEndOfDay() ? "24:00" : r.to().toString();
            byHours.computeIfAbsent(r.from() + "|" + to, k -> new java.util.ArrayList<>()).add(r.day());
        }
        java.util.Map<List<DayOfWeek>, List<String>> byDays = new java.util.LinkedHashMap<>();
        byHours.forEach((hours, days) -> byDays.computeIfAbsent(days, k -> new java.util.ArrayList<>()).add(hours));
        List<String> parts = new java.util.ArrayList<>();
        byDays.forEach((days, hours) -> {
            DayOfWeek first = days.get(0);
            DayOfWeek last = days.get(days.size() - 1);
            boolean contiguous = days.size() == last.getValue() - first.getValue() + 1;
            String dayText = contiguous && days.size() > 1 ? name(first) + "–" + name(last)
                    : String.join(", ", days.stream().map(this::name).toList());
            for (String h : hours) {
                String[] fromTo = h.split("\\|");
                parts.add(lang.text("home.lines.hoursFormat", dayText, fromTo[0], fromTo[1]));
            }
        });
        return String.join("; ", parts);
    }

    private String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, lang.getLocale());
    }
}
