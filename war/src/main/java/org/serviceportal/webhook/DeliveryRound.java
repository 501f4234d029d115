package org.serviceportal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One delivery round, as the mail outbox's: each due delivery in a transaction of its own, so that
 * one unreachable receiver stops nothing.
 */
@ApplicationScoped
public class DeliveryRound {

    private static final Logger LOG = Logger.getLogger(DeliveryRound.class.getName());
    private static final int BATCH = 50;

    /**
     * Redirects are not followed: a 3xx is a failed attempt (a redirect could lead to an internal address). The
     * TLS context trusts the JVM's trust store and presents no client key: the JVM's default context would also
     * open the server's key store, which an application server may name without a password to read it by.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(WebhookSettings.CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).sslContext(trustOnlyTls()).build();

    private static SSLContext trustOnlyTls() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, null, null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No TLS context for webhook deliveries", e);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookSettings settings;

    @Inject
    DeliveryRound self;

    /** Set when the portal works on PostgreSQL, where several nodes may send at once. */
    @Inject
    @ConfigProperty(name = "portal.db.url")
    Optional<String> databaseUrl;

    public void deliverDue() {
        for (Long id : self.dueIds()) {
            self.deliver(id);
        }
    }

    @Transactional
    public List<Long> dueIds() {
        return em.createNamedQuery(WebhookDelivery.FIND_DUE, Long.class)
                .setParameter("status", WebhookDelivery.Status.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .getResultList();
    }

    /**
     * Makes one attempt of one delivery and records the outcome. The row is locked for the attempt,
     * so that two nodes never post the same delivery; on PostgreSQL a row that another node is posting
     * is skipped instead of waited for. The post happens before the commit: a crash between the two
     * leaves the delivery pending, and it is posted again with the same id, which receivers drop.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(long id) {
        WebhookDelivery d = lock(id);
        Instant now = clock.instant();
        if (d == null || !d.isDueAt(now)) {
            return;
        }
        Webhook webhook = em.find(Webhook.class, d.getWebhookId());
        if (webhook == null || !webhook.isActive()) {
            d.cancel();
            return;
        }
        var refusal = WebhookTargets.check(webhook.getUrl(), settings.allowPrivateTargets(), WebhookTargets.DNS);
        if (refusal.isPresent()) {
            d.failed(now, null, WebhookPayloads.text(refusal.get().key(), refusal.get().argument()));
            return;
        }
        try {
            var request = HttpRequest.newBuilder(URI.create(webhook.getUrl()))
                    .timeout(WebhookSettings.ANSWER_TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "service-portal-webhooks")
                    .header("X-Portal-Event", d.getEvent())
                    .header("X-Portal-Delivery", d.getDeliveryKey())
                    .header("X-Portal-Signature", WebhookSignature.header(webhook.getSecret(), d.getBody()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.getBody(), StandardCharsets.UTF_8))
                    .build();
            // the answer's body is read only for the log, and only its start: a receiver cannot fill the memory
            HttpResponse<java.io.InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            String answer;
            try (var in = response.body()) {
                answer = status >= 200 && status < 300 ? "" : new String(in.readNBytes(300), StandardCharsets.UTF_8).strip();
            }
            if (status >= 200 && status < 300) {
                d.delivered(clock.instant(), status);
            } else {
                d.failed(clock.instant(), status, "HTTP " + status + (answer.isEmpty() ? "" : ": " + answer));
            }
        } catch (HttpTimeoutException e) {
            d.failed(clock.instant(), null, "time-out: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            d.failed(clock.instant(), null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            d.failed(clock.instant(), null, "interrupted");
        }
        if (d.getStatus() != WebhookDelivery.Status.DELIVERED) {
            LOG.warning(() -> "Webhook delivery " + d.getDeliveryKey() + " (" + d.getEvent() + ") not delivered, attempt "
                    + d.getAttempts() + ": " + d.getLastError());
        }
    }

    /** The delivery, locked for this transaction; null when it is gone or another node is posting it. */
    private WebhookDelivery lock(long id) {
        if (databaseUrl.filter(url -> !url.isBlank()).isPresent()) {
            List<?> mine = em.createNativeQuery(
                    "SELECT id FROM webhook_delivery WHERE id = ?1 AND status = 'PENDING' FOR UPDATE SKIP LOCKED")
                    .setParameter(1, id).getResultList();
            return mine.isEmpty() ? null : em.find(WebhookDelivery.class, id);
        }
        return em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
