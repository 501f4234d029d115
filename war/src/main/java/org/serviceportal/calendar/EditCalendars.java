package org.serviceportal.calendar;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.web.FormActions;
import org.serviceportal.platform.i18n.Formats;
import org.serviceportal.platform.web.TimeDisplay;

/**
 * Admin page: the service windows and their weekly ranges (edited from now on, with their history), the public holidays of this year and the next, and
 * the days off administrators add or remove (administrators).
 */
@Named
@ViewScoped
public class EditCalendars implements Serializable {

    /** The calendar whose holidays the page lists: the one the other windows take theirs from. */
    static final String HOLIDAY_CALENDAR = "office-hours";

    /** A holiday as the page lists it; the names are those of an added day, null for a public one. */
    public record HolidayRow(LocalDate date, String key, String nameNl, String nameEn) implements java.io.Serializable {
        public boolean isAdded() {
            return nameNl != null;
        }
    }

    /** The public holidays and added days of one year. */
    public record Year(int year, List<HolidayRow> holidays) implements java.io.Serializable {
    }

    @Inject
    CalendarService calendars;

    @Inject
    FormActions actions;

    @Inject
    CurrentLanguage lang;

    @Inject
    Clock clock;

    private List<CalendarService.CalendarView> calendarList;
    private List<CalendarService.HolidayView> extraList;
    private List<Year> years;

    /** A weekly range as the page edits it. */
    public static class RangeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private DayOfWeek day = DayOfWeek.MONDAY;
        private String from;
        private String to;

        public RangeRow() {
        }

        RangeRow(DayOfWeek day, String from, String to) {
            this.day = day;
            this.from = from;
            this.to = to;
        }

        public DayOfWeek getDay() { return day; }
        public void setDay(DayOfWeek v) { day = v; }
        public String getFrom() { return from; }
        public void setFrom(String v) { from = v; }
        public String getTo() { return to; }
        public void setTo(String v) { to = v; }
    }

    private String editCode;
    private List<RangeRow> rows;
    private boolean closed;
    private long editVersion;

    private LocalDate holidayDate;
    private String holidayNameNl;
    private String holidayNameEn;

    public List<CalendarService.CalendarView> getCalendars() {
        if (calendarList == null) {
            calendarList = calendars.list();
        }
        return calendarList;
    }

    public List<CalendarService.HolidayView> getExtraHolidays() {
        if (extraList == null) {
            extraList = calendars.extraHolidays();
        }
        return extraList;
    }

    /** This year and the next, in Brussels. */
    public List<Year> getYears() {
        if (years == null) {
            int thisYear = LocalDate.now(clock.withZone(TimeDisplay.ZONE)).getYear();
            var found = calendars.findCalendar(HOLIDAY_CALENDAR);
            years = List.of(thisYear, thisYear + 1).stream()
                    .map(y -> new Year(y, found.map(c -> c.holidays(y)).orElse(List.of()).stream().map(this::row).toList()))
                    .toList();
        }
        return years;
    }

    private HolidayRow row(Holiday h) {
        if ("added".equals(h.key())) {
            return getExtraHolidays().stream().filter(e -> e.date().equals(h.date())).findFirst()
                    .map(e -> new HolidayRow(h.date(), h.key(), e.nameNl(), e.nameEn()))
                    .orElse(new HolidayRow(h.date(), h.key(), null, null));
        }
        return new HolidayRow(h.date(), h.key(), null, null);
    }

    /** A calendar's weekly ranges in the page's language, days with the same hours together ("ma–vr 07:30–19:00"). */
    public String ranges(CalendarService.CalendarView c) {
        switch (c.kind()) {
            case "ALWAYS":
                return lang.text("admin.calendars.alwaysOpen");
            case "COMPLEMENT":
                String other = getCalendars().stream().filter(x -> x.code().equals(c.complementOf())).findFirst()
                        .map(x -> lang.pick(x.nameNl(), x.nameEn())).orElse(c.complementOf());
                return lang.text("admin.calendars.complementOf", other);
            default:
                break;
        }
        // The service gives "MON 07:30-19:00", sorted by day.
        Map<String, List<DayOfWeek>> byHours = new LinkedHashMap<>();
        for (String r : c.ranges()) {
            int space = r.indexOf(' ');
            DayOfWeek day = dayOf(r.substring(0, space));
            byHours.computeIfAbsent(r.substring(space + 1).replace('-', '\u2013'), k -> new ArrayList<>()).add(day);
        }
        List<String> parts = new ArrayList<>();
        byHours.forEach((hours, days) -> parts.add(days(days) + " " + hours));
        return parts.isEmpty() ? lang.text("admin.calendars.noRanges") : String.join("; ", parts);
    }

    private static DayOfWeek dayOf(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation)) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a day: " + abbreviation);
    }

    /** Days as runs: Monday to Friday as "ma–vr", single days apart. */
    private String days(List<DayOfWeek> days) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
                j++;
            }
            String first = dayName(days.get(i));
            runs.add(j == i ? first : j == i + 1 ? first + ", " + dayName(days.get(j)) : first + "\u2013" + dayName(days.get(j)));
            i = j + 1;
        }
        return String.join(", ", runs);
    }

    private String dayName(DayOfWeek d) {
        return Formats.dayOfWeekShort(d, lang.getLanguage());
    }

    /** A date with its weekday, in the page's language. */
    public String date(LocalDate date) {
        return date == null ? "" : Formats.weekday(date, lang.getLanguage());
    }

    /** The calendars whose weekly ranges can be edited (the others follow from them). */
    public List<CalendarService.CalendarView> getWeeklyCalendars() {
        return getCalendars().stream().filter(c -> "WEEKLY".equals(c.kind())).toList();
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.values());
    }

    public String dayLabel(DayOfWeek d) {
        return d == null ? "" : Formats.dayOfWeek(d, lang.getLanguage());
    }

    /** The calendar being edited, or null. */
    public CalendarService.CalendarView getEditing() {
        return editCode == null ? null
                : getCalendars().stream().filter(c -> c.code().equals(editCode)).findFirst().orElse(null);
    }

    /** Starts editing the weekly ranges of a calendar with the ranges in force now. */
    public void edit(CalendarService.CalendarView c) {
        editCode = c.code();
        editVersion = c.version();
        rows = new ArrayList<>(c.weeklyRanges().stream().map(r -> new RangeRow(r.day(), r.from(), r.to())).toList());
        closed = rows.isEmpty();
    }

    public void addRow() {
        if (rows != null) {
            rows.add(new RangeRow(DayOfWeek.MONDAY, "09:00", "17:00"));
        }
    }

    public void removeRow(RangeRow row) {
        if (rows != null) {
            rows.remove(row);
        }
    }

    public void cancelEdit() {
        editCode = null;
        rows = null;
    }

    /** Saves the weekly ranges from now on; the service's rules answer in the reader's language. */
    public void saveRanges() {
        if (editCode == null) {
            return;
        }
        List<CalendarService.RangeInput> inputs = new ArrayList<>();
        for (RangeRow r : rows) {
            String from = r.getFrom() == null ? "" : r.getFrom().strip();
            String to = r.getTo() == null ? "" : r.getTo().strip();
            if (r.getDay() == null || !from.matches(CalendarService.TIME) || !to.matches(CalendarService.TIME)) {
                actions.reject("admin.calendars.error.time");
                return;
            }
            inputs.add(new CalendarService.RangeInput(r.getDay(), from, to));
        }
        String code = editCode;
        var change = new CalendarService.ChangeRanges(List.copyOf(inputs), closed, editVersion);
        if (actions.run(() -> calendars.changeRanges(code, change), "admin.calendars.message.rangesSaved")) {
            cancelEdit();
        }
        calendarList = null;
    }

    /** When a set of ranges took effect, in Brussels, in the page's language; "always" for the first. */
    public String effectiveFrom(CalendarService.CalendarView c, CalendarService.RangeSetView set) {
        if (c.history().indexOf(set) == 0) {
            return lang.text("admin.calendars.history.first");
        }
        return Formats.dateTime(set.effectiveFrom(), lang.getLanguage());
    }

    /** A set of ranges in the page's language. */
    public String rangesOf(CalendarService.CalendarView c, CalendarService.RangeSetView set) {
        List<String> texts = set.ranges().stream()
                .map(r -> r.day().name().substring(0, 3) + " " + r.from() + "-" + r.to()).toList();
        return ranges(new CalendarService.CalendarView(c.id(), c.code(), c.nameNl(), c.nameEn(), c.zone(), c.kind(),
                c.complementOf(), c.excludesHolidays(), texts, set.ranges(), List.of(), c.version()));
    }

    public String getEditCode() { return editCode; }
    public List<RangeRow> getRows() { return rows; }
    public boolean isClosed() { return closed; }
    public void setClosed(boolean v) { closed = v; }

    public void addHoliday() {
        LocalDate date = holidayDate;
        if (Holidays.isBelgianOrFlemish(date)) {
            actions.reject("admin.calendars.alreadyPublic");
            return;
        }
        String nl = holidayNameNl;
        String en = holidayNameEn;
        if (actions.run(() -> calendars.addHoliday(date, nl, en), "admin.calendars.message.added")) {
            holidayDate = null;
            holidayNameNl = null;
            holidayNameEn = null;
            refresh();
        }
    }

    public void remove(CalendarService.HolidayView h) {
        actions.run(() -> calendars.removeHoliday(h.id()), "admin.message.deleted");
        refresh();
    }

    private void refresh() {
        extraList = null;
        years = null;
    }

    public LocalDate getHolidayDate() { return holidayDate; }
    public void setHolidayDate(LocalDate v) { holidayDate = v; }
    public String getHolidayNameNl() { return holidayNameNl; }
    public void setHolidayNameNl(String v) { holidayNameNl = v; }
    public String getHolidayNameEn() { return holidayNameEn; }
    public void setHolidayNameEn(String v) { holidayNameEn = v; }
}
