package org.serviceportal.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
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

    /**
     * How long a working day is in each window the priorities count in, when it counts in working
     * days ("11 uur 30 min in Kantooruren"), from the calendars as configured; empty when none does.
     */
    public String getWorkingDays() {
        List<String> days = new ArrayList<>();
        for (String code : getMatrix().priorities().stream().map(MatrixView.Priority::calendar).distinct().toList()) {
            calendars.findCalendar(code).map(TargetDurations::workingDayMinutes).filter(OptionalInt::isPresent)
                    .ifPresent(m -> days.add(lang.text("conditions.workingDay",
                            org.serviceportal.platform.i18n.Formats.duration(m.getAsInt(), OptionalInt.empty(), lang.getLanguage()), calendarName(code))));
        }
        return String.join("; ", days);
    }

    /**
     * A target in minutes of a calendar as people count it: working days and hours for office-hours
     * windows ("2 werkdagen en 3 uur"), hours and minutes for 24/7 (see {@link TargetDurations}).
     */
    public String target(int minutes, String calendarCode) {
        var dayMinutes = calendars.findCalendar(calendarCode).map(TargetDurations::workingDayMinutes)
                .orElse(java.util.OptionalInt.empty());
        return org.serviceportal.platform.i18n.Formats.duration(minutes, dayMinutes, lang.getLanguage());
    }
}
