package org.serviceportal.maintenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * When maintenance next changes by time alone: the next start or end of a window. What is shown
 * from it (a status, a banner, a page) is right until then; snapshots ask for it.
 */
@ApplicationScoped
public class MaintenanceBoundaries {

    /** How far ahead windows are read; a snapshot is rebuilt more often than this anyway. */
    static final Duration LOOK_AHEAD = Duration.ofDays(2);

    @Inject
    MaintenanceService maintenance;

    /** The first start or end of a window after {@code now} within two days; null if none. */
    public Instant next(Instant now) {
        Instant next = null;
        for (MaintenanceView w : maintenance.overlapping(null, now, now.plus(LOOK_AHEAD))) {
            for (Instant t : new Instant[] {w.startsAt(), w.endsAt()}) {
                if (t.isAfter(now) && (next == null || t.isBefore(next))) {
                    next = t;
                }
            }
        }
        return next;
    }
}
