package org.serviceportal.maintenance;

import java.time.Instant;
import java.util.List;

/**
 * A maintenance window as services hand it out. {@code cancelledAt} is null unless it was
 * cancelled; {@code sequence} is its iCalendar SEQUENCE; {@code changedAt} when it was last created,
 * changed or cancelled.
 */
public record MaintenanceView(long id, List<String> products, Instant startsAt, Instant endsAt, boolean planned,
        Text title, Text message, long version, Instant cancelledAt, String cancelledBy, int sequence,
        Instant changedAt) implements java.io.Serializable {

    /** A text in both languages. */
    public record Text(String nl, String en) implements java.io.Serializable {
    }

    /** Whether it was cancelled; not part of the API's JSON (cancelledAt says it). */
    @jakarta.json.bind.annotation.JsonbTransient
    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public boolean isOngoingAt(Instant t) {
        return !t.isBefore(startsAt) && t.isBefore(endsAt);
    }
}
