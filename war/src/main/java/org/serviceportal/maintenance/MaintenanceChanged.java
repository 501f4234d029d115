package org.serviceportal.maintenance;

import org.serviceportal.platform.change.CommittedChange;

/**
 * Fired (CDI event, inside the transaction of the change) when a maintenance window is created,
 * changed or withdrawn. {@code before} is null for a new window, {@code after} null for a withdrawn
 * one.
 * <p>
 * Observers that keep a snapshot (the banner) observe it
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} without a qualifier, and so also see the
 * other nodes' changes (fired with {@link org.serviceportal.platform.change.Replicated}). Observers
 * that act on it must observe it {@code @Default}, so that they act once, on the node of the change:
 * the newsletter's announcements through the outbox observe it {@code @Default} in
 * {@code IN_PROGRESS}, in the transaction of the change.
 */
public record MaintenanceChanged(long windowId, Change change, MaintenanceView before, MaintenanceView after)
        implements CommittedChange {

    public enum Change {
        CREATED, UPDATED, CANCELLED
    }
}
