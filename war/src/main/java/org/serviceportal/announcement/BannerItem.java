package org.serviceportal.announcement;

import java.time.Instant;
import java.util.List;

/**
 * One announcement of the banner, in one language. {@code id} is stable for the thing announced;
 * {@code version} changes when what it says changes (a reader's dismissal is kept per id and version).
 * {@code endsAt} is null while the end is not known (an ongoing outage).
 */
public record BannerItem(String id, Kind kind, Severity severity, String title, String message, Instant startsAt,
        Instant endsAt, List<String> products, long version) {

    /** What is announced. */
    public enum Kind {
        MAINTENANCE, OUTAGE, FALLBACK
    }

    /** How loud: CRITICAL is announced as an alert, the others as a status. */
    public enum Severity {
        INFO, WARNING, CRITICAL
    }
}
