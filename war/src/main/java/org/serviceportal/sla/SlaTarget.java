package org.serviceportal.sla;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.serviceportal.calendar.CalendarDefinition;
import org.serviceportal.catalog.Product;

/**
 * The availability a product promises in a service window. Its current value is kept here; every
 * value it has had, and from when, in {@link SlaTargetPeriod}s.
 */
@Entity
@Table(name = "sla_target")
@NamedQuery(name = SlaTarget.FIND_ALL, query = "SELECT t FROM SlaTarget t JOIN FETCH t.product p JOIN FETCH t.calendar c"
        + " ORDER BY p.sortOrder, p.code, c.sortOrder")
public class SlaTarget {

    public static final String FIND_ALL = "SlaTarget.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(optional = false)
    @JoinColumn(name = "calendar_id")
    private CalendarDefinition calendar;

    @Column(name = "availability_percent", nullable = false, precision = 6, scale = 3)
    private BigDecimal availabilityPercent;

    @Column(name = "ended_at")
    private Instant endedAt;

    @OneToMany(mappedBy = "target", cascade = CascadeType.PERSIST)
    @OrderBy("validFrom")
    private List<SlaTargetPeriod> periods = new ArrayList<>();

    @Version
    private long version;

    protected SlaTarget() {
    }

    SlaTarget(Product product, CalendarDefinition calendar) {
        this.product = product;
        this.calendar = calendar;
    }

    /** Whether the target applies now (it has not ended). */
    public boolean isLive() {
        return endedAt == null;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    /** Ends the target at {@code at}: from then on the product promises nothing in this window. */
    void end(Instant at) {
        if (!isLive()) {
            throw new IllegalStateException("target " + id + " has ended already");
        }
        endedAt = at;
        if (!periods.isEmpty()) {
            periods.get(periods.size() - 1).end(at);
        }
    }

    /** Makes an ended target apply again, with a new value from {@code validFrom}; the gap stays in the history. */
    void restart(BigDecimal percent, Instant validFrom, String changedBy) {
        endedAt = null;
        change(percent, validFrom, changedBy);
    }

    /** Sets a new value from {@code validFrom} on; the old values stay in the history. */
    void change(BigDecimal percent, Instant validFrom, String changedBy) {
        if (!isLive()) {
            throw new IllegalStateException("target " + id + " has ended");
        }
        this.availabilityPercent = percent;
        periods.add(new SlaTargetPeriod(this, percent, validFrom, changedBy));
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public CalendarDefinition getCalendar() {
        return calendar;
    }

    public BigDecimal getAvailabilityPercent() {
        return availabilityPercent;
    }

    public List<SlaTargetPeriod> getPeriods() {
        return periods;
    }

    public long getVersion() {
        return version;
    }
}
