package org.serviceportal.maintenance;

import java.time.Instant;
import java.util.List;

/** A maintenance window as services hand it out. */
public record MaintenanceView(long id, List<String> products, Instant startsAt, Instant endsAt, boolean planned,
        Text title, Text message, long version) {

    /** A text in both languages. */
    public record Text(String nl, String en) {
    }

    public boolean isOngoingAt(Instant t) {
        return !t.isBefore(startsAt) && t.isBefore(endsAt);
    }
}
