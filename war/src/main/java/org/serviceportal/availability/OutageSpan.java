package org.serviceportal.availability;

import java.time.Instant;

/** What reports need of an outage, read without loading the entity: when, how bad, whose fault. */
public record OutageSpan(Instant startedAt, Instant endedAt, Severity severity, String causedBy) {
}
