package org.serviceportal.incident;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceportal.platform.schedule.PeriodicTasks;

/**
 * Every {@code portal.incident.breach-check-seconds} (default 60) marks the response and resolution
 * breaches that fell due and mails the responsible line once ({@link IncidentService#markBreaches()}, which
 * fires {@link IncidentsChanged} in its transaction when it marked any, so the board's counts follow):
 * the periodic task {@value #TASK}.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class BreachCheck {

    public static final String TASK = "breach-check";

    private static final Logger LOG = Logger.getLogger(BreachCheck.class.getName());

    @Inject
    PeriodicTasks tasks;

    @Inject
    IncidentService incidents;

    @Inject
    @ConfigProperty(name = "portal.incident.breach-check-seconds", defaultValue = "60")
    int intervalSeconds;

    @PostConstruct
    void start() {
        Duration interval = Duration.ofSeconds(Math.max(1, intervalSeconds));
        tasks.start(TASK, interval, interval, this::check);
    }

    private void check() {
        int marked = incidents.markBreaches();
        if (marked > 0) {
            LOG.info(() -> "Incident breaches marked: " + marked);
        }
    }
}
