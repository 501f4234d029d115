package org.serviceportal.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.serviceportal.platform.config.PortalSettings;
import org.serviceportal.platform.schedule.PeriodicTasks;

/**
 * Delivers the outbox every {@code portal.mail.send-interval-seconds} (the periodic task
 * {@value #TASK}). Without an SMTP server in the settings it does nothing: mail stays in the outbox,
 * readable by administrators.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class OutboxSender {

    public static final String TASK = "outbox-sender";

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Inject
    PeriodicTasks tasks;

    @Inject
    PortalSettings settings;

    @Inject
    OutboxDelivery delivery;

    @PostConstruct
    void start() {
        if (settings.smtpHost().isEmpty()) {
            LOG.info("No SMTP server set (portal.smtp.host): mail stays in the outbox");
            return;
        }
        tasks.start(TASK, settings.mailSendInterval(), settings.mailSendInterval(), delivery::deliverDue);
    }
}
