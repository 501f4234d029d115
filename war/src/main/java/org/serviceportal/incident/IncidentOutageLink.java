package org.serviceportal.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An incident linked to an outage of its product (or of another): one row per pair, by ids. */
@Entity
@Table(name = "incident_outage")
@IdClass(IncidentOutageLink.Key.class)
@NamedQuery(name = IncidentOutageLink.FOR_INCIDENT, query = "SELECT l FROM IncidentOutageLink l"
        + " WHERE l.incidentId = :incident ORDER BY l.linkedAt")
@NamedQuery(name = IncidentOutageLink.FOR_OUTAGE, query = "SELECT l FROM IncidentOutageLink l"
        + " WHERE l.outageId = :outage ORDER BY l.linkedAt")
public class IncidentOutageLink {

    public static final String FOR_INCIDENT = "IncidentOutageLink.forIncident";
    public static final String FOR_OUTAGE = "IncidentOutageLink.forOutage";

    /** The composite key (a class, not a record: the provider sets its fields). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long incidentId;
        private Long outageId;

        public Key() {
        }

        public Key(Long incidentId, Long outageId) {
            this.incidentId = incidentId;
            this.outageId = outageId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(incidentId, k.incidentId)
                    && java.util.Objects.equals(outageId, k.outageId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(incidentId, outageId);
        }
    }

    @Id
    @Column(name = "incident_id")
    private Long incidentId;

    @Id
    @Column(name = "outage_id")
    private Long outageId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "linked_by", nullable = false, length = 200)
    private String linkedBy;

    protected IncidentOutageLink() {
    }

    IncidentOutageLink(long incidentId, long outageId, Instant linkedAt, String linkedBy) {
        this.incidentId = incidentId;
        this.outageId = outageId;
        this.linkedAt = linkedAt;
        this.linkedBy = linkedBy;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public Long getOutageId() {
        return outageId;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }

    public String getLinkedBy() {
        return linkedBy;
    }
}
