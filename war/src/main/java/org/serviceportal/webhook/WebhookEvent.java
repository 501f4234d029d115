package org.serviceportal.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events a webhook can subscribe to, by the names receivers see in {@code X-Portal-Event}. */
public enum WebhookEvent {
    OUTAGE_CREATED("outage.created"),
    OUTAGE_UPDATED("outage.updated"),
    OUTAGE_RESOLVED("outage.resolved"),
    MAINTENANCE_SCHEDULED("maintenance.scheduled"),
    MAINTENANCE_CHANGED("maintenance.changed"),
    MAINTENANCE_CANCELLED("maintenance.cancelled");

    /** The event of the "send test" action: never subscribed to, sent on request only. */
    public static final String TEST = "webhook.test";

    private final String eventName;

    WebhookEvent(String eventName) {
        this.eventName = eventName;
    }

    /** The name on the wire, e.g. {@code outage.created}. */
    public String eventName() {
        return eventName;
    }

    public static Optional<WebhookEvent> fromName(String name) {
        return Arrays.stream(values()).filter(e -> e.eventName.equals(name)).findFirst();
    }
}
