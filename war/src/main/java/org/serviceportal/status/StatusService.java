package org.serviceportal.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.serviceportal.availability.AvailabilityService;
import org.serviceportal.availability.OutageService;
import org.serviceportal.availability.OutageView;
import org.serviceportal.availability.Severity;
import org.serviceportal.catalog.ExternalServiceChanged;
import org.serviceportal.catalog.ExternalServiceView;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductStatus;
import org.serviceportal.catalog.ProductStatusChanged;
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
    AvailabilityService availability;

    /**
     * The longest the status page's figures are reused: today's bar grows with an open outage. Changes
     * and the start or end of maintenance end it at once.
     */
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    /**
     * What the status page shows, without its language: statuses, each product's daily figures, and
     * the external services with their own status and fall-back.
     */
    public record Snapshot(List<ProductStatusView> statuses,
            Map<String, List<AvailabilityService.DayFigure>> history, List<ExternalStatusView> externals,
            Instant takenAt) {
    }

    /** An external service now: its status from the open outages it causes, and the products that depend on it. */
    public record ExternalStatusView(ExternalServiceView service, ProductStatus status, List<ProductView> dependents) {

        /** Whether it is down now (a partial or major outage that it causes): what the public must be told. */
        public boolean isDown() {
            return status == ProductStatus.PARTIAL_OUTAGE || status == ProductStatus.MAJOR_OUTAGE;
        }
    }

    /** One snapshot per length of history asked for (the status page asks for one). */
    private final ConcurrentHashMap<Integer, org.serviceportal.platform.change.Snapshot<Snapshot>> snapshots =
            new ConcurrentHashMap<>();

    /**
     * The status page's figures: the page is the most read of the portal, and outages change rarely.
     * A snapshot, stale after a committed change of a product's status (on any node), at the next start
     * or end of maintenance, at midnight (Brussels) and after {@link #MAX_AGE}.
     */
    public Snapshot snapshot(int days) {
        var s = snapshots.get(days);
        if (s == null) {
            s = snapshots.computeIfAbsent(days,
                    d -> new org.serviceportal.platform.change.Snapshot<>(clock, now -> build(now, d)));
        }
        return s.get();
    }

    void statusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductStatusChanged event) {
        snapshots.values().forEach(org.serviceportal.platform.change.Snapshot::invalidate);
    }

    /** The snapshot holds the external services too (their names, their fall-back). */
    void externalChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExternalServiceChanged event) {
        snapshots.values().forEach(org.serviceportal.platform.change.Snapshot::invalidate);
    }

    private org.serviceportal.platform.change.Snapshot.Built<Snapshot> build(Instant now, int days) {
        Instant until = now.plus(MAX_AGE);
        List<MaintenanceView> soon = maintenance.overlapping(null, now, until);
        var statuses = current(soon.stream().filter(m -> m.isOngoingAt(now)).toList());
        var history = new LinkedHashMap<String, List<AvailabilityService.DayFigure>>();
        for (var st : statuses) {
            history.put(st.product().code(), availability.dailyHistory(st.product().code(), days));
        }
        for (MaintenanceView m : soon) {
            for (Instant t : List.of(m.startsAt(), m.endsAt())) {
                if (t.isAfter(now) && t.isBefore(until)) {
                    until = t;
                }
            }
        }
        Instant midnight = now.atZone(AvailabilityService.ZONE).toLocalDate().plusDays(1)
                .atStartOfDay(AvailabilityService.ZONE).toInstant();
        if (midnight.isBefore(until)) {
            until = midnight;
        }
        List<OutageView> open = statuses.stream().flatMap(st -> st.openOutages().stream()).toList();
        List<ExternalStatusView> externals = products.externalServices().stream()
                .map(e -> new ExternalStatusView(e, externalStatus(open, e.code()),
                        statuses.stream().map(ProductStatusView::product)
                                .filter(p -> p.dependsOnExternal().contains(e.code())).toList()))
                .toList();
        return org.serviceportal.platform.change.Snapshot.Built.until(
                new Snapshot(statuses, Collections.unmodifiableMap(history), externals, now), until);
    }

    @Override
    public ProductStatus statusOf(String productCode) {
        Instant now = clock.instant();
        return status(outages.open().stream().filter(o -> o.product().equals(productCode)).toList(),
                maintenance.overlapping(productCode, now, now.plusMillis(1)));
    }

    @Override
    public ProductStatus statusOfExternal(String externalCode) {
        return externalStatus(outages.open(), externalCode);
    }

    /** Every product's status, with two queries for all of them. */
    public List<ProductStatusView> current() {
        Instant now = clock.instant();
        return current(maintenance.overlapping(null, now, now.plusMillis(1)));
    }

    private List<ProductStatusView> current(List<MaintenanceView> ongoing) {
        List<OutageView> open = outages.open();
        return products.list().stream().map(p -> {
            var o = open.stream().filter(x -> x.product().equals(p.code())).toList();
            var m = ongoing.stream().filter(x -> x.products().contains(p.code())).toList();
            return new ProductStatusView(p, status(o, m), o, m);
        }).toList();
    }

    /**
     * An external service's status from these open outages: the worst of those it causes (degraded,
     * partial, major), operational when it causes none.
     */
    public static ProductStatus externalStatus(List<OutageView> open, String code) {
        Severity worst = null;
        for (OutageView o : open) {
            if (code.equals(o.causedBy()) && (worst == null || o.severity().compareTo(worst) > 0)) {
                worst = o.severity();
            }
        }
        if (worst == null) {
            return ProductStatus.OPERATIONAL;
        }
        return switch (worst) {
            case MAJOR -> ProductStatus.MAJOR_OUTAGE;
            case PARTIAL -> ProductStatus.PARTIAL_OUTAGE;
            case DEGRADED -> ProductStatus.DEGRADED;
        };
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
