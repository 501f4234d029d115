package org.serviceportal.platform.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses the time parameters of the API, with a clear 400 (IllegalArgumentException) when malformed. */
public final class TimeParameters {

    /** Dates and months without a zone are read in the portal's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private TimeParameters() {
    }

    /** An ISO instant ({@code 2026-03-01T10:00:00Z}) or a date ({@code 2026-03-01}, its start in Brussels). */
    public static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZONE).toInstant()
                    : Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant (2026-01-31T23:00:00Z) or a date (2026-01-31)");
        }
    }

    /** A month {@code YYYY-MM}. */
    public static Optional<YearMonth> month(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a month such as 2026-03");
        }
    }
}
