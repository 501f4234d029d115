package org.serviceportal.setup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.serviceportal.availability.OutageService;
import org.serviceportal.incident.IncidentBoard;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.mail.MailOutbox;
import org.serviceportal.platform.mail.OutboxMessage;
import org.serviceportal.platform.security.Role;
import org.serviceportal.webhook.WebhookService;

/**
 * The admin home: the setup checklist (administrators) and today's counts (open incidents per
 * priority and breached, ongoing outages, maintenance in the coming week, mail the outbox gave up on, webhook deliveries given up).
 * Each figure is read once per request.
 */
@Named
@RequestScoped
public class Dashboard {

    /** How far ahead "upcoming maintenance" looks. */
    static final Duration AHEAD = Duration.ofDays(7);

    @Inject
    SetupService setup;

    @Inject
    CurrentLanguage lang;

    @Inject
    SecurityContext security;

    @Inject
    IncidentBoard board;

    @Inject
    OutageService outages;

    @Inject
    MaintenanceService maintenance;

    @Inject
    MailOutbox outbox;

    @Inject
    WebhookService webhooks;

    @Inject
    Clock clock;

    private List<SetupItem> checklist;
    private Map<String, Long> openPerPriority;
    private Long breached;
    private Integer ongoingOutages;
    private Integer upcomingMaintenance;
    private Long failedMails;
    private Long failedWebhookDeliveries;

    public boolean isAdministrator() {
        return security.isCallerInRole(Role.ADMINISTRATOR_NAME);
    }

    public boolean isOperator() {
        return isAdministrator() || security.isCallerInRole(Role.OPERATOR_NAME);
    }

    public List<SetupItem> getChecklist() {
        if (checklist == null) {
            checklist = isAdministrator() ? setup.checklist(lang.getLanguage()) : List.of();
        }
        return checklist;
    }

    public long getOpenItems() {
        return getChecklist().stream().filter(i -> !i.done()).count();
    }

    /** Open incidents per priority code, in the order of the codes (P1, P2, …). */
    public List<Map.Entry<String, Long>> getOpenPerPriority() {
        if (openPerPriority == null) {
            openPerPriority = board.counts().perPriority();
        }
        return List.copyOf(openPerPriority.entrySet());
    }

    public long getOpenTotal() {
        return getOpenPerPriority().stream().mapToLong(Map.Entry::getValue).sum();
    }

    public long getBreached() {
        if (breached == null) {
            breached = board.openBreached();
        }
        return breached;
    }

    public int getOngoingOutages() {
        if (ongoingOutages == null) {
            ongoingOutages = outages.open().size();
        }
        return ongoingOutages;
    }

    public int getUpcomingMaintenance() {
        if (upcomingMaintenance == null) {
            Instant now = clock.instant();
            upcomingMaintenance = maintenance.overlapping(null, now, now.plus(AHEAD)).size();
        }
        return upcomingMaintenance;
    }

    public long getFailedMails() {
        if (failedMails == null) {
            failedMails = isAdministrator() ? outbox.count(OutboxMessage.Status.FAILED) : 0L;
        }
        return failedMails;
    }

    /** Webhook deliveries given up, for administrators; the page shows the figure only when there are some. */
    public long getFailedWebhookDeliveries() {
        if (failedWebhookDeliveries == null) {
            failedWebhookDeliveries = isAdministrator() ? webhooks.failedCount() : 0L;
        }
        return failedWebhookDeliveries;
    }
}
