package org.serviceportal.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.serviceportal.availability.OutageService;
import org.serviceportal.availability.OutageView;
import org.serviceportal.availability.Severity;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductStatus;
import org.serviceportal.catalog.ProductStatusProvider;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.maintenance.MaintenanceView;

/**
 * The live status of the products, derived from open outages and ongoing maintenance: a major
 * outage outweighs a partial one, which outweighs maintenance, which outweighs degraded service.
 */
@ApplicationScoped
public class StatusService implements ProductStatusProvider {

    /** A product's status with what causes it. */
    public record ProductStatusView(ProductView product, ProductStatus status, List<OutageView> openOutages,
            List<MaintenanceView> ongoingMaintenance) {
    }

    @Inject
    ProductService products;

    @Inject
    OutageService outages;

    @Inject
    MaintenanceService maintenance;

    @Inject
    Clock clock;

    @Inject
    org.serviceportal.availability.AvailabilityService availability;

    /** How long the status page's figures are reused when nothing changes; changes end it at once. */
    static final Duration SNAPSHOT_LIFE = Duration.ofSeconds(10);

    /** What the status page shows, without its language: statuses and each product's daily figures. */
    public record Snapshot(List<ProductStatusView> statuses,
            java.util.Map<String, List<org.serviceportal.availability.AvailabilityService.DayFigure>> history,
            Instant takenAt) {
    }

    private volatile Snapshot snapshot;

    /**
     * The status page's figures, taken at most {@link #SNAPSHOT_LIFE} ago: the page is the most read
     * of the portal, and outages change rarely. A recorded change drops the snapshot after its commit;
     * time alone (maintenance that starts or ends) is caught within the snapshot's life.
     */
    public Snapshot snapshot(int days) {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || s.takenAt().plus(SNAPSHOT_LIFE).isBefore(now)) {
            var statuses = current();
            var history = new java.util.LinkedHashMap<String, List<org.serviceportal.availability.AvailabilityService.DayFigure>>();
            for (var st : statuses) {
                history.put(st.product().code(), availability.dailyHistory(st.product().code(), days));
            }
            s = new Snapshot(statuses, java.util.Collections.unmodifiableMap(history), now);
            snapshot = s;
        }
        return s;
    }

    void statusChanged(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_COMPLETION)
            org.serviceportal.catalog.ProductStatusChanged event) {
        snapshot = null;
    }

    /** Another node changed an outage, maintenance or the calendars: the figures are taken again. */
    void changedElsewhere(@jakarta.enterprise.event.Observes(notifyObserver = jakarta.enterprise.event.Reception.IF_EXISTS)
            org.serviceportal.platform.cluster.ClusterChange change) {
        if (change.kind() != org.serviceportal.platform.cluster.ClusterChange.Kind.INCIDENTS) {
            snapshot = null;
        }
    }

    @Override
    public ProductStatus statusOf(String productCode) {
        Instant now = clock.instant();
        return status(outages.open().stream().filter(o -> o.product().equals(productCode)).toList(),
                maintenance.overlapping(productCode, now, now.plusMillis(1)));
    }

    /** Every product's status, with two queries for all of them. */
    public List<ProductStatusView> current() {
        Instant now = clock.instant();
        List<OutageView> open = outages.open();
        List<MaintenanceView> ongoing = maintenance.overlapping(null, now, now.plusMillis(1));
        return products.list().stream().map(p -> {
            var o = open.stream().filter(x -> x.product().equals(p.code())).toList();
            var m = ongoing.stream().filter(x -> x.products().contains(p.code())).toList();
            return new ProductStatusView(p, status(o, m), o, m);
        }).toList();
    }

    /** Whether an external service (such as fas) is down now: an open outage caused by it. */
    public boolean isExternalServiceDown(String externalCode) {
        return outages.open().stream().anyMatch(o -> externalCode.equals(o.causedBy())
                && o.severity() != Severity.DEGRADED);
    }

    /** Maintenance that starts within the next days, soonest first. */
    public List<MaintenanceView> upcomingMaintenance(Duration within) {
        Instant now = clock.instant();
        return maintenance.overlapping(null, now, now.plus(within)).stream()
                .filter(m -> m.startsAt().isAfter(now))
                .sorted(Comparator.comparing(MaintenanceView::startsAt)).toList();
    }

    static ProductStatus status(List<OutageView> open, List<MaintenanceView> ongoing) {
        if (open.stream().anyMatch(o -> o.severity() == Severity.MAJOR)) {
            return ProductStatus.MAJOR_OUTAGE;
        }
        if (open.stream().anyMatch(o -> o.severity() == Severity.PARTIAL)) {
            return ProductStatus.PARTIAL_OUTAGE;
        }
        if (!ongoing.isEmpty()) {
            return ProductStatus.MAINTENANCE;
        }
        if (!open.isEmpty()) {
            return ProductStatus.DEGRADED;
        }
        return ProductStatus.OPERATIONAL;
    }
}
