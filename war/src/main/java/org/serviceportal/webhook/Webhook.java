package org.serviceportal.webhook;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** A registered webhook: where to post which events, in which format, signed with which secret. */
@Entity
@Table(name = "webhook")
@NamedQuery(name = Webhook.FIND_ACTIVE, query = "SELECT w FROM Webhook w WHERE w.active = TRUE ORDER BY w.id")
public class Webhook {

    public static final String FIND_ACTIVE = "Webhook.findActive";

    /** How a delivery's body looks. */
    public enum Format {
        /** {@code {id, event, occurredAt, data}}. */
        JSON,
        /** {@code {"text": "..."}} in Dutch, as Microsoft Teams and Slack incoming webhooks take it. */
        CHAT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2000)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Format format;

    @Column(nullable = false, length = 100)
    private String secret;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_event", joinColumns = @JoinColumn(name = "webhook_id"))
    @Column(name = "event", length = 50)
    private Set<String> events = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_product", joinColumns = @JoinColumn(name = "webhook_id"))
    @Column(name = "product_code", length = 64)
    private Set<String> products = new LinkedHashSet<>();

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "deleted_by", length = 200)
    private String deletedBy;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    protected Webhook() {
    }

    Webhook(String url, Format format, String secret, Collection<WebhookEvent> events, Collection<String> products,
            String createdBy, Instant createdAt) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A webhook needs at least one event");
        }
        this.url = url;
        this.format = format;
        this.secret = secret;
        events.forEach(e -> this.events.add(e.eventName()));
        this.products.addAll(products);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether this webhook wants the event about these products (no products: every product). */
    boolean wants(WebhookEvent event, Collection<String> productsConcerned) {
        return active && events.contains(event.eventName())
                && (products.isEmpty() || productsConcerned.stream().anyMatch(products::contains));
    }

    /** Deleted: no more deliveries; its log stays (and its row, for the log's sake). */
    void delete(String by, Instant at) {
        active = false;
        deletedBy = by;
        deletedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public Format getFormat() {
        return format;
    }

    String getSecret() {
        return secret;
    }

    public Set<String> getEvents() {
        return Set.copyOf(events);
    }

    public Set<String> getProducts() {
        return Set.copyOf(products);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public long getVersion() {
        return version;
    }
}
