/**
 * The ICT newsletter: subscribers with double opt-in and their consent record, manage and
 * unsubscribe links (RFC 8058 one-click), newsletter issues composed by editors, and maintenance
 * announcements with their changes and cancellations.
 *
 * <p>Rules: a subscription request answers the same whatever the address, and mails the same
 * confirmation; only a confirmed request counts. Mail goes only through the platform's outbox, in
 * the transaction of the change. An issue is dispatched in batches, one {@link
 * org.serviceportal.newsletter.IssueRecipient} per (issue, subscriber), so a resumed dispatch mails
 * nobody twice. Announcements of maintenance follow {@code MaintenanceChanged} events in the
 * transaction of the change, observed {@code @Default} so that a change replayed from another node of
 * the cluster is not announced twice; the maintenance package does not know this one.
 *
 * <p>Callers: {@code SubscriptionResource} and the public pages (anyone), {@code IssueResource},
 * {@code SubscriberResource} and the admin pages (editors, administrators; export and erasure
 * administrators only).
 */
package org.serviceportal.newsletter;
