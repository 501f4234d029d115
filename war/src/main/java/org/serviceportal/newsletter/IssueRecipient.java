package org.serviceportal.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One subscriber's copy of one issue, linked to its outbox message (whose state is the delivery
 * state). Unique per (issue, subscriber): a dispatch that is resumed never mails anyone twice.
 * Written once, never changed, so it carries no version.
 */
@Entity
@Table(name = "issue_recipient")
@NamedQuery(name = IssueRecipient.SUBSCRIBERS_OF_ISSUE,
        query = "SELECT r.subscriberId FROM IssueRecipient r WHERE r.issueId = :issue")
@NamedQuery(name = IssueRecipient.DELIVERY_COUNTS, query = "SELECT m.status, COUNT(m) FROM IssueRecipient r, OutboxMessage m"
        + " WHERE r.issueId = :issue AND m.id = r.outboxMessageId GROUP BY m.status")
@NamedQuery(name = IssueRecipient.OF_SUBSCRIBER,
        query = "SELECT r FROM IssueRecipient r WHERE r.subscriberId = :subscriber ORDER BY r.id")
public class IssueRecipient {

    public static final String SUBSCRIBERS_OF_ISSUE = "IssueRecipient.subscribersOfIssue";
    public static final String DELIVERY_COUNTS = "IssueRecipient.deliveryCounts";
    public static final String OF_SUBSCRIBER = "IssueRecipient.ofSubscriber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issue_id", nullable = false)
    private long issueId;

    @Column(name = "subscriber_id", nullable = false)
    private long subscriberId;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "outbox_message_id", nullable = false)
    private long outboxMessageId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IssueRecipient() {
    }

    IssueRecipient(long issueId, long subscriberId, String language, long outboxMessageId, Instant createdAt) {
        this.issueId = issueId;
        this.subscriberId = subscriberId;
        this.language = language;
        this.outboxMessageId = outboxMessageId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getIssueId() {
        return issueId;
    }

    public long getSubscriberId() {
        return subscriberId;
    }

    public String getLanguage() {
        return language;
    }

    public long getOutboxMessageId() {
        return outboxMessageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
