package org.serviceportal.availability;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import java.util.List;

/**
 * An outage as services hand it out; {@code endedAt} null while it is ongoing. {@code title} is its
 * public title (null: none given; pages make one of the product and the severity) and
 * {@code updates} the timeline of its public notice, newest first (as status pages show it).
 */
public record OutageView(long id, String product, Instant startedAt, Instant endedAt, Severity severity, String cause,
        String causedBy, long version, Text title, List<OutageUpdateView> updates) implements java.io.Serializable {

    /** A text in both languages. */
    public record Text(String nl, String en) implements java.io.Serializable {
    }

    public OutageView {
        updates = updates == null ? List.of() : List.copyOf(updates);
    }

    /** An outage without a public notice (no title, no updates). */
    public OutageView(long id, String product, Instant startedAt, Instant endedAt, Severity severity, String cause,
            String causedBy, long version) {
        this(id, product, startedAt, endedAt, severity, cause, causedBy, version, null, List.of());
    }

    /** Whether it is still going on; not part of the API's JSON (endedAt says it). */
    @JsonbTransient
    public boolean isOpen() {
        return endedAt == null;
    }

    /** The latest update of its notice, or null when it has none; not part of the API's JSON. */
    @JsonbTransient
    public OutageUpdateView getLatestUpdate() {
        return updates.isEmpty() ? null : updates.getFirst();
    }

    /** The update with this id, if it is one of this outage's (for whoever tells people of an update). */
    public java.util.Optional<OutageUpdateView> update(long updateId) {
        return updates.stream().filter(u -> u.id() == updateId).findFirst();
    }
}
