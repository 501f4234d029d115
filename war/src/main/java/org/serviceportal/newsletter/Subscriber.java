package org.serviceportal.newsletter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone who asked for the ICT newsletter. A request is kept apart ({@code requested*}) until the
 * address confirms it: only a confirmed request changes what a subscriber receives (double opt-in).
 */
@Entity
@Table(name = "subscriber")
@NamedQuery(name = Subscriber.FIND_BY_EMAIL, query = "SELECT s FROM Subscriber s WHERE s.email = :email")
@NamedQuery(name = Subscriber.FIND_BY_CONFIRM_HASH, query = "SELECT s FROM Subscriber s WHERE s.confirmHash = :hash")
@NamedQuery(name = Subscriber.SEARCH, query = "SELECT s FROM Subscriber s WHERE s.email LIKE :q ORDER BY s.createdAt DESC, s.id DESC")
@NamedQuery(name = Subscriber.COUNT, query = "SELECT COUNT(s) FROM Subscriber s WHERE s.email LIKE :q")
@NamedQuery(name = Subscriber.FIND_RECIPIENTS, query = "SELECT DISTINCT s FROM Subscriber s JOIN s.products p JOIN s.topics t"
        + " WHERE s.state = :state AND p IN :products AND t = :topic AND s.id NOT IN"
        + " (SELECT r.subscriberId FROM IssueRecipient r WHERE r.issueId = :issue) ORDER BY s.id")
public class Subscriber {

    public static final String FIND_BY_EMAIL = "Subscriber.findByEmail";
    public static final String FIND_BY_CONFIRM_HASH = "Subscriber.findByConfirmHash";
    public static final String SEARCH = "Subscriber.search";
    public static final String COUNT = "Subscriber.count";
    /** Confirmed subscribers of the topic and any of the products who have no copy of the issue yet, in id order. */
    public static final String FIND_RECIPIENTS = "Subscriber.findRecipients";

    public enum State {
        PENDING, CONFIRMED, UNSUBSCRIBED, ERASED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state = State.PENDING;

    @Column(name = "requested_language", length = 2)
    private String requestedLanguage;

    @Column(name = "requested_products", length = 2000)
    private String requestedProducts;

    /** The topics of the request, comma-separated; null means all of them. */
    @Column(name = "requested_topics", length = 100)
    private String requestedTopics;

    @Column(name = "consent_version", length = 40)
    private String consentVersion;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Column(name = "confirm_hash", length = 64)
    private String confirmHash;

    @Column(name = "confirm_expires_at")
    private Instant confirmExpiresAt;

    /** Random key signed into this subscriber's manage/unsubscribe links; removed on erasure. */
    @Column(name = "link_key", length = 64)
    private String linkKey;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "subscriber_product", joinColumns = @JoinColumn(name = "subscriber_id"))
    @Column(name = "product_code", length = 64)
    private Set<String> products = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "subscriber_topic", joinColumns = @JoinColumn(name = "subscriber_id"))
    @Column(name = "topic", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Topic> topics = new TreeSet<>();

    @Version
    private long version;

    protected Subscriber() {
    }

    Subscriber(String email, String language, Instant createdAt, String linkKey) {
        this.email = email;
        this.language = language;
        this.createdAt = createdAt;
        this.linkKey = linkKey;
    }

    /** A request for every topic; it takes effect when {@link #confirm} is called. */
    void request(String language, Collection<String> products, String consentVersion, Instant at, String confirmHash,
            Instant confirmExpiresAt) {
        request(language, products, Topic.all(), consentVersion, at, confirmHash, confirmExpiresAt);
    }

    /** Records a (new) request and its consent; it takes effect when {@link #confirm} is called. */
    void request(String language, Collection<String> products, Collection<Topic> topics, String consentVersion, Instant at,
            String confirmHash, Instant confirmExpiresAt) {
        this.requestedLanguage = language;
        this.requestedProducts = String.join(",", new TreeSet<>(products));
        this.requestedTopics = String.join(",", Topic.names(topics));
        this.consentVersion = consentVersion;
        this.consentAt = at;
        this.confirmHash = confirmHash;
        this.confirmExpiresAt = confirmExpiresAt;
    }

    void confirm(Instant at) {
        language = requestedLanguage;
        products.clear();
        if (requestedProducts != null && !requestedProducts.isBlank()) {
            products.addAll(Set.of(requestedProducts.split(",")));
        }
        topics.clear();
        topics.addAll(requestedTopics == null || requestedTopics.isBlank() ? Topic.all()
                : Topic.parse(List.of(requestedTopics.split(","))));
        state = State.CONFIRMED;
        confirmedAt = at;
        unsubscribedAt = null;
        requestedLanguage = null;
        requestedProducts = null;
        requestedTopics = null;
        confirmHash = null;
        confirmExpiresAt = null;
    }

    void changePreferences(String language, Collection<String> products, Collection<Topic> topics) {
        this.language = language;
        this.products.clear();
        this.products.addAll(products);
        this.topics.clear();
        this.topics.addAll(topics);
    }

    void unsubscribe(Instant at) {
        state = State.UNSUBSCRIBED;
        unsubscribedAt = at;
        confirmHash = null;
        confirmExpiresAt = null;
        requestedLanguage = null;
        requestedProducts = null;
        requestedTopics = null;
    }

    void erase(Instant at, String placeholder) {
        email = placeholder;
        state = State.ERASED;
        erasedAt = at;
        linkKey = null;
        confirmHash = null;
        confirmExpiresAt = null;
        requestedLanguage = null;
        requestedProducts = null;
        requestedTopics = null;
        products.clear();
        topics.clear();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public State getState() {
        return state;
    }

    public String getRequestedLanguage() {
        return requestedLanguage;
    }

    public String getRequestedProducts() {
        return requestedProducts;
    }

    public String getRequestedTopics() {
        return requestedTopics;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public Instant getConfirmExpiresAt() {
        return confirmExpiresAt;
    }

    public String getLinkKey() {
        return linkKey;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getProducts() {
        return products;
    }

    public Set<Topic> getTopics() {
        return topics;
    }

    public long getVersion() {
        return version;
    }
}
