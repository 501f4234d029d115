package org.serviceportal.catalog;

/**
 * Fired (CDI event, synchronously, inside the transaction that creates the product) when a product
 * is added, so that features give it what every product has from its first moment (its SLA targets)
 * in the same transaction: all or nothing. Not a committed change: caches listen to
 * {@link ProductStatusChanged}.
 */
public record ProductCreated(String product) {
}
