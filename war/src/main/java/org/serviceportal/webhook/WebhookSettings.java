package org.serviceportal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The webhooks' settings (docs/operations.md). */
@ApplicationScoped
public class WebhookSettings {

    /** Connecting to a receiver may take this long. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A receiver must answer within this, or the attempt counts as failed. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "portal.webhooks.allow-private-targets", defaultValue = "false")
    boolean allowPrivateTargets;

    @Inject
    @ConfigProperty(name = "portal.webhooks.send-interval-seconds", defaultValue = "5")
    int sendIntervalSeconds;

    /** Whether webhooks may target loopback and private addresses over plain http (tests, an internal chat server). */
    public boolean allowPrivateTargets() {
        return allowPrivateTargets;
    }

    /** How often due deliveries are looked for (new ones are also sent at once after their change commits). */
    public Duration sendInterval() {
        return Duration.ofSeconds(Math.max(1, sendIntervalSeconds));
    }
}
