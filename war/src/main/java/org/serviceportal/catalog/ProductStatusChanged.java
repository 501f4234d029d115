package org.serviceportal.catalog;

/**
 * Fired (CDI event) when something that decides a product's status changed: an outage or a
 * maintenance window recorded, corrected or ended. Caches of status and banners refresh on it.
 */
public record ProductStatusChanged(String product) implements org.serviceportal.platform.change.CommittedChange {
}
