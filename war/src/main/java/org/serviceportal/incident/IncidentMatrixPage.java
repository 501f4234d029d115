package org.serviceportal.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.serviceportal.calendar.CalendarService;
import org.serviceportal.platform.i18n.CurrentLanguage;

/** The incident matrix on the public pages: the service conditions and the report form. */
@Named
@RequestScoped
public class IncidentMatrixPage {

    @Inject
    IncidentMatrixService service;

    @Inject
    CalendarService calendars;

    @Inject
    CurrentLanguage lang;

    private MatrixView matrix;

    public MatrixView getMatrix() {
        if (matrix == null) {
            matrix = service.current();
        }
        return matrix;
    }

    /** The priority code of a cell. */
    public String priority(String impact, String urgency) {
        return getMatrix().priorityOf(impact, urgency);
    }

    /** The name of a calendar in the current language. */
    public String calendarName(String code) {
        return calendars.list().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> lang.pick(c.nameNl(), c.nameEn())).orElse(code);
    }

    /** A target in minutes as hours and minutes ("2 h", "11 h 30 min"). */
    public String duration(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (m == 0) {
            return lang.text("incident.duration.hours", h);
        }
        return h == 0 ? lang.text("incident.duration.minutes", m) : lang.text("incident.duration.hoursMinutes", h, m);
    }
}
