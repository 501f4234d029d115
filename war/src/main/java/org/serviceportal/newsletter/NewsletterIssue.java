package org.serviceportal.newsletter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * One mailing: an editor's newsletter issue, the announcement (or change, cancellation notice or
 * reminder) of a maintenance window, or a notice of an outage. Its content is kept as sent, so it
 * records what was said and, through its {@link IssueRecipient}s, to whom. Each kind belongs to one
 * {@link Topic}: only subscribers of that topic (and of one of its products) get it.
 * <p>
 * A maintenance announcement and its reminder wait as SCHEDULED until {@code sendAfter}; the row is
 * the durable marker that makes each go out once (several nodes, restarts).
 */
@Entity
@Table(name = "newsletter_issue")
@NamedQuery(name = NewsletterIssue.FIND_ALL, query = "SELECT i FROM NewsletterIssue i ORDER BY i.createdAt DESC, i.id DESC")
@NamedQuery(name = NewsletterIssue.FIND_BY_STATUS, query = "SELECT i FROM NewsletterIssue i WHERE i.status = :status ORDER BY i.id")
@NamedQuery(name = NewsletterIssue.FIND_BY_WINDOW, query = "SELECT i FROM NewsletterIssue i WHERE i.windowId = :window ORDER BY i.id")
@NamedQuery(name = NewsletterIssue.FIND_BY_OUTAGE, query = "SELECT i FROM NewsletterIssue i WHERE i.outageId = :outage ORDER BY i.id")
@NamedQuery(name = NewsletterIssue.FIND_DUE, query = "SELECT i.id FROM NewsletterIssue i WHERE i.status = :status"
        + " AND i.sendAfter <= :now ORDER BY i.sendAfter, i.id")
public class NewsletterIssue {

    public static final String FIND_ALL = "NewsletterIssue.findAll";
    public static final String FIND_BY_STATUS = "NewsletterIssue.findByStatus";
    public static final String FIND_BY_WINDOW = "NewsletterIssue.findByWindow";
    public static final String FIND_BY_OUTAGE = "NewsletterIssue.findByOutage";
    /** Ids of the SCHEDULED mailings whose time has come, oldest first. */
    public static final String FIND_DUE = "NewsletterIssue.findDue";

    public enum Kind {
        ISSUE(Topic.NEWSLETTER),
        ANNOUNCEMENT(Topic.MAINTENANCE), CHANGE(Topic.MAINTENANCE), CANCELLATION(Topic.MAINTENANCE), REMINDER(Topic.MAINTENANCE),
        OUTAGE(Topic.OUTAGES), OUTAGE_UPDATE(Topic.OUTAGES), OUTAGE_RESOLVED(Topic.OUTAGES);

        private final Topic topic;

        Kind(Topic topic) {
            this.topic = topic;
        }

        /** The topic whose subscribers get mailings of this kind. */
        public Topic topic() {
            return topic;
        }
    }

    public enum Status {
        DRAFT, SCHEDULED, SENDING, SENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "window_id")
    private Long windowId;

    @Column(name = "outage_id")
    private Long outageId;

    /** When a SCHEDULED mailing is due. */
    @Column(name = "send_after")
    private Instant sendAfter;

    @Column(name = "subject_nl", nullable = false, length = 300)
    private String subjectNl;

    @Column(name = "subject_en", nullable = false, length = 300)
    private String subjectEn;

    @Column(name = "body_nl", nullable = false, length = 32000)
    private String bodyNl;

    @Column(name = "body_en", nullable = false, length = 32000)
    private String bodyEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_by", length = 200)
    private String sentBy;

    @Column(name = "send_started_at")
    private Instant sendStartedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @ElementCollection
    @CollectionTable(name = "newsletter_issue_product", joinColumns = @JoinColumn(name = "issue_id"))
    @Column(name = "product_code", length = 64)
    private Set<String> products = new TreeSet<>();

    @Version
    private long version;

    protected NewsletterIssue() {
    }

    NewsletterIssue(Kind kind, Long windowId, String createdBy, Instant createdAt) {
        this.kind = kind;
        this.windowId = windowId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void update(String subjectNl, String subjectEn, String bodyNl, String bodyEn, Collection<String> products) {
        this.subjectNl = subjectNl;
        this.subjectEn = subjectEn;
        this.bodyNl = bodyNl;
        this.bodyEn = bodyEn;
        this.products.clear();
        this.products.addAll(products);
    }

    /** For an outage notice: the outage it tells of. */
    void concernsOutage(long outageId) {
        this.outageId = outageId;
    }

    /** Waits until {@code at}; its content is written when it is released. */
    void schedule(Instant at) {
        status = Status.SCHEDULED;
        sendAfter = at;
    }

    void startSending(String by, Instant at) {
        status = Status.SENDING;
        sentBy = by;
        sendStartedAt = at;
    }

    void finishSending(Instant at) {
        status = Status.SENT;
        sentAt = at;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getWindowId() {
        return windowId;
    }

    public Long getOutageId() {
        return outageId;
    }

    public Instant getSendAfter() {
        return sendAfter;
    }

    public String getSubjectNl() {
        return subjectNl;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public String getBodyNl() {
        return bodyNl;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public Status getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSendStartedAt() {
        return sendStartedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Set<String> getProducts() {
        return products;
    }

    public long getVersion() {
        return version;
    }
}
