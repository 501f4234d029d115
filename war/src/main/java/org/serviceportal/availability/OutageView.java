package org.serviceportal.availability;

import java.time.Instant;

/** An outage as services hand it out; {@code endedAt} null while it is ongoing. */
public record OutageView(long id, String product, Instant startedAt, Instant endedAt, Severity severity, String cause,
        String causedBy, long version) {
}
