/**
 * Webhooks: administrators register an https address with the events it wants (outages created,
 * updated, resolved; maintenance scheduled, changed, cancelled), optionally limited to products, as
 * JSON or as chat text (Microsoft Teams and Slack incoming webhooks). The secret returned once at
 * registration signs every delivery ({@code X-Portal-Signature}, HMAC-SHA256 of the body).
 * <p>
 * Rules:
 * <ul>
 * <li>Deliveries are enqueued in the transaction of the change ({@link org.serviceportal.webhook.WebhookEvents}
 * observes {@code OutageChanged} and {@code MaintenanceChanged} {@code @Default}, on the node of the
 * change), so one exists exactly when the change was committed.</li>
 * <li>{@link org.serviceportal.webhook.DeliveryRound} sends them as the mail outbox sends mail: the
 * row is locked for the send, so a delivery is made by one node; a 2xx ends it, anything else is
 * retried with back-off with the same delivery id until {@link org.serviceportal.webhook.WebhookDelivery#MAX_ATTEMPTS}.</li>
 * <li>Targets on loopback, private, link-local and other internal addresses are refused (against
 * server-side request forgery) at registration and again at each delivery after DNS resolution,
 * unless {@code portal.webhooks.allow-private-targets} is set ({@link org.serviceportal.webhook.WebhookTargets}).</li>
 * </ul>
 * Used by its REST resource and admin page only; it reads the availability, maintenance and catalog
 * features through their services, and nothing depends on it but the admin dashboard.
 */
package org.serviceportal.webhook;
