package org.serviceportal.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.serviceportal.maintenance.MaintenanceBoundaries;
import org.serviceportal.platform.web.PublicPages;

/** The maintenance page (for all products or one), served from snapshots; a window that starts or ends changes it. */
@ApplicationScoped
public class MaintenancePublicPages implements PublicPages {

    @Inject
    MaintenanceBoundaries boundaries;

    @Override
    public List<Page> pages() {
        return List.of(Page.of("/public/maintenance.xhtml", "product"));
    }

    @Override
    public Instant nextChange(Instant now) {
        return boundaries.next(now);
    }
}
