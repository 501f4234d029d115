package org.serviceportal.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.serviceportal.catalog.Product;
import org.serviceportal.servicedesk.Channel;

/**
 * An incident: who reported what about which product, its classification by the matrix version in
 * force then (impact, urgency, priority and the targets, copied so later matrix changes leave it
 * alone), the support line holding it, its status and its SLA clock. Changed only through
 * {@link IncidentService}; every change is an {@link IncidentEvent}.
 */
@Entity
@Table(name = "incident")
@NamedQuery(name = Incident.FIND_BY_REFERENCE, query = "SELECT i FROM Incident i WHERE i.reference = :reference")
@NamedQuery(name = Incident.RESPONSE_BREACH_CANDIDATES, query = "SELECT i.id FROM Incident i"
        + " WHERE i.responseBreached = 0 AND i.responseDue < :now")
@NamedQuery(name = Incident.RESOLUTION_BREACH_CANDIDATES, query = "SELECT i.id FROM Incident i"
        + " WHERE i.resolutionBreached = 0 AND i.resolutionDue < :now")
public class Incident {

    /** A breach flag's value for a due time that was met: no longer checked. */
    static final int SETTLED = 2;

    public static final String FIND_BY_REFERENCE = "Incident.findByReference";
    /** Ids of incidents not yet marked whose response due time passed; the caller checks status and pause. */
    public static final String RESPONSE_BREACH_CANDIDATES = "Incident.responseBreachCandidates";
    public static final String RESOLUTION_BREACH_CANDIDATES = "Incident.resolutionBreachCandidates";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", nullable = false, length = 20, unique = true)
    private String reference;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    /** The product column again, read-only: the board filters and projects on it without a join. */
    @Column(name = "product_id", insertable = false, updatable = false)
    private Long productId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @Column(name = "reporter_name", nullable = false, length = 200)
    private String reporterName;

    @Column(name = "reporter_email", nullable = false, length = 320)
    private String reporterEmail;

    @Column(name = "reporter_organisation", length = 200)
    private String reporterOrganisation;

    /** nl or en: the language of the reporter's mails and follow link. */
    @Column(name = "reporter_language", nullable = false, length = 2)
    private String reporterLanguage;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "matrix_id")
    private IncidentMatrix matrix;

    @Column(name = "impact_code", nullable = false, length = 20)
    private String impactCode;

    @Column(name = "urgency_code", nullable = false, length = 20)
    private String urgencyCode;

    @Column(name = "priority_code", nullable = false, length = 10)
    private String priorityCode;

    /** The priority's sort order (1 = most urgent), so the board sorts by priority without a join. */
    @Column(name = "priority_order", nullable = false)
    private int priorityOrder;

    /** The calendar the targets run in, copied at classification. */
    @Column(name = "calendar_code", nullable = false, length = 64)
    private String calendarCode;

    @Column(name = "response_minutes", nullable = false)
    private int responseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private int resolutionMinutes;

    /** The line (1–4) that holds the incident now. */
    @Column(name = "support_line", nullable = false)
    private int supportLine;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private IncidentStatus status;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "response_due", nullable = false)
    private Instant responseDue;

    @Column(name = "resolution_due", nullable = false)
    private Instant resolutionDue;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Set while waiting for the reporter: the SLA clock stands still from then. */
    @Column(name = "paused_since")
    private Instant pausedSince;

    /** Business time (in the calendar) spent waiting for the reporter in earlier pauses; due times include it. */
    @Column(name = "paused_seconds", nullable = false)
    private long pausedSeconds;

    /**
     * 0 while the response is pending, 1 when its due time passed before a response, {@link #SETTLED}
     * when it came in time: the breach check reads only the 0 rows (an int, not a boolean: see the migration).
     */
    @Column(name = "response_breached", nullable = false)
    private int responseBreached;

    @Column(name = "resolution_breached", nullable = false)
    private int resolutionBreached;

    /** 1 when either due time was breached: one column for the board's filter. */
    @Column(name = "breached", nullable = false)
    private int breached;

    /** 1 once the responsible line was mailed about the response breach. */
    @Column(name = "response_breach_mailed", nullable = false)
    private int responseBreachMailed;

    @Column(name = "resolution_breach_mailed", nullable = false)
    private int resolutionBreachMailed;

    /** 1 once the incident was escalated at least once. */
    @Column(name = "escalated", nullable = false)
    private int escalated;

    /** SHA-256 (hex) of the reporter's secret follow token; the token itself is never stored. */
    @Column(name = "follow_token_hash", nullable = false, length = 64)
    private String followTokenHash;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Incident() {
    }

    Incident(String reference, Product product, Channel channel, String description, String reporterName,
            String reporterEmail, String reporterOrganisation, String reporterLanguage, IncidentPriority priority,
            String impactCode, String urgencyCode, int supportLine, Instant reportedAt, Instant responseDue,
            Instant resolutionDue, String followTokenHash, String createdBy, Instant createdAt) {
        this.reference = reference;
        this.product = product;
        this.channel = channel;
        this.description = description;
        this.reporterName = reporterName;
        this.reporterEmail = reporterEmail;
        this.reporterOrganisation = reporterOrganisation;
        this.reporterLanguage = reporterLanguage;
        this.matrix = priority.getMatrix();
        this.impactCode = impactCode;
        this.urgencyCode = urgencyCode;
        this.priorityCode = priority.getCode();
        this.priorityOrder = priority.getSortOrder();
        this.calendarCode = priority.getCalendar().getCode();
        this.responseMinutes = priority.getResponseMinutes();
        this.resolutionMinutes = priority.getResolutionMinutes();
        this.supportLine = supportLine;
        this.status = IncidentStatus.NEW;
        this.reportedAt = reportedAt;
        this.responseDue = responseDue;
        this.resolutionDue = resolutionDue;
        this.followTokenHash = followTokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    // ---- changes, made only by IncidentService, which writes the history and the audit log ----

    void moveTo(IncidentStatus next, Instant at) {
        this.status = next;
        this.updatedAt = at;
    }

    void handOverTo(int line, Instant at) {
        this.supportLine = line;
        this.updatedAt = at;
    }

    void responded(Instant at) {
        if (respondedAt == null) {
            this.respondedAt = at;
        }
    }

    void resolved(Instant at) {
        this.resolvedAt = at;
    }

    void closed(Instant at) {
        this.closedAt = at;
    }

    void reopened() {
        this.resolvedAt = null;
        this.closedAt = null;
        if (resolutionBreached == SETTLED) {
            this.resolutionBreached = 0;
        }
    }

    void pause(Instant at) {
        this.pausedSince = at;
    }

    /** Ends a pause that lasted {@code pausedBusinessSeconds} in the calendar; the due times move with it. */
    void resume(long pausedBusinessSeconds, Instant newResponseDue, Instant newResolutionDue) {
        this.pausedSince = null;
        this.pausedSeconds += pausedBusinessSeconds;
        this.responseDue = newResponseDue;
        this.resolutionDue = newResolutionDue;
    }

    void markResponseBreached() {
        this.responseBreached = 1;
        this.breached = 1;
    }

    void markResolutionBreached() {
        this.resolutionBreached = 1;
        this.breached = 1;
    }

    /** The response came in time (or no longer matters): the breach check skips it from now on. */
    void settleResponse() {
        if (responseBreached == 0) {
            this.responseBreached = SETTLED;
        }
    }

    /** The resolution came in time: the breach check skips it until a reopen. */
    void settleResolution() {
        if (resolutionBreached == 0) {
            this.resolutionBreached = SETTLED;
        }
    }

    void responseBreachMailed() {
        this.responseBreachMailed = 1;
    }

    void resolutionBreachMailed() {
        this.resolutionBreachMailed = 1;
    }

    void markEscalated(Instant at) {
        this.escalated = 1;
        this.updatedAt = at;
    }

    void touch(Instant at) {
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Product getProduct() {
        return product;
    }

    public Long getProductId() {
        return productId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getDescription() {
        return description;
    }

    public String getReporterName() {
        return reporterName;
    }

    public String getReporterEmail() {
        return reporterEmail;
    }

    public String getReporterOrganisation() {
        return reporterOrganisation;
    }

    public String getReporterLanguage() {
        return reporterLanguage;
    }

    public IncidentMatrix getMatrix() {
        return matrix;
    }

    public String getImpactCode() {
        return impactCode;
    }

    public String getUrgencyCode() {
        return urgencyCode;
    }

    public String getPriorityCode() {
        return priorityCode;
    }

    public int getPriorityOrder() {
        return priorityOrder;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public int getResponseMinutes() {
        return responseMinutes;
    }

    public int getResolutionMinutes() {
        return resolutionMinutes;
    }

    public int getSupportLine() {
        return supportLine;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getResponseDue() {
        return responseDue;
    }

    public Instant getResolutionDue() {
        return resolutionDue;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getPausedSince() {
        return pausedSince;
    }

    public long getPausedSeconds() {
        return pausedSeconds;
    }

    public int getResponseBreached() {
        return responseBreached;
    }

    public int getResolutionBreached() {
        return resolutionBreached;
    }

    public int getBreached() {
        return breached;
    }

    public int getResponseBreachMailed() {
        return responseBreachMailed;
    }

    public int getResolutionBreachMailed() {
        return resolutionBreachMailed;
    }

    public int getEscalated() {
        return escalated;
    }

    public String getFollowTokenHash() {
        return followTokenHash;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean isResponseBreached() {
        return responseBreached == 1;
    }

    public boolean isResolutionBreached() {
        return resolutionBreached == 1;
    }

    public boolean isEscalated() {
        return escalated == 1;
    }

    public boolean isPaused() {
        return pausedSince != null;
    }
}
