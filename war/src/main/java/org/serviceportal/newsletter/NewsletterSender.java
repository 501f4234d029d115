package org.serviceportal.newsletter;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceportal.platform.schedule.PeriodicTasks;

/**
 * Every {@code portal.newsletter.dispatch-interval-seconds} releases the scheduled maintenance
 * announcements and reminders that are due, and resumes the dispatch of each issue that is SENDING, so an issue whose dispatch was cut off (restart, crash) is finished by the next start:
 * the periodic task {@value #TASK}. Mail goes to the outbox whether or not an SMTP server is set.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class NewsletterSender {

    public static final String TASK = "newsletter-sender";

    @Inject
    PeriodicTasks tasks;

    @Inject
    NewsletterDispatch dispatch;

    @Inject
    AnnouncementService announcements;

    @Inject
    @ConfigProperty(name = "portal.newsletter.dispatch-interval-seconds", defaultValue = "5")
    long intervalSeconds;

    @PostConstruct
    void start() {
        Duration interval = Duration.ofSeconds(Math.max(1, intervalSeconds));
        tasks.start(TASK, interval, interval, this::run);
    }

    private void run() {
        announcements.releaseDue();
        for (Long id : dispatch.sending()) {
            dispatch.dispatch(id);
        }
    }
}
