package org.serviceportal.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One delivery of one event to one webhook: its body, fixed when it is enqueued (so that every
 * attempt sends, and signs, the same bytes), and its state. The rows are the delivery log.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQueries({
    @NamedQuery(name = WebhookDelivery.FIND_DUE,
            query = "SELECT d.id FROM WebhookDelivery d WHERE d.status = :status AND d.nextAttemptAt <= :now ORDER BY d.nextAttemptAt, d.id"),
    @NamedQuery(name = WebhookDelivery.FIND_BY_WEBHOOK,
            query = "SELECT d FROM WebhookDelivery d WHERE d.webhookId = :webhook ORDER BY d.createdAt DESC, d.id DESC"),
    @NamedQuery(name = WebhookDelivery.COUNT_FAILED,
            query = "SELECT COUNT(d) FROM WebhookDelivery d, Webhook w WHERE w.id = d.webhookId AND w.active = TRUE AND d.status = :status"),
    @NamedQuery(name = WebhookDelivery.CANCEL_PENDING,
            query = "UPDATE WebhookDelivery d SET d.status = :cancelled WHERE d.webhookId = :webhook AND d.status = :pending")
})
public class WebhookDelivery {

    public static final String FIND_DUE = "WebhookDelivery.findDue";
    public static final String FIND_BY_WEBHOOK = "WebhookDelivery.findByWebhook";
    public static final String COUNT_FAILED = "WebhookDelivery.countFailed";
    public static final String CANCEL_PENDING = "WebhookDelivery.cancelPending";

    /** After this many failed attempts (about four hours of trying) a delivery is given up (FAILED). */
    public static final int MAX_ATTEMPTS = 10;

    /** The first wait after a failed attempt; it doubles with each further failure, up to {@link #LONGEST_WAIT}. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(2);

    public enum Status {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** A 2xx answer came. */
        DELIVERED,
        /** Given up after {@link #MAX_ATTEMPTS}. */
        FAILED,
        /** Its webhook was deleted before it was delivered. */
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_key", nullable = false, length = 36, unique = true)
    private String deliveryKey;

    @Column(name = "webhook_id", nullable = false)
    private long webhookId;

    @Column(nullable = false, length = 50)
    private String event;

    @Column(nullable = false, length = 32000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected WebhookDelivery() {
    }

    WebhookDelivery(String deliveryKey, long webhookId, String event, String body, Instant createdAt) {
        this.deliveryKey = deliveryKey;
        this.webhookId = webhookId;
        this.event = event;
        this.body = body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** Whether an attempt is due at {@code now}. */
    boolean isDueAt(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** The receiver answered 2xx. */
    void delivered(Instant at, int httpStatus) {
        attempts++;
        lastAttemptAt = at;
        lastStatus = httpStatus;
        lastError = null;
        deliveredAt = at;
        status = Status.DELIVERED;
    }

    /**
     * The attempt failed (another answer, a time-out, a refused address): tried again after a wait
     * that doubles each time (30 s, 1 min, 2 min, … up to 2 h), given up after {@link #MAX_ATTEMPTS}.
     */
    void failed(Instant at, Integer httpStatus, String error) {
        attempts++;
        lastAttemptAt = at;
        lastStatus = httpStatus;
        String e = error == null || error.isBlank() ? "unknown error" : error;
        lastError = e.substring(0, Math.min(e.length(), 2000));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            long seconds = Math.min(LONGEST_WAIT.toSeconds(), FIRST_WAIT.toSeconds() << Math.min(attempts - 1, 20));
            nextAttemptAt = at.plusSeconds(seconds);
        }
    }

    void cancel() {
        if (status == Status.PENDING) {
            status = Status.CANCELLED;
        }
    }

    public Long getId() {
        return id;
    }

    public String getDeliveryKey() {
        return deliveryKey;
    }

    public long getWebhookId() {
        return webhookId;
    }

    public String getEvent() {
        return event;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
