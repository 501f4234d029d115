package org.serviceportal.platform.change;

/**
 * A committed change of the portal's data that makes something computed from it stale: the one way a
 * feature announces a change. A feature fires its own record implementing this interface (CDI
 * {@code Event}) inside the transaction of the change; whoever keeps a snapshot observes that record
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, and so reads the new data.
 * <p>
 * The cluster bus carries every such event, once committed, to the other nodes and fires it there
 * with the qualifier {@link Replicated}, outside any transaction (where an {@code AFTER_SUCCESS}
 * observer is called at once): the same observer keeps a snapshot right on every node. An observer
 * that acts on a change (mail, audit, outbox) rather than forgetting a snapshot must act once, on the
 * node where the change was made: it observes the event with {@code @Default}, which the replicas
 * lack.
 * <p>
 * Implementations are records that JSON-B writes and reads back (the bus sends them as JSON): of
 * strings, numbers, enums, instants, lists and records of those.
 */
public interface CommittedChange {
}
