package org.serviceportal.status;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.error.NotFoundException;

/**
 * The public page of one maintenance window ({@code /public/maintenance-window.xhtml?id=N}): its
 * title, products, planned or not, start and end, how long, whether it is upcoming, going on, over or
 * cancelled, and its message. An unknown or malformed id answers 404.
 */
@Named
@RequestScoped
public class MaintenanceWindowPage {

    @Inject
    MaintenanceService maintenance;

    @Inject
    Clock clock;

    private MaintenanceView window;

    /** Loads the window of the {@code id} parameter (view action); none: the 404 page. */
    public void load() {
        window = PermalinkIds.load(id -> {
            try {
                return Optional.of(maintenance.get(id));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    public MaintenanceView getWindow() {
        return window;
    }

    /** upcoming, ongoing, ended or cancelled: a key of the page's texts. */
    public String getState() {
        Instant now = clock.instant();
        if (window.isCancelled()) {
            return "cancelled";
        }
        if (window.isOngoingAt(now)) {
            return "ongoing";
        }
        return window.startsAt().isAfter(now) ? "upcoming" : "ended";
    }
}
