package org.serviceportal.newsletter;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code portal.newsletter.dispatch-interval-seconds} resumes the dispatch of each issue that
 * is SENDING, so an issue whose dispatch was cut off (restart, crash) is finished by the next start.
 * Mail goes to the outbox whether or not an SMTP server is set.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class NewsletterSender {

    private static final Logger LOG = Logger.getLogger(NewsletterSender.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    NewsletterDispatch dispatch;

    @Inject
    @ConfigProperty(name = "portal.newsletter.dispatch-interval-seconds", defaultValue = "5")
    long intervalSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        long interval = Math.max(1, intervalSeconds);
        task = scheduler.scheduleWithFixedDelay(this::run, interval, interval, TimeUnit.SECONDS);
    }

    private void run() {
        try {
            for (Long id : dispatch.sending()) {
                dispatch.dispatch(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Newsletter dispatch round failed; it is resumed in the next round", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
