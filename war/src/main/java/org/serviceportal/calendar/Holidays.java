package org.serviceportal.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Belgian public holidays plus the Flemish holiday of 11 July, computed per year so no table
 * has to be maintained. Easter-based holidays use the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher), valid for every Gregorian year (1583 on).
 *
 * <p>Easter Sunday and Whit Sunday are holidays too but always fall on a Sunday; they are left out
 * because the list is meant for closing days of a calendar and the seed data names these ten plus
 * 11 July. Days an administrator adds are a calendar's extra holidays, not part of this set.
 */
public final class Holidays {

    /** The first year of the Gregorian calendar, where the Easter algorithm holds. */
    public static final int FIRST_YEAR = 1583;

    private Holidays() {
    }

    /** Easter Sunday of a Gregorian year. */
    public static LocalDate easterSunday(int year) {
        if (year < FIRST_YEAR) {
            throw new IllegalArgumentException("Easter is computed for Gregorian years from 1583, not " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(year, n / 31, n % 31 + 1);
    }

    /**
     * The Belgian public holidays and the Flemish 11 July of a year, by date (then key). Two may fall
     * on the same date (Ascension Day on 1 May, as in 2008); both are listed.
     */
    public static List<Holiday> belgianAndFlemish(int year) {
        LocalDate easter = easterSunday(year);
        return Stream.of(
                        new Holiday(LocalDate.of(year, Month.JANUARY, 1), "new-year"),
                        new Holiday(easter.plusDays(1), "easter-monday"),
                        new Holiday(LocalDate.of(year, Month.MAY, 1), "labour-day"),
                        new Holiday(easter.plusDays(39), "ascension-day"),
                        new Holiday(easter.plusDays(50), "whit-monday"),
                        new Holiday(LocalDate.of(year, Month.JULY, 11), "flemish-community-day"),
                        new Holiday(LocalDate.of(year, Month.JULY, 21), "national-day"),
                        new Holiday(LocalDate.of(year, Month.AUGUST, 15), "assumption"),
                        new Holiday(LocalDate.of(year, Month.NOVEMBER, 1), "all-saints"),
                        new Holiday(LocalDate.of(year, Month.NOVEMBER, 11), "armistice"),
                        new Holiday(LocalDate.of(year, Month.DECEMBER, 25), "christmas"))
                .sorted(Comparator.comparing(Holiday::date).thenComparing(Holiday::key))
                .toList();
    }

    /** The dates of {@link #belgianAndFlemish(int)}, sorted. */
    public static Set<LocalDate> belgianAndFlemishDates(int year) {
        return belgianAndFlemish(year).stream().map(Holiday::date)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Whether a date is a Belgian public holiday or 11 July. Answers without building the year's
     * list, because calendars ask it for every day of a long report.
     */
    public static boolean isBelgianOrFlemish(LocalDate date) {
        int day = date.getDayOfMonth();
        boolean fixed = switch (date.getMonth()) {
            case JANUARY -> day == 1;
            case MAY -> day == 1;
            case JULY -> day == 11 || day == 21;
            case AUGUST -> day == 15;
            case NOVEMBER -> day == 1 || day == 11;
            case DECEMBER -> day == 25;
            default -> false;
        };
        if (fixed) {
            return true;
        }
        // Easter Monday is in March-April, Whit Monday at the latest in June.
        if (date.getMonthValue() < 3 || date.getMonthValue() > 6) {
            return false;
        }
        LocalDate easter = easterSunday(date.getYear());
        return date.equals(easter.plusDays(1)) || date.equals(easter.plusDays(39))
                || date.equals(easter.plusDays(50));
    }
}
