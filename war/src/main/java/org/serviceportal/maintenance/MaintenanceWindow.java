package org.serviceportal.maintenance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.serviceportal.catalog.Product;
import org.serviceportal.platform.error.ConflictException;

/**
 * Maintenance of one or more products. Planned maintenance announced ahead is left out of the
 * availability window; unplanned maintenance is downtime like any outage.
 * <p>
 * Planned means announced: the window remembers when it was recorded as planned
 * ({@code plannedAt}) and whether it was recorded afterwards (created at or after its start), and
 * {@link #planning(Duration)} tells from those how it counts. An unplanned window cannot become
 * planned once it has started.
 */
@Entity
@Table(name = "maintenance_window")
@NamedQuery(name = MaintenanceWindow.FIND_OVERLAPPING, query = "SELECT DISTINCT m FROM MaintenanceWindow m"
        + " WHERE m.startsAt < :to AND m.endsAt > :from AND m.cancelledAt IS NULL ORDER BY m.startsAt, m.id")
@NamedQuery(name = MaintenanceWindow.FIND_OVERLAPPING_WITH_CANCELLED, query = "SELECT DISTINCT m FROM MaintenanceWindow m"
        + " WHERE m.startsAt < :to AND m.endsAt > :from ORDER BY m.startsAt, m.id")
public class MaintenanceWindow {

    public static final String FIND_OVERLAPPING = "MaintenanceWindow.findOverlapping";
    public static final String FIND_OVERLAPPING_WITH_CANCELLED = "MaintenanceWindow.findOverlappingWithCancelled";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private boolean planned;

    @Column(name = "title_nl", nullable = false, length = 200)
    private String titleNl;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "message_nl", length = 4000)
    private String messageNl;

    @Column(name = "message_en", length = 4000)
    private String messageEn;

    @ManyToMany
    @JoinTable(name = "maintenance_window_product",
            joinColumns = @JoinColumn(name = "window_id"),
            inverseJoinColumns = @JoinColumn(name = "product_id"))
    private Set<Product> products = new LinkedHashSet<>();

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by", length = 200)
    private String cancelledBy;

    /** The iCalendar SEQUENCE: bumped on every change a subscribed calendar must take over. */
    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "changed_at")
    private Instant changedAt;

    /** When it was recorded as planned: created planned, or changed to planned; null while unplanned. */
    @Column(name = "planned_at")
    private Instant plannedAt;

    /** Created at or after its start: history import or back-fill, taken as given. */
    @Column(name = "recorded_afterwards", nullable = false)
    private boolean recordedAfterwards;

    @Version
    private long version;

    protected MaintenanceWindow() {
    }

    MaintenanceWindow(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.changedAt = createdAt;
    }

    /**
     * Takes over the new values; answers whether anything a calendar or a reader sees changed (then
     * the sequence is bumped and the change time set). The first call gives a new window its values:
     * it is recorded afterwards when it starts at or before its creation, and planned since its
     * creation when it is planned. A planned window whose start moves earlier counts as announced
     * from that change (planned means announced: the earlier start was not known before).
     *
     * @throws ConflictException when an unplanned window that has started (by its start as stored or
     *                           as given) would become planned; nothing is changed then
     */
    boolean update(Instant startsAt, Instant endsAt, boolean planned, String titleNl, String titleEn, String messageNl,
            String messageEn, Set<Product> products, Instant now) {
        boolean created = this.startsAt == null;
        if (!created && planned && !this.planned && (!now.isBefore(this.startsAt) || !now.isBefore(startsAt))) {
            throw new ConflictException("admin.maintenance.startedCannotBecomePlanned");
        }
        if (created) {
            recordedAfterwards = !createdAt.isBefore(startsAt);
            plannedAt = planned ? createdAt : null;
        } else if (planned != this.planned) {
            plannedAt = planned ? now : null;
        } else if (planned && startsAt.isBefore(this.startsAt) && !takenAsGiven()) {
            // an earlier start is announced only now: its notice runs from this change, not from the
            // announcement of the later start (a start moved later keeps its notice)
            Instant announced = plannedAt == null ? createdAt : plannedAt;
            if (now.isAfter(announced)) {
                plannedAt = now;
            }
        }
        boolean same = startsAt.equals(this.startsAt) && endsAt.equals(this.endsAt) && planned == this.planned
                && titleNl.equals(this.titleNl) && titleEn.equals(this.titleEn)
                && java.util.Objects.equals(messageNl, this.messageNl)
                && java.util.Objects.equals(messageEn, this.messageEn) && products.equals(this.products);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.planned = planned;
        this.titleNl = titleNl;
        this.titleEn = titleEn;
        this.messageNl = messageNl;
        this.messageEn = messageEn;
        this.products.clear();
        this.products.addAll(products);
        if (!same && id != null) {
            sequence++;
            changedAt = now;
        }
        return !same;
    }

    /**
     * How this window counts for availability when maintenance must be announced {@code notice}
     * ahead (exactly {@code notice} ahead is enough; hours are elapsed time, so a change of summer
     * time inside the notice period neither adds nor takes an hour):
     * <ul>
     * <li>unplanned: {@link Planning#UNPLANNED};</li>
     * <li>recorded afterwards and planned from its recording: {@link Planning#RECORDED_AFTERWARDS},
     *     taken as given;</li>
     * <li>made planned at or after its start (only old data can hold this):
     *     {@link Planning#PLANNED_AFTER_START};</li>
     * <li>made planned less than {@code notice} before its start: {@link Planning#ANNOUNCED_TOO_LATE};</li>
     * <li>else {@link Planning#ANNOUNCED}.</li>
     * </ul>
     * Only {@link Planning#ANNOUNCED} and {@link Planning#RECORDED_AFTERWARDS} leave the window out
     * of availability: see {@link Planning#countsAsPlanned()}.
     */
    public Planning planning(Duration notice) {
        if (!planned) {
            return Planning.UNPLANNED;
        }
        Instant announced = plannedAt == null ? createdAt : plannedAt;
        if (takenAsGiven()) {
            return Planning.RECORDED_AFTERWARDS;
        }
        if (!announced.isBefore(startsAt)) {
            return Planning.PLANNED_AFTER_START;
        }
        return announced.isAfter(startsAt.minus(notice)) ? Planning.ANNOUNCED_TOO_LATE : Planning.ANNOUNCED;
    }

    /** Recorded afterwards as planned from its recording: history, taken as given whatever its times. */
    private boolean takenAsGiven() {
        return recordedAfterwards && (plannedAt == null ? createdAt : plannedAt).equals(createdAt);
    }

    void cancel(String by, Instant at) {
        cancelledBy = by;
        cancelledAt = at;
        changedAt = at;
        sequence++;
    }

    public Long getId() {
        return id;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public boolean isPlanned() {
        return planned;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getMessageNl() {
        return messageNl;
    }

    public String getMessageEn() {
        return messageEn;
    }

    public Set<Product> getProducts() {
        return products;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getChangedAt() {
        return changedAt == null ? createdAt : changedAt;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public boolean isRecordedAfterwards() {
        return recordedAfterwards;
    }

    public long getVersion() {
        return version;
    }
}
