package org.serviceportal.incident;

import org.serviceportal.platform.change.CommittedChange;

/**
 * Fired (CDI event) by {@link IncidentService} in the transaction of every change of an incident: a
 * report (web form, API), an operator's action, the reporter's information or escalation, breaches
 * marked by the breach check. Whatever is computed over many incidents (the board's counts) is
 * stale after it.
 * <p>
 * Observers that keep a snapshot observe it {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}
 * without a qualifier, and so also see the other nodes' changes (fired with
 * {@link org.serviceportal.platform.change.Replicated}). Observers that act on it (mail, audit, the
 * outbox) must observe it {@code @Default}, so that they act once, on the node of the change.
 *
 * @param reference the incident's reference; {@code null} when the change concerned several (breaches)
 */
public record IncidentsChanged(String reference) implements CommittedChange {
}
