package org.serviceportal.webhook;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.serviceportal.availability.OutageChanged;
import org.serviceportal.maintenance.MaintenanceChanged;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.schedule.PeriodicTasks;

/**
 * Turns the portal's changes into deliveries, in the transaction of the change, so that a delivery
 * exists exactly when its change was committed ("nothing lost"). The events are observed
 * {@code @Default}: a change replayed from another node ({@code @Replicated}) was enqueued there.
 * Once the transaction has committed, the sender is asked for a round at once.
 */
@ApplicationScoped
public class WebhookEvents {

    @Inject
    WebhookService webhooks;

    @Inject
    WebhookPayloads payloads;

    @Inject
    PeriodicTasks tasks;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    void outageChanged(@Observes(during = TransactionPhase.IN_PROGRESS) @Default OutageChanged change) {
        WebhookEvent event = switch (change.kind()) {
            case CREATED -> WebhookEvent.OUTAGE_CREATED;
            case UPDATED -> WebhookEvent.OUTAGE_UPDATED;
            case RESOLVED -> WebhookEvent.OUTAGE_RESOLVED;
        };
        webhooks.enqueue(event, List.of(change.product()), () -> payloads.outage(event, change));
    }

    void maintenanceChanged(@Observes(during = TransactionPhase.IN_PROGRESS) @Default MaintenanceChanged change) {
        MaintenanceView window = change.after() != null ? change.after() : change.before();
        if (change.change() == MaintenanceChanged.Change.CREATED && !window.endsAt().isAfter(clock.instant())) {
            return; // recorded afterwards (history): nothing to tell
        }
        WebhookEvent event = switch (change.change()) {
            case CREATED -> WebhookEvent.MAINTENANCE_SCHEDULED;
            case UPDATED -> WebhookEvent.MAINTENANCE_CHANGED;
            case CANCELLED -> WebhookEvent.MAINTENANCE_CANCELLED;
        };
        Set<String> products = new LinkedHashSet<>(window.products());
        if (change.before() != null) {
            products.addAll(change.before().products());
        }
        webhooks.enqueue(event, products, () -> payloads.maintenance(event, window));
    }

    /** After the commit: a round now, in the background, rather than at the next interval. */
    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookService.DeliveriesQueued queued) {
        tasks.find(WebhookSender.TASK).ifPresent(task -> executor.execute(task::runNow));
    }
}
