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

    /**
     * An escalation: when, why, to which role, and which link of the escalation chain it reached
     * ({@code EscalationChain.Reach}: PRODUCT_CONTACT, GENERAL_CONTACT, THIRD_LINE, ADMINISTRATORS, NOBODY).
     */
    public record Escalation(Instant escalatedAt, String reason, String contactRole, String reach) implements java.io.Serializable {

        /** The reach, or for escalations recorded before it was: a contact's role or nobody. */
        public String reachOrNobody() {
            if (reach != null) {
                return reach;
            }
            return contactRole == null ? "NOBODY" : "PRODUCT_CONTACT";
        }
    }

    /** Whether the reporter may still add information or escalate. */
    public boolean isOpen() {
        return status != IncidentStatus.CLOSED;
    }
}
