package org.serviceportal.availability;

import static org.serviceportal.platform.text.Texts.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.serviceportal.catalog.ExternalService;
import org.serviceportal.catalog.Product;
import org.serviceportal.platform.error.ConflictException;
import org.serviceportal.platform.error.InvalidInputException;

/** A service interruption of one product: open while {@code endedAt} is null. */
@Entity
@Table(name = "outage")
@NamedQuery(name = Outage.FIND_OVERLAPPING, query = "SELECT o FROM Outage o WHERE o.product.code = :product"
        + " AND o.startedAt < :to AND (o.endedAt IS NULL OR o.endedAt > :from) ORDER BY o.startedAt, o.id")
@NamedQuery(name = Outage.FIND_ALL_OVERLAPPING, query = "SELECT o FROM Outage o JOIN FETCH o.product"
        + " WHERE o.startedAt < :to AND (o.endedAt IS NULL OR o.endedAt > :from) ORDER BY o.startedAt, o.id")
@NamedQuery(name = Outage.FIND_RECENTLY_ENDED, query = "SELECT o FROM Outage o JOIN FETCH o.product"
        + " WHERE o.endedAt > :from AND o.endedAt <= :to ORDER BY o.endedAt DESC, o.id DESC")
@NamedQuery(name = Outage.FIND_OPEN, query = "SELECT o FROM Outage o JOIN FETCH o.product WHERE o.endedAt IS NULL"
        + " ORDER BY o.startedAt")
// Two queries rather than one with OR, by product id and foreign keys (no join), no condition on started_at:
// so that the index (product_id, ended_at) is the one to use; the caller drops those starting too late.
@NamedQuery(name = Outage.CLOSED_SPANS, query = "SELECT NEW org.serviceportal.availability.OutageSpan(o.startedAt,"
        + " o.endedAt, o.severity, o.causedById) FROM Outage o WHERE o.product.id = :product AND o.endedAt > :from")
@NamedQuery(name = Outage.OPEN_SPANS, query = "SELECT NEW org.serviceportal.availability.OutageSpan(o.startedAt,"
        + " o.endedAt, o.severity, o.causedById) FROM Outage o WHERE o.product.id = :product AND o.endedAt IS NULL")
public class Outage {

    public static final String CLOSED_SPANS = "Outage.closedSpans";
    public static final String OPEN_SPANS = "Outage.openSpans";

    public static final String FIND_OVERLAPPING = "Outage.findOverlapping";
    public static final String FIND_ALL_OVERLAPPING = "Outage.findAllOverlapping";
    public static final String FIND_OPEN = "Outage.findOpen";
    public static final String FIND_RECENTLY_ENDED = "Outage.findRecentlyEnded";

    /** The longest public title, per language. */
    static final int MAX_TITLE = 200;

    /** Message keys of the rules' refusals. */
    static final String ENDED = "admin.outages.updates.ended";
    static final String RESOLVED_BEFORE_START = "admin.outages.updates.beforeStart";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(length = 2000)
    private String cause;

    @ManyToOne
    @JoinColumn(name = "caused_by_id")
    private ExternalService causedBy;

    /** The same column, read-only: reports ask only whether there is a cause, without a join. */
    @Column(name = "caused_by_id", insertable = false, updatable = false)
    private Long causedById;

    @Column(name = "title_nl", length = 200)
    private String titleNl;

    @Column(name = "title_en", length = 200)
    private String titleEn;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Outage() {
    }

    Outage(Product product, String createdBy, Instant createdAt) {
        this.product = product;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void update(Instant startedAt, Instant endedAt, Severity severity, String cause, ExternalService causedBy) {
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.severity = severity;
        this.cause = cause;
        this.causedBy = causedBy;
    }

    /**
     * Gives the outage its public title, or takes it away: both languages or neither (blank counts as
     * none), so that no visitor reads a title in one language and a made-up one in the other.
     */
    void retitle(String nl, String en) {
        String n = blankToNull(nl);
        String e = blankToNull(en);
        if (n == null && e != null || n != null && e == null) {
            throw new InvalidInputException(n == null ? "title.nl" : "title.en",
                    "error.outage.titleLanguages");
        }
        if (n != null && (n.length() > MAX_TITLE || e.length() > MAX_TITLE)) {
            throw new InvalidInputException(n.length() > MAX_TITLE ? "title.nl" : "title.en",
                    "error.outage.titleTooLong", MAX_TITLE);
        }
        titleNl = n;
        titleEn = e;
    }

    /**
     * Posts an update of the public notice at {@code at}. An outage that has ended takes no more
     * updates; {@link UpdateStatus#RESOLVED} ends an ongoing one at that moment (so it cannot come
     * before the start).
     *
     * @return the update, for the caller to persist
     * @throws ConflictException when the outage has ended, or a resolution would end it before it began
     */
    OutageUpdate post(UpdateStatus status, String messageNl, String messageEn, String by, Instant at) {
        if (endedAt != null) {
            throw new ConflictException(ENDED);
        }
        String nl = blankToNull(messageNl);
        String en = blankToNull(messageEn);
        if (nl == null || en == null) {
            throw new InvalidInputException(nl == null ? "message.nl" : "message.en",
                    "error.outage.updateLanguages");
        }
        if (status == UpdateStatus.RESOLVED) {
            if (!at.isAfter(startedAt)) {
                throw new ConflictException(RESOLVED_BEFORE_START);
            }
            endedAt = at;
        }
        return new OutageUpdate(this, status, nl, en, at, by);
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getCause() {
        return cause;
    }

    public ExternalService getCausedBy() {
        return causedBy;
    }

    /** The public title in Dutch; null when it has none. */
    public String getTitleNl() {
        return titleNl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
