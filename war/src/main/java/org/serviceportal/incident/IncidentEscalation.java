package org.serviceportal.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An escalation of an incident to an escalation contact (such as the Service Delivery Manager),
 * by its reporter or an operator, with the reason. The contact's role and address are copied so the
 * incident still shows whom it went to after the contact changes.
 */
@Entity
@Table(name = "incident_escalation")
@NamedQuery(name = IncidentEscalation.FOR_INCIDENT, query = "SELECT e FROM IncidentEscalation e"
        + " WHERE e.incidentId = :incident ORDER BY e.escalatedAt, e.id")
public class IncidentEscalation {

    public static final String FOR_INCIDENT = "IncidentEscalation.forIncident";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private Long incidentId;

    @Column(name = "escalated_at", nullable = false)
    private Instant escalatedAt;

    @Column(name = "escalated_by", nullable = false, length = 200)
    private String escalatedBy;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "contact_role", length = 200)
    private String contactRole;

    @Column(name = "contact_email", length = 320)
    private String contactEmail;

    /** The link of the escalation chain that was reached (a name of {@code EscalationChain.Reach}); null for older rows. */
    @Column(length = 20)
    private String reach;

    protected IncidentEscalation() {
    }

    IncidentEscalation(Incident incident, Instant escalatedAt, String escalatedBy, String reason, String reach,
            Long contactId, String contactRole, String contactEmail) {
        this.reach = reach;
        this.incidentId = incident.getId();
        this.escalatedAt = escalatedAt;
        this.escalatedBy = escalatedBy;
        this.reason = reason;
        this.contactId = contactId;
        this.contactRole = contactRole;
        this.contactEmail = contactEmail;
    }

    public Long getId() {
        return id;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getEscalatedBy() {
        return escalatedBy;
    }

    public String getReason() {
        return reason;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getContactRole() {
        return contactRole;
    }

    public String getReach() {
        return reach;
    }

    public String getContactEmail() {
        return contactEmail;
    }
}
