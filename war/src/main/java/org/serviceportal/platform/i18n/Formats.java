package org.serviceportal.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The one place where numbers, percentages, durations, dates and times and the names of levels
 * become text, per language, the way a Dutch or an English reader writes them (NL Design System,
 * GOV.UK style): "99,978 %" and "99.978%", "100 %" (no trailing zeros), "2 werkdagen en 3 uur",
 * "4 dec 2026 17:45" (no seconds; the zone is said once per page, see {@link #getZoneNote()}).
 *
 * <p>Pages use it as {@code #{times.format(i)}}, {@code #{times.percent(p)}} … in the page's
 * language; mails, feeds and CSV call the static forms with the language of their reader. Product
 * names are the products' own (name nl/en, picked with {@link Language#pick}); levels, severities
 * and states are bundle texts ({@link #label}), never codes or enum names.
 */
@Named("times")
@RequestScoped
public class Formats {

    /** The zone in which every time is shown (and calendars are computed by default). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private static final DateTimeFormatter DATE_TIME_NL = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.of("nl")).withZone(ZONE);
    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZONE);
    private static final DateTimeFormatter DATE_NL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_NL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.of("nl"));
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DATE_TIME_NL = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.of("nl")).withZone(ZONE);
    private static final DateTimeFormatter LONG_DATE_TIME_EN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH).withZone(ZONE);
    private static final DateTimeFormatter SHORT_DATE_NL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.of("nl"));
    private static final DateTimeFormatter SHORT_DATE_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_NL = DateTimeFormatter.ofPattern("MMM", Locale.of("nl"));
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

    @Inject
    CurrentLanguage lang;

    private boolean timeShown;

    // ---- pages: the page's language -------------------------------------------------------------

    /** An instant as date and time to the minute ("4 dec 2026 17:45"); empty for null. */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        timeShown = true;
        return dateTime(instant, language());
    }

    /** A period ("4 dec 2026 17:45 – 19:00"): the end's date is said only when it is another day. */
    public String span(Instant start, Instant end) {
        return span(start, end, null);
    }

    /**
     * A period under a heading that names {@code day}: a start on that day is said by its time alone
     * ("17:45 – 19:00"), an end on the start's day too.
     */
    public String span(Instant start, Instant end, LocalDate day) {
        if (start == null) {
            return "";
        }
        timeShown = true;
        return span(start, end, day, language());
    }

    /** The time of day alone ("17:45"), under a heading that names the day. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        timeShown = true;
        return time(instant, language());
    }

    /** The date of an instant in Brussels ("4 december 2026"). */
    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate(), language());
    }

    /** A date ("4 december 2026"). */
    public String day(LocalDate date) {
        return date == null ? "" : date(date, language());
    }

    /** A date with its weekday ("vrijdag 4 december 2026"). */
    public String weekday(LocalDate date) {
        return date == null ? "" : weekday(date, language());
    }

    /** A percentage ("99,978 %", "100 %"; "99.978%" in English); empty for null. */
    public String percent(BigDecimal value) {
        return value == null ? "" : percent(value, language());
    }

    /** A whole number with the language's grouping ("44.640", "44,640"). */
    public String number(long value) {
        return number(value, language());
    }

    /** A duration of minutes in a calendar with working days of {@code dayMinutes} (null: hours and minutes). */
    public String duration(int minutes, Integer dayMinutes) {
        return duration(minutes, dayMinutes == null ? OptionalInt.empty() : OptionalInt.of(dayMinutes), language());
    }

    /** The bundle text of a level, severity or state: {@code label('severity', o.severity())}. */
    public String label(String prefix, Enum<?> value) {
        return value == null ? "" : label(prefix, value, language());
    }

    /** Whether this page has shown a time, so that its footer says the zone once. */
    public boolean isTimeShown() {
        return timeShown;
    }

    /** The zone the page's times are in, said once per page ("Tijden zijn Belgische tijd."). */
    public String getZoneNote() {
        return CurrentLanguage.message(language(), "times.zoneNote");
    }

    private Language language() {
        return lang == null ? Language.DEFAULT : lang.getLanguage();
    }

    // ---- mails, feeds, CSV: the reader's language -----------------------------------------------

    /** An instant as date and time to the minute in Brussels ("4 dec 2026 17:45", "4 Dec 2026 17:45"). */
    public static String dateTime(Instant instant, Language language) {
        return (language == Language.EN ? DATE_TIME_EN : DATE_TIME_NL).format(instant);
    }

    /**
     * An instant with its month written out, for running text that stands on its own (a chat
     * message): "4 december 2026 17:45", "4 December 2026 17:45".
     */
    public static String longDateTime(Instant instant, Language language) {
        return (language == Language.EN ? LONG_DATE_TIME_EN : LONG_DATE_TIME_NL).format(instant);
    }

    /** A date with its month shortened, where room is short ("4 dec 2026", "4 Dec 2026"). */
    public static String shortDate(LocalDate date, Language language) {
        return (language == Language.EN ? SHORT_DATE_EN : SHORT_DATE_NL).format(date);
    }

    /** A month's short name, as a label on a time axis ("dec", "Dec"). */
    public static String monthShort(LocalDate date, Language language) {
        return (language == Language.EN ? MONTH_EN : MONTH_NL).format(date);
    }

    /** An instant as an argument of a message that is formatted in its reader's language. */
    public static Localized at(Instant instant) {
        return language -> dateTime(instant, language);
    }

    /**
     * A period in Brussels: the start's date is left out when it is {@code day} (the heading above
     * it says it), the end's when it is the start's; "–" between them. An open end leaves the period open.
     */
    public static String span(Instant start, Instant end, LocalDate day, Language language) {
        LocalDate startDay = start.atZone(ZONE).toLocalDate();
        String from = startDay.equals(day) ? time(start, language) : dateTime(start, language);
        if (end == null) {
            return from + " –";
        }
        String to = end.atZone(ZONE).toLocalDate().equals(startDay) ? time(end, language) : dateTime(end, language);
        return from + " – " + to;
    }

    /** The time of day in Brussels ("17:45"). */
    public static String time(Instant instant, Language language) {
        return TIME.format(instant);
    }

    /** A date ("4 december 2026", "4 December 2026"). */
    public static String date(LocalDate date, Language language) {
        return (language == Language.EN ? DATE_EN : DATE_NL).format(date);
    }

    /** A date with its weekday ("vrijdag 4 december 2026", "Friday 4 December 2026"). */
    public static String weekday(LocalDate date, Language language) {
        return (language == Language.EN ? DAY_EN : DAY_NL).format(date);
    }

    /**
     * A percentage without trailing zeros: "99,978 %" and "100 %" in Dutch (decimal comma, a
     * non-breaking space before the sign), "99.978%" and "100%" in English.
     */
    public static String percent(BigDecimal value, Language language) {
        String number = decimal(value, language);
        return language == Language.EN ? number + "%" : number + "\u00a0%";
    }

    /** A decimal number without trailing zeros and without grouping, with the language's decimal sign. */
    public static String decimal(BigDecimal value, Language language) {
        String plain = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        return language == Language.EN ? plain : plain.replace('.', ',');
    }

    /** A whole number with the language's grouping ("44.640", "44,640"). */
    public static String number(long value, Language language) {
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }

    /**
     * {@code minutes} of a calendar as people count them: in working days and hours when the
     * calendar's working day is {@code dayMinutes} long ("2 werkdagen en 3 uur" for 26 h in working
     * days of 11 h 30 min), in hours and minutes otherwise ("4 uur 30 min").
     */
    public static String duration(int minutes, OptionalInt dayMinutes, Language language) {
        int days = 0;
        int rest = Math.max(0, minutes);
        if (dayMinutes.isPresent() && dayMinutes.getAsInt() > 0) {
            days = rest / dayMinutes.getAsInt();
            rest = rest % dayMinutes.getAsInt();
        }
        List<String> time = new ArrayList<>();
        if (rest / 60 > 0) {
            time.add(CurrentLanguage.message(language, "target.hours", rest / 60));
        }
        if (rest % 60 > 0 || (days == 0 && rest == 0)) {
            time.add(CurrentLanguage.message(language, "target.minutes", rest % 60));
        }
        String hours = String.join(" ", time);
        if (days == 0) {
            return hours;
        }
        String daysText = CurrentLanguage.message(language, "target.days", days);
        return rest == 0 ? daysText : CurrentLanguage.message(language, "target.and", daysText, hours);
    }

    /** A yes or a no as a reader says it ("ja", "nee"; "yes", "no"). */
    public static String yesNo(boolean value, Language language) {
        return CurrentLanguage.message(language, value ? "admin.yes" : "admin.no");
    }

    /** A day of the week ("maandag", "Monday"). */
    public static String dayOfWeek(DayOfWeek day, Language language) {
        return day.getDisplayName(TextStyle.FULL, language.locale());
    }

    /** A day of the week, shortened where room is short ("ma", "Mon"). */
    public static String dayOfWeekShort(DayOfWeek day, Language language) {
        return day.getDisplayName(TextStyle.SHORT, language.locale());
    }

    /**
     * The bundle text {@code prefix.NAME} of a level, severity or state ({@code severity.MAJOR} →
     * "Storing"); never the enum name itself.
     */
    public static String label(String prefix, Enum<?> value, Language language) {
        return CurrentLanguage.message(language, prefix + "." + value.name());
    }
}
