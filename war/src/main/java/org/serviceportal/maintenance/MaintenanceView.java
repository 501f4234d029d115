package org.serviceportal.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A maintenance window as services hand it out. {@code cancelledAt} is null unless it was
 * cancelled; {@code sequence} is its iCalendar SEQUENCE; {@code changedAt} when it was last created,
 * changed or cancelled; {@code plannedAt} when it was recorded as planned (null while unplanned);
 * {@code recordedAfterwards} whether it was recorded at or after its start; {@code planning} how it
 * counts for availability (planned means announced), so that {@link #isCountsAsPlanned()} and not
 * {@code planned} decides whether it is left out.
 */
public record MaintenanceView(long id, List<String> products, Instant startsAt, Instant endsAt, boolean planned,
        Text title, Text message, long version, Instant cancelledAt, String cancelledBy, int sequence,
        Instant changedAt, Instant plannedAt, boolean recordedAfterwards, Planning planning)
        implements java.io.Serializable {

    /** A text in both languages. */
    public record Text(String nl, String en) implements java.io.Serializable {
    }

    @jakarta.json.bind.annotation.JsonbCreator
    public MaintenanceView {
        if (planning == null) {
            planning = Planning.ofFlag(planned); // a message of a node that does not know the rule yet
        }
    }

    /** A view without what the rule needs: the flag alone says how it counts. */
    public MaintenanceView(long id, List<String> products, Instant startsAt, Instant endsAt, boolean planned,
            Text title, Text message, long version, Instant cancelledAt, String cancelledBy, int sequence,
            Instant changedAt) {
        this(id, products, startsAt, endsAt, planned, title, message, version, cancelledAt, cancelledBy, sequence,
                changedAt, null, false, Planning.ofFlag(planned));
    }

    /** Whether it was cancelled; not part of the API's JSON (cancelledAt says it). */
    @jakarta.json.bind.annotation.JsonbTransient
    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** Whether it is left out of availability as planned maintenance (the API's {@code countsAsPlanned}). */
    @jakarta.json.bind.annotation.JsonbProperty("countsAsPlanned")
    public boolean isCountsAsPlanned() {
        return planning.countsAsPlanned();
    }

    /** Whole hours from its recording as planned to its start (0 when unknown or not before the start). */
    public long hoursAnnouncedAhead() {
        if (plannedAt == null || !plannedAt.isBefore(startsAt)) {
            return 0;
        }
        return Duration.between(plannedAt, startsAt).toHours();
    }

    public boolean isOngoingAt(Instant t) {
        return !t.isBefore(startsAt) && t.isBefore(endsAt);
    }
}
