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
import org.serviceportal.platform.i18n.Label;
import org.serviceportal.calendar.ServiceCalendar;
import org.serviceportal.catalog.Product;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.servicedesk.Channel;

/**
 * An incident: who reported what about which product, its classification by the matrix version in
 * force then (impact, urgency, priority and the targets, copied so later matrix changes leave it
 * alone), the support line holding it, its status and its SLA clocks.
 *
 * <p>It guards its own rules: which status changes are allowed, the pause and resume of the clocks
 * (in business time of the priority's calendar, see {@link SlaClock}) and when a target is met or
 * breached. {@link IncidentService} only orchestrates: it loads the incident, calls one of the
 * methods below, and writes the history ({@link IncidentEvent}), the audit entry and the mails.
 */
@Entity
@Table(name = "incident")
@NamedQuery(name = Incident.FIND_BY_REFERENCE, query = "SELECT i FROM Incident i WHERE i.reference = :reference")
@NamedQuery(name = Incident.RESPONSE_BREACH_CANDIDATES, query = "SELECT i.id FROM Incident i"
        + " WHERE i.responseBreached = 0 AND i.responseDue < :now")
@NamedQuery(name = Incident.RESOLUTION_BREACH_CANDIDATES, query = "SELECT i.id FROM Incident i"
        + " WHERE i.resolutionBreached = 0 AND i.resolutionDue < :now")
public class Incident {

    static final String RESOLVE_REFUSED = "error.incident.resolveClosed";

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
     * The response's {@link DueState} by its code: the breach check reads only the PENDING rows, from
     * an index (an int, not an enum name or a boolean: Derby compares neither well in EclipseLink).
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

    /** What the matrix version in force gave the incident: copied, so later matrix changes leave it alone. */
    record Classification(IncidentMatrix matrix, String impact, String urgency, String priority, int priorityOrder,
            String calendar, int responseMinutes, int resolutionMinutes) {

        static Classification of(IncidentPriority p, String impact, String urgency) {
            return new Classification(p.getMatrix(), impact, urgency, p.getCode(), p.getSortOrder(),
                    p.getCalendar().getCode(), p.getResponseMinutes(), p.getResolutionMinutes());
        }
    }

    /** The reporter as the incident keeps it; {@code language} (nl or en) is that of the mails and the follow link. */
    record ReportedBy(String name, String email, String organisation, String language) {
    }

    /**
     * A new incident (status NEW) held by {@code supportLine}; both clocks start at {@code reportedAt}
     * in {@code calendar}, the calendar of the priority ({@code classification.calendar()}).
     */
    Incident(String reference, Product product, Channel channel, String description, ReportedBy reporter,
            Classification classification, ServiceCalendar calendar, int supportLine, Instant reportedAt,
            String followTokenHash, String createdBy, Instant createdAt) {
        if (!calendar.code().equals(classification.calendar())) {
            throw new IllegalArgumentException("the clocks run in " + classification.calendar() + ", not " + calendar.code());
        }
        this.reference = reference;
        this.product = product;
        this.channel = channel;
        this.description = description;
        this.reporterName = reporter.name();
        this.reporterEmail = reporter.email();
        this.reporterOrganisation = reporter.organisation();
        this.reporterLanguage = reporter.language();
        this.matrix = classification.matrix();
        this.impactCode = classification.impact();
        this.urgencyCode = classification.urgency();
        this.priorityCode = classification.priority();
        this.priorityOrder = classification.priorityOrder();
        this.calendarCode = classification.calendar();
        this.responseMinutes = classification.responseMinutes();
        this.resolutionMinutes = classification.resolutionMinutes();
        this.supportLine = supportLine;
        this.status = IncidentStatus.NEW;
        this.reportedAt = reportedAt;
        this.responseDue = SlaClock.due(calendar, reportedAt, responseMinutes, 0);
        this.resolutionDue = SlaClock.due(calendar, reportedAt, resolutionMinutes, 0);
        this.followTokenHash = followTokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    // ---- the workflow: each method checks that the step is allowed, then takes it ---------------
    //
    //   NEW --start--> IN_PROGRESS --waitForReporter--> WAITING_FOR_REPORTER (clock paused)
    //                  IN_PROGRESS <--resume / addInformation-- WAITING_FOR_REPORTER
    //   any open status --resolve--> RESOLVED --close--> CLOSED
    //   RESOLVED or CLOSED --reopen--> IN_PROGRESS
    //
    // A refused step throws InvalidInputException (400) and changes nothing. The calendar passed in
    // is the one the clocks run in ({@link #getCalendarCode()}); the service looks it up.

    /** Takes the incident: NEW → IN_PROGRESS, the first response. */
    void start(Instant now) {
        requireStatus(IncidentStatus.NEW);
        respond(now);
        moveTo(IncidentStatus.IN_PROGRESS, now);
    }

    /**
     * Hands the incident to another line: one line up at a time (1 → 2 → 3 → 4; the third line is
     * reached in writing), or back to any lower line; only while it is open.
     */
    void handOver(int line, Instant now) {
        requireOpen("error.incident.handOverClosed");
        if (line == supportLine || line > supportLine + 1 || line < 1 || line > 4) {
            throw new InvalidInputException("line", "error.incident.handOverLine");
        }
        this.supportLine = line;
        this.updatedAt = now;
    }

    /** Asks the reporter for information: IN_PROGRESS → WAITING_FOR_REPORTER; the clocks stand still from now. */
    void waitForReporter(Instant now) {
        requireStatus(IncidentStatus.IN_PROGRESS);
        this.pausedSince = now;
        moveTo(IncidentStatus.WAITING_FOR_REPORTER, now);
    }

    /** Goes on without the reporter's answer: WAITING_FOR_REPORTER → IN_PROGRESS; the due times move by the pause. */
    void resume(ServiceCalendar calendar, Instant now) {
        requireStatus(IncidentStatus.WAITING_FOR_REPORTER);
        endPause(calendar, now);
        moveTo(IncidentStatus.IN_PROGRESS, now);
    }

    /**
     * The reporter added information (not to a closed incident). Returns whether that ended a wait
     * for the reporter (WAITING_FOR_REPORTER → IN_PROGRESS, the clocks run again).
     */
    boolean addInformation(ServiceCalendar calendar, Instant now) {
        if (status == IncidentStatus.CLOSED) {
            throw new InvalidInputException("status", "error.incident.informClosed");
        }
        if (status == IncidentStatus.WAITING_FOR_REPORTER) {
            endPause(calendar, now);
            moveTo(IncidentStatus.IN_PROGRESS, now);
            return true;
        }
        this.updatedAt = now;
        return false;
    }

    /**
     * Resolves an open incident: a running pause ends, the response counts as given now if it was
     * not yet, and the resolution is met or breached by its due time.
     */
    void resolve(ServiceCalendar calendar, Instant now) {
        requireOpen(RESOLVE_REFUSED);
        if (isPaused()) {
            endPause(calendar, now);
        }
        respond(now);
        this.resolvedAt = now;
        if (now.isAfter(resolutionDue)) {
            breach(Target.RESOLUTION);
        } else if (resolutionBreached == DueState.PENDING.code()) {
            this.resolutionBreached = DueState.MET.code();
        }
        moveTo(IncidentStatus.RESOLVED, now);
    }

    /** RESOLVED → CLOSED. */
    void close(Instant now) {
        requireStatus(IncidentStatus.RESOLVED);
        this.closedAt = now;
        moveTo(IncidentStatus.CLOSED, now);
    }

    /** RESOLVED or CLOSED → IN_PROGRESS; a resolution met in time is checked again (a breach stays). */
    void reopen(Instant now) {
        requireReopenable();
        this.resolvedAt = null;
        this.closedAt = null;
        if (resolutionBreached == DueState.MET.code()) {
            this.resolutionBreached = DueState.PENDING.code();
        }
        moveTo(IncidentStatus.IN_PROGRESS, now);
    }

    /** Refuses a reporter's escalation of a closed incident (staff may still escalate it). */
    void checkReporterMayEscalate() {
        if (status == IncidentStatus.CLOSED) {
            throw new InvalidInputException("status", "error.incident.escalateClosed");
        }
    }

    void markEscalated(Instant at) {
        this.escalated = 1;
        this.updatedAt = at;
    }

    void touch(Instant at) {
        this.updatedAt = at;
    }

    // ---- the clocks -------------------------------------------------------------------------------

    /** The two targets an incident has. */
    enum Target {
        RESPONSE, RESOLUTION
    }

    /**
     * The periodic breach check of one target at {@code now}: returns true when the target is
     * breached now and was not before (the caller tells the responsible line, once). A target
     * already met, a response already given and an incident no longer open are settled instead
     * and never checked again; a due time inside a running pause is not breached (it moves on
     * resume).
     */
    boolean checkBreach(Target target, Instant now) {
        if (state(target) != DueState.PENDING) {
            return false;
        }
        boolean settled = target == Target.RESPONSE ? respondedAt != null || !status.isOpen() : !status.isOpen();
        if (settled) {
            set(target, DueState.MET);
            return false;
        }
        if (!SlaClock.isBreached(target == Target.RESPONSE ? responseDue : resolutionDue, now, pausedSince)) {
            return false;
        }
        breach(target);
        if (target == Target.RESPONSE) {
            this.responseBreachMailed = 1;
        } else {
            this.resolutionBreachMailed = 1;
        }
        return true;
    }

    /** The first response: in time meets the response target, late breaches it. */
    private void respond(Instant now) {
        if (respondedAt != null) {
            return;
        }
        this.respondedAt = now;
        if (now.isAfter(responseDue)) {
            breach(Target.RESPONSE);
        } else if (responseBreached == DueState.PENDING.code()) {
            this.responseBreached = DueState.MET.code();
        }
    }

    /** Ends a pause: its business time in the calendar is added, and both due times computed again with it. */
    private void endPause(ServiceCalendar calendar, Instant now) {
        requireCalendar(calendar);
        this.pausedSeconds += SlaClock.pausedSeconds(calendar, pausedSince, now);
        this.pausedSince = null;
        this.responseDue = SlaClock.due(calendar, reportedAt, responseMinutes, pausedSeconds);
        this.resolutionDue = SlaClock.due(calendar, reportedAt, resolutionMinutes, pausedSeconds);
    }

    private void breach(Target target) {
        set(target, DueState.BREACHED);
        this.breached = 1;
    }

    private DueState state(Target target) {
        return DueState.ofCode(target == Target.RESPONSE ? responseBreached : resolutionBreached);
    }

    private void set(Target target, DueState state) {
        if (target == Target.RESPONSE) {
            this.responseBreached = state.code();
        } else {
            this.resolutionBreached = state.code();
        }
    }

    /** Refuses any step unless the incident is {@code expected} now (for checks before the step's other input). */
    void requireStatus(IncidentStatus expected) {
        if (status != expected) {
            throw new InvalidInputException("status", "error.incident.wrongStatus",
                    Label.of("incident.status." + status.name()), Label.of("incident.status." + expected.name()));
        }
    }

    /** {@code refusal}: the bundle key of the message that refuses the step. */
    void requireOpen(String refusal) {
        if (!status.isOpen()) {
            throw new InvalidInputException("status", refusal);
        }
    }

    void requireReopenable() {
        if (status != IncidentStatus.RESOLVED && status != IncidentStatus.CLOSED) {
            throw new InvalidInputException("status", "error.incident.reopenOpen");
        }
    }

    private void requireCalendar(ServiceCalendar calendar) {
        if (!calendar.code().equals(calendarCode)) {
            throw new IllegalArgumentException("the clocks of " + reference + " run in " + calendarCode + ", not " + calendar.code());
        }
    }

    private void moveTo(IncidentStatus next, Instant at) {
        this.status = next;
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

    /** The product's code (mails and views name it). */
    public String getProductCode() {
        return product.getCode();
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

    /** Where the response target stands. */
    public DueState getResponseState() {
        return DueState.ofCode(responseBreached);
    }

    /** Where the resolution target stands. */
    public DueState getResolutionState() {
        return DueState.ofCode(resolutionBreached);
    }

    /** Which targets were missed. */
    public Breach getBreach() {
        return Breach.of(getResponseState(), getResolutionState());
    }

    /** Whether the responsible line was told of the response breach (and of the resolution breach). */
    public boolean isResponseBreachMailed() {
        return responseBreachMailed == 1;
    }

    public boolean isResolutionBreachMailed() {
        return resolutionBreachMailed == 1;
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
        return getResponseState() == DueState.BREACHED;
    }

    public boolean isResolutionBreached() {
        return getResolutionState() == DueState.BREACHED;
    }

    public boolean isEscalated() {
        return escalated == 1;
    }

    public boolean isPaused() {
        return pausedSince != null;
    }
}
