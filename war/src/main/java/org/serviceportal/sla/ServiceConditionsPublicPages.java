package org.serviceportal.sla;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.serviceportal.platform.web.PublicPages;

/** The service-conditions page (SLA targets and the incident matrix), served from snapshots. */
@ApplicationScoped
public class ServiceConditionsPublicPages implements PublicPages {

    @Override
    public List<Page> pages() {
        return List.of(Page.of("/public/conditions.xhtml"));
    }
}
