package org.serviceportal.calendar;

import java.time.LocalDate;
import java.util.List;

/** Which public holidays a calendar observes, besides the days an administrator adds. */
public enum PublicHolidays {

    /** None: only added days, if any, are holidays. */
    NONE {
        @Override
        public boolean contains(LocalDate date) {
            return false;
        }

        @Override
        public List<Holiday> forYear(int year) {
            return List.of();
        }
    },

    /** The Belgian public holidays and the Flemish holiday of 11 July ({@link Holidays}). */
    BELGIUM_AND_FLANDERS {
        @Override
        public boolean contains(LocalDate date) {
            return Holidays.isBelgianOrFlemish(date);
        }

        @Override
        public List<Holiday> forYear(int year) {
            return Holidays.belgianAndFlemish(year);
        }
    };

    public abstract boolean contains(LocalDate date);

    /** The holidays of a year, by date. */
    public abstract List<Holiday> forYear(int year);
}
