package org.serviceportal.servicedesk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.serviceportal.calendar.CalendarService;
import org.serviceportal.calendar.WeeklyHours;
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
        String dayText = WeeklyHours.days(days.stream().sorted().toList(), lang.getLocale());
        return lang.text("home.lines.hoursFormat", dayText, line.opensAt().toString(), line.closesAt().toString());
    }

    private String calendarHours(List<WeeklyRange> ranges) {
        if (ranges.isEmpty()) {
            return lang.text("home.lines.closedEveryDay");
        }
        List<String> parts = new java.util.ArrayList<>();
        for (WeeklyHours.Part part : WeeklyHours.parts(ranges, lang.getLocale())) {
            for (String[] fromTo : part.hours()) {
                parts.add(lang.text("home.lines.hoursFormat", part.days(), fromTo[0], fromTo[1]));
            }
        }
        return String.join("; ", parts);
    }
}
