package org.serviceportal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.NotFoundException;

/**
 * Registers, lists and deletes webhooks, keeps their delivery log, and enqueues deliveries (in the
 * caller's transaction) for {@link DeliveryRound} to send. Every change is audited; the secret never
 * is, and is handed out once, by {@link #register}.
 */
@ApplicationScoped
public class WebhookService {

    /** A webhook just registered: the secret appears here and nowhere else. */
    public record RegisteredWebhook(long id, String secret) {
    }

    /** What administrators see of a webhook (never its secret). */
    public record WebhookView(long id, String url, List<String> events, List<String> products, Webhook.Format format,
            String createdBy, Instant createdAt) implements java.io.Serializable {
    }

    /**
     * One delivery as the log shows it; {@code id} is the delivery id receivers see
     * ({@code X-Portal-Delivery}).
     */
    public record DeliveryView(String id, String event, WebhookDelivery.Status status, int attempts, Instant createdAt,
            Instant lastAttemptAt, Integer lastStatus, String lastError, Instant nextAttemptAt, Instant deliveredAt)
            implements java.io.Serializable {
    }

    /** Fired in the transaction that enqueued deliveries, so that they are sent as soon as it commits. */
    public record DeliveriesQueued(int count) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    AuditLog audit;

    @Inject
    ProductService products;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookPayloads payloads;

    @Inject
    Event<DeliveriesQueued> queued;

    /**
     * Registers a webhook: {@code url} must be a permitted target ({@link WebhookTargets}),
     * {@code events} known event names (at least one), {@code products} known product codes (none:
     * every product), {@code format} JSON unless given.
     *
     * @throws WebhookInputException when one of them is not
     */
    @Transactional
    public RegisteredWebhook register(String url, Collection<String> events, Collection<String> productCodes,
            Webhook.Format format) {
        String target = url == null ? null : url.strip();
        if (target != null && target.length() > 2000) {
            throw new WebhookInputException("url", "webhook.error.url", target.substring(0, 60) + "…");
        }
        var refusal = WebhookTargets.check(target, settings.allowPrivateTargets(), WebhookTargets.DNS);
        if (refusal.isPresent()) {
            throw new WebhookInputException("url", refusal.get().key(), refusal.get().argument());
        }
        Set<WebhookEvent> wanted = new LinkedHashSet<>();
        for (String name : events == null ? List.<String>of() : events) {
            wanted.add(WebhookEvent.fromName(name == null ? "" : name.strip())
                    .orElseThrow(() -> new WebhookInputException("events", "webhook.error.unknownEvent", String.valueOf(name))));
        }
        if (wanted.isEmpty()) {
            throw new WebhookInputException("events", "webhook.error.noEvents", "");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : productCodes == null ? List.<String>of() : productCodes) {
            String c = code == null ? "" : code.strip();
            codes.add(products.find(c).map(p -> p.code())
                    .orElseThrow(() -> new WebhookInputException("products", "webhook.error.unknownProduct", c)));
        }
        String secret = WebhookSignature.newSecret();
        var webhook = new Webhook(target, format == null ? Webhook.Format.JSON : format, secret, wanted, codes, actor(),
                clock.instant());
        em.persist(webhook);
        em.flush();
        audit.created("Webhook", webhook.getId(), view(webhook));
        return new RegisteredWebhook(webhook.getId(), secret);
    }

    /** The webhooks in use (not deleted), oldest first. */
    public List<WebhookView> list() {
        return em.createNamedQuery(Webhook.FIND_ACTIVE, Webhook.class).getResultStream().map(WebhookService::view).toList();
    }

    /** A webhook in use. */
    public WebhookView get(long id) {
        return view(active(id));
    }

    /** Deletes a webhook: nothing more is delivered to it (deliveries not yet made are cancelled); its log stays. */
    @Transactional
    public void delete(long id) {
        Webhook webhook = active(id);
        var before = view(webhook);
        webhook.delete(actor(), clock.instant());
        em.createNamedQuery(WebhookDelivery.CANCEL_PENDING).setParameter("cancelled", WebhookDelivery.Status.CANCELLED)
                .setParameter("webhook", id).setParameter("pending", WebhookDelivery.Status.PENDING).executeUpdate();
        audit.deleted("Webhook", id, before);
    }

    /** The delivery log of a webhook, newest first. */
    public List<DeliveryView> deliveries(long webhookId, int first, int max) {
        active(webhookId);
        return em.createNamedQuery(WebhookDelivery.FIND_BY_WEBHOOK, WebhookDelivery.class).setParameter("webhook", webhookId)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultStream().map(WebhookService::view).toList();
    }

    /** Queues a test delivery (event {@value WebhookEvent#TEST}) to the webhook; answers it. */
    @Transactional
    public DeliveryView sendTest(long webhookId) {
        Webhook webhook = active(webhookId);
        WebhookDelivery d = enqueue(webhook, payloads.test(webhookId));
        queued.fire(new DeliveriesQueued(1));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("webhook", webhookId);
        after.put("delivery", d.getDeliveryKey());
        after.put("event", d.getEvent());
        audit.created("WebhookDelivery", d.getId(), after);
        return view(d);
    }

    /** Deliveries given up (FAILED) for webhooks still in use: the admin dashboard's figure. */
    public long failedCount() {
        return em.createNamedQuery(WebhookDelivery.COUNT_FAILED, Long.class)
                .setParameter("status", WebhookDelivery.Status.FAILED).getSingleResult();
    }

    /**
     * Enqueues the message for every webhook in use that wants its event about these products, in the
     * caller's transaction; answers how many. {@code message} is asked for only when one does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(WebhookEvent event, Collection<String> productCodes, java.util.function.Supplier<WebhookPayloads.Message> message) {
        List<Webhook> wanting = new ArrayList<>();
        for (Webhook w : em.createNamedQuery(Webhook.FIND_ACTIVE, Webhook.class).getResultList()) {
            if (w.wants(event, productCodes)) {
                wanting.add(w);
            }
        }
        if (wanting.isEmpty()) {
            return 0;
        }
        WebhookPayloads.Message m = message.get();
        wanting.forEach(w -> enqueue(w, m));
        queued.fire(new DeliveriesQueued(wanting.size()));
        return wanting.size();
    }

    private WebhookDelivery enqueue(Webhook webhook, WebhookPayloads.Message m) {
        String key = UUID.randomUUID().toString();
        Instant now = clock.instant();
        var d = new WebhookDelivery(key, webhook.getId(), m.event(), WebhookPayloads.body(webhook.getFormat(), key, now, m), now);
        em.persist(d);
        em.flush();
        return d;
    }

    private Webhook active(long id) {
        Webhook w = em.find(Webhook.class, id);
        if (w == null || !w.isActive()) {
            throw new NotFoundException("Webhook", id);
        }
        return w;
    }

    private String actor() {
        var p = security.getCallerPrincipal();
        return p == null ? "system" : p.getName();
    }

    static WebhookView view(Webhook w) {
        Set<String> events = w.getEvents();
        return new WebhookView(w.getId(), w.getUrl(),
                java.util.Arrays.stream(WebhookEvent.values()).map(WebhookEvent::eventName).filter(events::contains).toList(),
                w.getProducts().stream().sorted().toList(), w.getFormat(), w.getCreatedBy(), w.getCreatedAt());
    }

    static DeliveryView view(WebhookDelivery d) {
        return new DeliveryView(d.getDeliveryKey(), d.getEvent(), d.getStatus(), d.getAttempts(), d.getCreatedAt(),
                d.getLastAttemptAt(), d.getLastStatus(), d.getLastError(),
                d.getStatus() == WebhookDelivery.Status.PENDING ? d.getNextAttemptAt() : null, d.getDeliveredAt());
    }
}
