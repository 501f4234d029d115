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
}
