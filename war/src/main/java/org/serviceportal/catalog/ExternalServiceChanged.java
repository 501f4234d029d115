package org.serviceportal.catalog;

import org.serviceportal.platform.change.CommittedChange;

/**
 * Fired (CDI event, in the transaction of the change) when an external service changed: its names,
 * or its fall-back switched on or off or its message edited. What shows the fall-back (the status
 * page and API, the banner) keeps snapshots that observe it {@code @Observes(during =
 * TransactionPhase.AFTER_SUCCESS)} without a qualifier, and so also see the other nodes' switches.
 */
public record ExternalServiceChanged(String code, boolean fallbackActive) implements CommittedChange {
}
