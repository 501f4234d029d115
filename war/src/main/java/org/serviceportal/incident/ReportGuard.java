package org.serviceportal.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceportal.platform.web.RateLimiter;

/**
 * Anti-automation for anonymous incident reports (web form and API): at most
 * {@code portal.incident.reports-per-hour} reports per client address per hour. The web form adds a
 * honeypot field and a minimum fill time. No outside CAPTCHA service.
 */
@ApplicationScoped
public class ReportGuard {

    static final String ACTION = "incident-report";

    /** A person needs at least this long to fill in the form; a script posting faster is refused. */
    static final Duration MINIMUM_FILL_TIME = Duration.ofSeconds(3);

    @Inject
    RateLimiter limiter;

    @Inject
    @ConfigProperty(name = "portal.incident.reports-per-hour", defaultValue = "20")
    int reportsPerHour;

    /** Counts one report from this address; 429 (TooManyRequestsException) over the limit. */
    public void check(String address) {
        limiter.acquire(ACTION, address, reportsPerHour, Duration.ofHours(1));
    }

    /** Counts one report from this address; false over the limit (for the web form's message). */
    public boolean tryReport(String address) {
        return limiter.tryAcquire(ACTION, address, reportsPerHour, Duration.ofHours(1));
    }
}
