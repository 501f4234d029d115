package org.serviceportal.availability;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.serviceportal.platform.web.PublicPages;

/**
 * The public availability report, served from snapshots per product, year and granularity: what
 * visitors read during an outage besides the status page. Its running period moves with time alone,
 * so it is right for at most the snapshots' maximum age; every recorded outage or maintenance makes
 * it stale at once.
 */
@ApplicationScoped
public class AvailabilityPublicPages implements PublicPages {

    @Override
    public List<Page> pages() {
        return List.of(Page.of("/public/availability.xhtml", "product", "year", "per"));
    }
}
