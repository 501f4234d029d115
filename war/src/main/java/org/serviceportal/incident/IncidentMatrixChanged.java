package org.serviceportal.incident;

import org.serviceportal.platform.change.CommittedChange;

/**
 * Fired (CDI event) by {@link IncidentMatrixService} in the transaction that writes a new version of
 * the incident matrix or confirms one: the public pages that show the matrix (and whether it is
 * provisional) are stale after it. Snapshots observe it {@code AFTER_SUCCESS}; see {@link CommittedChange}.
 *
 * @param version the version written or confirmed
 */
public record IncidentMatrixChanged(int version) implements CommittedChange {
}
