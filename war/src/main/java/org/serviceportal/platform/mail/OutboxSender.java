package org.serviceportal.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.serviceportal.platform.config.PortalSettings;

/**
 * Delivers the outbox every {@code portal.mail.send-interval-seconds}. Without an SMTP server in the
 * settings it does nothing: mail stays in the outbox, readable by administrators.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PortalSettings settings;

    @Inject
    OutboxDelivery delivery;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        if (settings.smtpHost().isEmpty()) {
            LOG.info("No SMTP server set (portal.smtp.host): mail stays in the outbox");
            return;
        }
        long interval = settings.mailSendInterval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::deliver, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void deliver() {
        try {
            delivery.deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox delivery round failed; it is tried again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
