package org.serviceportal.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.serviceportal.platform.schedule.PeriodicTasks;

/**
 * Sends due webhook deliveries every {@code portal.webhooks.send-interval-seconds} (the periodic task
 * {@value #TASK}): retries, and what was pending when the portal stopped. New deliveries are sent at
 * once after their change commits ({@link WebhookEvents}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class WebhookSender {

    public static final String TASK = "webhook-sender";

    @Inject
    PeriodicTasks tasks;

    @Inject
    WebhookSettings settings;

    @Inject
    DeliveryRound round;

    @PostConstruct
    void start() {
        tasks.start(TASK, settings.sendInterval(), settings.sendInterval(), round::deliverDue);
    }
}
