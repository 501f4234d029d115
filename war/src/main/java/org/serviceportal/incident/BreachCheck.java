package org.serviceportal.incident;

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
 * Every {@code portal.incident.breach-check-seconds} (default 60) marks the response and resolution
 * breaches that fell due and mails the responsible line once ({@link IncidentService#markBreaches()}, which
 * fires {@link IncidentsChanged} in its transaction when it marked any, so the board's counts follow).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class BreachCheck {

    private static final Logger LOG = Logger.getLogger(BreachCheck.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    IncidentService incidents;

    @Inject
    @ConfigProperty(name = "portal.incident.breach-check-seconds", defaultValue = "60")
    int intervalSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::check, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    private void check() {
        try {
            int marked = incidents.markBreaches();
            if (marked > 0) {
                LOG.info(() -> "Incident breaches marked: " + marked);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Incident breach check failed; it runs again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
