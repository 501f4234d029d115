package org.serviceportal.platform.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.serviceportal.platform.error.InvalidInputException;

/** Parses the time parameters of the API, with a clear 400 (InvalidInputException) when malformed. */
public final class TimeParameters {

    /** Dates and months without a zone are read in the portal's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    /** The range every database keeps as a timestamp: years 1 to 9999. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private TimeParameters() {
    }

    /** An ISO instant ({@code 2026-03-01T10:00:00Z}) or a date ({@code 2026-03-01}, its start in Brussels). */
    public static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Instant instant;
        try {
            instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZONE).toInstant() : Instant.parse(value);
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidInputException(name, "error.time.instant", name);
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidInputException(name, "error.time.years", name);
        }
        return Optional.of(instant);
    }

    /** A month {@code YYYY-MM}. */
    public static Optional<YearMonth> month(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.parse(value);
            if (month.getYear() < 1 || month.getYear() > 9999) {
                throw new InvalidInputException(name, "error.time.years", name);
            }
            return Optional.of(month);
        } catch (DateTimeException e) {
            throw new InvalidInputException(name, "error.time.month", name);
        }
    }
}
