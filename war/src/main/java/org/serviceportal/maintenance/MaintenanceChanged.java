package org.serviceportal.maintenance;

/**
 * Fired (CDI event, inside the transaction of the change) when a maintenance window is created,
 * changed or withdrawn. {@code before} is null for a new window, {@code after} null for a withdrawn
 * one. Observers that must act in the same transaction (the newsletter's announcements through the
 * outbox) observe it in {@code IN_PROGRESS}; caches observe it {@code AFTER_SUCCESS}.
 */
public record MaintenanceChanged(long windowId, Change change, MaintenanceView before, MaintenanceView after)
        implements org.serviceportal.platform.change.CommittedChange {

    public enum Change {
        CREATED, UPDATED, CANCELLED
    }
}
