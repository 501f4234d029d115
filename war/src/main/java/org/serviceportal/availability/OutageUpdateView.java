package org.serviceportal.availability;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;

/**
 * An update of an outage's public notice as services hand it out. {@code postedBy} is the staff
 * member or token that posted it: shown to staff, never in the public JSON.
 */
public record OutageUpdateView(long id, long outageId, UpdateStatus status, OutageView.Text message, Instant at,
        @JsonbTransient String postedBy) implements java.io.Serializable {
}
