package org.serviceportal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows stored instants ({@code #{times.format(i)}}) as local time in Brussels with the zone, so an
 * administrator never has to guess whether a time is UTC.
 */
@Named("times")
@ApplicationScoped
public class TimeDisplay {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZONE);

    /** The instant in Brussels time with its zone; empty for null. */
    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** An instant as Brussels wall-clock time to the minute, for date-time inputs. */
    public static java.time.LocalDateTime local(java.time.Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.MINUTES), ZONE);
    }

    /**
     * Brussels wall-clock time as an instant; in the autumn's repeated hour the earlier one (summer
     * time). The stored instant when the input still shows its minute unchanged, so that seconds
     * recorded through the API survive an edit on a page.
     */
    public static java.time.Instant instant(java.time.LocalDateTime local, java.time.Instant stored) {
        if (stored != null && local.equals(local(stored))) {
            return stored;
        }
        return local.atZone(ZONE).toInstant();
    }
}
