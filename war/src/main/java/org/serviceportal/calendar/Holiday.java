package org.serviceportal.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A public holiday on a date. The key (e.g. {@code easter-monday}) names it for message bundles, so
 * the name is translated in the views, not here.
 */
public record Holiday(LocalDate date, String key) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
    }
}
