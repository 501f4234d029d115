package org.serviceportal.incident;

import java.time.Instant;
import java.util.List;

/** An incident as operators see it: everything, with its whole history. */
public record IncidentView(String reference, String product, String channel, String description,
        String reporterName, String reporterEmail, String reporterOrganisation, String impact, String urgency,
        String priority, int matrixVersion, String calendar, int responseMinutes, int resolutionMinutes,
        int supportLine, IncidentStatus status, Instant reportedAt, Instant responseDue, Instant resolutionDue,
        Instant respondedAt, Instant resolvedAt, Instant closedAt, Instant pausedSince, long pausedSeconds,
        boolean responseBreached, boolean resolutionBreached, boolean escalated, List<Long> outages,
        List<EventView> history, List<EscalationView> escalations, long version) implements java.io.Serializable {

    /** One step of the history. */
    public record EventView(Instant occurredAt, String actor, IncidentEventKind kind, IncidentStatus fromStatus,
            IncidentStatus toStatus, Integer fromLine, Integer toLine, Long outage, String note,
            boolean publicVisible) implements java.io.Serializable {
    }

    /** One escalation and whom it went to ({@code contactRole} null: no contact with an address). */
    public record EscalationView(Instant escalatedAt, String escalatedBy, String reason, String contactRole) implements java.io.Serializable {
    }
}
