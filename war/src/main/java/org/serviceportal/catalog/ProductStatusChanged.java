package org.serviceportal.catalog;

import org.serviceportal.platform.change.CommittedChange;

/**
 * Fired (CDI event, in the transaction of the change) when something that decides a product's status
 * changed: an outage or a maintenance window recorded, corrected or ended, or the product itself
 * created or changed.
 * <p>
 * Observers that keep a snapshot (status, banners, availability) observe it
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} without a qualifier, and so also see the
 * other nodes' changes (fired with {@link org.serviceportal.platform.change.Replicated}). Observers
 * that act on it (mail, audit, the outbox) must observe it {@code @Default}, so that they act once,
 * on the node of the change.
 */
public record ProductStatusChanged(String product) implements CommittedChange {
}
