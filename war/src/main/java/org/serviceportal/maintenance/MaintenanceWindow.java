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
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.serviceportal.catalog.Product;

/**
 * Maintenance of one or more products. Planned maintenance announced ahead is left out of the
 * availability window; unplanned maintenance is downtime like any outage.
 */
@Entity
@Table(name = "maintenance_window")
@NamedQuery(name = MaintenanceWindow.FIND_OVERLAPPING, query = "SELECT DISTINCT m FROM MaintenanceWindow m"
        + " WHERE m.startsAt < :to AND m.endsAt > :from ORDER BY m.startsAt, m.id")
public class MaintenanceWindow {

    public static final String FIND_OVERLAPPING = "MaintenanceWindow.findOverlapping";

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

    @Version
    private long version;

    protected MaintenanceWindow() {
    }

    MaintenanceWindow(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void update(Instant startsAt, Instant endsAt, boolean planned, String titleNl, String titleEn, String messageNl,
            String messageEn, Set<Product> products) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.planned = planned;
        this.titleNl = titleNl;
        this.titleEn = titleEn;
        this.messageNl = messageNl;
        this.messageEn = messageEn;
        this.products.clear();
        this.products.addAll(products);
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

    public long getVersion() {
        return version;
    }
}
