package org.serviceportal.availability;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;

/** An outage as services hand it out; {@code endedAt} null while it is ongoing. */
public record OutageView(long id, String product, Instant startedAt, Instant endedAt, Severity severity, String cause,
        String causedBy, long version) implements java.io.Serializable {

    /** Whether it is still going on; not part of the API's JSON (endedAt says it). */
    @JsonbTransient
    public boolean isOpen() {
        return endedAt == null;
    }
}
