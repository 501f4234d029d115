package org.serviceportal.availability;

import java.time.Instant;

/**
 * What reports need of an outage, read without loading the entity: when, how bad, and whether an
 * external service caused it ({@code causedById} not null).
 */
public record OutageSpan(Instant startedAt, Instant endedAt, Severity severity, Long causedById) {

    public boolean external() {
        return causedById != null;
    }
}
