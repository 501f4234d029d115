package org.serviceportal.availability;

import org.serviceportal.platform.change.CommittedChange;

/**
 * Fired (CDI event, inside the transaction of the change) when an outage is recorded, corrected, given
 * a public update, or resolved (ended), live: the history import fires none, since nobody is to be told
 * of the past. {@code updateId} names the notice update that caused it, when one did.
 * <p>
 * Observers that tell people (mail, webhooks) observe it {@code @Default}, so that they act once, on the
 * node of the change, and read the outage by {@code outageId}.
 */
public record OutageChanged(long outageId, String product, Kind kind, Long updateId) implements CommittedChange {

    public enum Kind {
        /** A new outage was recorded. */
        CREATED,
        /** An outage was corrected or got a public update while it goes on. */
        UPDATED,
        /** An ongoing outage ended (closed, or an update RESOLVED it). */
        RESOLVED
    }
}
