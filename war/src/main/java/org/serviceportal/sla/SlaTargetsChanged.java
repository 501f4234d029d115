package org.serviceportal.sla;

import org.serviceportal.platform.change.CommittedChange;

/**
 * Fired (CDI event) by {@link SlaTargetService} in the transaction that adds, changes or ends a
 * product's SLA target (a new product's default targets too): what shows the targets (the service
 * conditions) is stale after it. Snapshots observe it {@code AFTER_SUCCESS}; see {@link CommittedChange}.
 *
 * @param product the product's code
 */
public record SlaTargetsChanged(String product) implements CommittedChange {
}
