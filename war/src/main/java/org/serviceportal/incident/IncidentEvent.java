package org.serviceportal.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step in an incident's history: a status change, a hand-over, a note, an escalation, a link.
 * Written once, never changed. {@code publicVisible} = 1 when the reporter sees it on the follow page
 * (internal hand-over notes are not shown there).
 */
@Entity
@Table(name = "incident_event")
@NamedQuery(name = IncidentEvent.FOR_INCIDENT, query = "SELECT e FROM IncidentEvent e"
        + " WHERE e.incidentId = :incident ORDER BY e.occurredAt, e.id")
public class IncidentEvent {

    public static final String FOR_INCIDENT = "IncidentEvent.forIncident";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The incident by id: history is read by incident id, never joined. */
    @Column(name = "incident_id", nullable = false)
    private Long incidentId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 200)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IncidentEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private IncidentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    private IncidentStatus toStatus;

    @Column(name = "from_line")
    private Integer fromLine;

    @Column(name = "to_line")
    private Integer toLine;

    @Column(name = "outage_id")
    private Long outageId;

    @Column(length = 4000)
    private String note;

    @Column(name = "public_visible", nullable = false)
    private int publicVisible;

    protected IncidentEvent() {
    }

    IncidentEvent(Incident incident, Instant occurredAt, String actor, IncidentEventKind kind, String note,
            boolean publicVisible) {
        this.incidentId = incident.getId();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.note = note;
        this.publicVisible = publicVisible ? 1 : 0;
    }

    IncidentEvent status(IncidentStatus from, IncidentStatus to) {
        this.fromStatus = from;
        this.toStatus = to;
        return this;
    }

    IncidentEvent line(Integer from, Integer to) {
        this.fromLine = from;
        this.toLine = to;
        return this;
    }

    IncidentEvent outage(Long outage) {
        this.outageId = outage;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public IncidentEventKind getKind() {
        return kind;
    }

    public IncidentStatus getFromStatus() {
        return fromStatus;
    }

    public IncidentStatus getToStatus() {
        return toStatus;
    }

    public Integer getFromLine() {
        return fromLine;
    }

    public Integer getToLine() {
        return toLine;
    }

    public Long getOutageId() {
        return outageId;
    }

    public String getNote() {
        return note;
    }

    public boolean isPublicVisible() {
        return publicVisible == 1;
    }
}
