package org.serviceportal.incident;

import java.time.Instant;
import java.util.List;

/**
 * An incident as its reporter sees it by the secret follow link: status, targets and the public
 * part of the history (internal notes and the operators' names are left out).
 */
public record FollowView(String reference, String product, String description, IncidentStatus status,
        String priority, int supportLine, Instant reportedAt, Instant responseDue, Instant resolutionDue,
        boolean paused, List<Step> history, List<Escalation> escalations) implements java.io.Serializable {

    /** A public step: when, what, the status after it, the note meant for the reporter. */
    public record Step(Instant occurredAt, IncidentEventKind kind, IncidentStatus status, Integer line, String note) implements java.io.Serializable {
    }

    /** An escalation: when, why, to which role. */
    public record Escalation(Instant escalatedAt, String reason, String contactRole) implements java.io.Serializable {
    }

    /** Whether the reporter may still add information or escalate. */
    public boolean isOpen() {
        return status != IncidentStatus.CLOSED;
    }
}
