/**
 * The ICT newsletter and the notifications by mail: subscribers with double opt-in and their consent
 * record, their products and {@link org.serviceportal.newsletter.Topic topics} (NEWSLETTER,
 * MAINTENANCE, OUTAGES), manage and unsubscribe links (RFC 8058 one-click), newsletter issues composed
 * by editors, maintenance announcements with their changes, cancellations and reminders, and outage
 * notices. Every mailing is a {@link org.serviceportal.newsletter.NewsletterIssue} of one kind, and a
 * kind belongs to one topic: only the confirmed subscribers of that topic and of one of its products
 * get it.
 *
 * <p>Rules: a subscription request answers the same whatever the address, and mails the same
 * confirmation; only a confirmed request counts. Mail goes only through the platform's outbox, in
 * the transaction of the change. An issue is dispatched in batches, one {@link
 * org.serviceportal.newsletter.IssueRecipient} per (issue, subscriber), so a resumed dispatch mails
 * nobody twice. Announcements of maintenance follow {@code MaintenanceChanged} events in the
 * transaction of the change, observed {@code @Default} so that a change replayed from another node of
 * the cluster is not announced twice; the maintenance package does not know this one. Outage notices
 * follow {@code OutageChanged} the same way ({@link org.serviceportal.newsletter.OutageNotices}, worded
 * in one method). A new window's announcement and its reminder the day before are scheduled rows
 * released by {@link org.serviceportal.newsletter.NewsletterSender}, locked when released, so each
 * goes out once.
 *
 * <p>Callers: {@code SubscriptionResource} and the public pages (anyone), {@code IssueResource},
 * {@code SubscriberResource} and the admin pages (editors, administrators; export and erasure
 * administrators only).
 */
package org.serviceportal.newsletter;
