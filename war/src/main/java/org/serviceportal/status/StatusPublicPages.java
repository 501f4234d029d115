package org.serviceportal.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.serviceportal.maintenance.MaintenanceBoundaries;
import org.serviceportal.platform.web.PublicPages;

/**
 * The status page, served from snapshots. It reads differently when a maintenance window starts or
 * ends (a product's status) and at midnight in Brussels (the 90-day bars move by a day).
 */
@ApplicationScoped
public class StatusPublicPages implements PublicPages {

    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    @Inject
    MaintenanceBoundaries boundaries;

    @Override
    public List<Page> pages() {
        return List.of(Page.of("/public/status.xhtml"));
    }

    @Override
    public Instant nextChange(Instant now) {
        Instant midnight = nextMidnight(now);
        Instant maintenance = boundaries.next(now);
        return maintenance != null && maintenance.isBefore(midnight) ? maintenance : midnight;
    }

    static Instant nextMidnight(Instant now) {
        LocalDate today = now.atZone(ZONE).toLocalDate();
        return today.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
