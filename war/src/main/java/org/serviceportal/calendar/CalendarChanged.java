package org.serviceportal.calendar;

import org.serviceportal.platform.change.CommittedChange;

/**
 * Fired (CDI event, in the transaction of the change) after a change to the service windows or days
 * off: figures computed with them (calendars, due times, availability) are stale.
 * <p>
 * Observers that keep a snapshot observe it {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}
 * without a qualifier, and so also see the other nodes' changes (fired with
 * {@link org.serviceportal.platform.change.Replicated}). Observers that act on it (mail, audit, the
 * outbox) must observe it {@code @Default}, so that they act once, on the node of the change.
 */
public record CalendarChanged() implements CommittedChange {
}
