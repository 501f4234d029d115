package org.serviceportal.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.web.FormActions;

/**
 * The "announce to subscribers" button of the admin maintenance page. It lives here, not in the
 * maintenance package, so that maintenance does not depend on the newsletter.
 */
@Named
@RequestScoped
public class AnnounceMaintenance {

    @Inject
    AnnouncementService announcements;

    @Inject
    FormActions actions;

    public boolean announced(MaintenanceView w) {
        return announcements.isAnnounced(w.id());
    }

    public void announce(MaintenanceView w) {
        actions.run(() -> announcements.announce(w.id()), "admin.maintenance.announced");
    }
}
