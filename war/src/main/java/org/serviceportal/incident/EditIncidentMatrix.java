package org.serviceportal.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.serviceportal.calendar.CalendarService;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.web.FormActions;

/**
 * Admin page: the incident matrix (administrators). Shows the version in force, lets an
 * administrator choose each cell's priority and each priority's targets and calendar, and saves that
 * as the next version with a note; incidents keep the version they were classified under. Older
 * versions can be shown beside it.
 */
@Named
@ViewScoped
public class EditIncidentMatrix implements Serializable {

    /** A priority row of the form. */
    public static class PriorityRow implements Serializable {
        public String code;
        public String nameNl;
        public String nameEn;
        public int responseMinutes;
        public int resolutionMinutes;
        public String calendar;

        public String getCode() { return code; }
        public int getResponseMinutes() { return responseMinutes; }
        public void setResponseMinutes(int v) { responseMinutes = v; }
        public int getResolutionMinutes() { return resolutionMinutes; }
        public void setResolutionMinutes(int v) { resolutionMinutes = v; }
        public String getCalendar() { return calendar; }
        public void setCalendar(String v) { calendar = v; }
        public String getNameNl() { return nameNl; }
        public String getNameEn() { return nameEn; }
    }

    /** A cell of the form: impact × urgency → priority. */
    public static class CellRow implements Serializable {
        public String impact;
        public String urgency;
        public String priority;

        public String getImpact() { return impact; }
        public String getUrgency() { return urgency; }
        public String getPriority() { return priority; }
        public void setPriority(String v) { priority = v; }
    }

    @Inject
    IncidentMatrixService service;

    @Inject
    CalendarService calendars;

    @Inject
    FormActions actions;

    @Inject
    CurrentLanguage lang;

    private MatrixView current;
    private List<PriorityRow> priorities;
    private List<CellRow> cells;
    private String note;
    private Integer shownVersion;
    private MatrixView shown;

    public MatrixView getMatrix() {
        if (current == null) {
            current = service.current();
            fill(current);
        }
        return current;
    }

    private void fill(MatrixView m) {
        priorities = new ArrayList<>();
        for (MatrixView.Priority p : m.priorities()) {
            var row = new PriorityRow();
            row.code = p.code();
            row.nameNl = p.nameNl();
            row.nameEn = p.nameEn();
            row.responseMinutes = p.responseMinutes();
            row.resolutionMinutes = p.resolutionMinutes();
            row.calendar = p.calendar();
            priorities.add(row);
        }
        cells = new ArrayList<>();
        for (MatrixView.Level i : m.impacts()) {
            for (MatrixView.Level u : m.urgencies()) {
                var c = new CellRow();
                c.impact = i.code();
                c.urgency = u.code();
                c.priority = m.priorityOf(i.code(), u.code());
                cells.add(c);
            }
        }
    }

    public List<PriorityRow> getPriorities() {
        getMatrix();
        return priorities;
    }

    /** The form's cell of an impact and urgency. */
    public CellRow cell(String impact, String urgency) {
        getMatrix();
        return cells.stream().filter(c -> c.impact.equals(impact) && c.urgency.equals(urgency)).findFirst()
                .orElseThrow();
    }

    public List<String> getPriorityCodes() {
        return getMatrix().priorities().stream().map(MatrixView.Priority::code).toList();
    }

    public List<String> getCalendars() {
        return calendars.list().stream().map(c -> c.code()).toList();
    }

    /** A level's or priority's name in the page's language. */
    public String name(String nl, String en) {
        return lang.pick(nl, en);
    }

    /** The versions before the one in force, newest first. */
    public List<Integer> getOlderVersions() {
        return IntStream.iterate(getMatrix().version() - 1, v -> v >= 1, v -> v - 1).boxed().toList();
    }

    public void save() {
        MatrixView m = getMatrix();
        List<IncidentMatrixService.LevelChange> impacts = m.impacts().stream().map(EditIncidentMatrix::level).toList();
        List<IncidentMatrixService.LevelChange> urgencies = m.urgencies().stream().map(EditIncidentMatrix::level).toList();
        List<IncidentMatrixService.PriorityChange> ps = priorities.stream()
                .map(p -> new IncidentMatrixService.PriorityChange(p.code, p.nameNl, p.nameEn, p.responseMinutes,
                        p.resolutionMinutes, p.calendar))
                .toList();
        List<MatrixView.Cell> cs = cells.stream().map(c -> new MatrixView.Cell(c.impact, c.urgency, c.priority)).toList();
        var change = new IncidentMatrixService.MatrixChange(m.version(), impacts, urgencies, ps, cs, note);
        MatrixView[] saved = new MatrixView[1];
        if (actions.run(() -> saved[0] = service.update(change), "admin.matrix.message.saved")) {
            current = saved[0];
            fill(current);
            note = null;
        }
    }

    /** Confirms the version in force as the organisation's own; the public pages stop calling it provisional. */
    public void confirm() {
        int version = getMatrix().version();
        MatrixView[] confirmed = new MatrixView[1];
        if (actions.run(() -> confirmed[0] = service.confirm(version), "admin.matrix.message.confirmed")) {
            current = confirmed[0];
            fill(current);
        }
    }

    /** Forgets the form and shows the version in force again. */
    public void reload() {
        current = null;
    }

    private static IncidentMatrixService.LevelChange level(MatrixView.Level l) {
        return new IncidentMatrixService.LevelChange(l.code(), l.nameNl(), l.nameEn(), l.explanationNl(),
                l.explanationEn());
    }

    public void showVersion() {
        shown = shownVersion == null ? null : service.version(shownVersion);
    }

    public MatrixView getShown() {
        return shown;
    }

    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public Integer getShownVersion() { return shownVersion; }
    public void setShownVersion(Integer v) { shownVersion = v; }
}
