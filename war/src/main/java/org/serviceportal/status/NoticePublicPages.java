package org.serviceportal.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.serviceportal.maintenance.MaintenanceBoundaries;
import org.serviceportal.platform.web.PublicPages;

/**
 * The pages of one outage and of one maintenance window, served from snapshots per id: what people
 * open from the status page, a mail or a feed during an outage. Every change renders them again
 * (an update, a resolution); a window's page reads differently once it starts or ends.
 */
@ApplicationScoped
public class NoticePublicPages implements PublicPages {

    static final String OUTAGE = "/public/outage.xhtml";
    static final String MAINTENANCE_WINDOW = "/public/maintenance-window.xhtml";

    @Inject
    MaintenanceBoundaries boundaries;

    @Override
    public List<Page> pages() {
        return List.of(Page.of(OUTAGE, "id"), Page.of(MAINTENANCE_WINDOW, "id"));
    }

    @Override
    public Instant nextChange(Instant now) {
        return boundaries.next(now);
    }
}
