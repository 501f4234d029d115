package org.serviceportal.incident;

import java.time.Instant;

/**
 * The answer to a report ({@code POST /api/v1/incidents} → 201): the reference, the classification,
 * the due times and the secret follow link (shown once; only its hash is kept).
 */
public record ReportedIncident(String reference, String priority, int supportLine, Instant responseDue,
        Instant resolutionDue, String followUrl) implements java.io.Serializable {
}
