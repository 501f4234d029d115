package org.serviceportal.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** A mail waiting in, or sent from, the durable outbox. */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.FIND_DUE,
        query = "SELECT m FROM OutboxMessage m WHERE m.status = :status AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id")
public class OutboxMessage {

    public static final String FIND_DUE = "OutboxMessage.findDue";

    /** After this many failed attempts a message is given up (status FAILED), readable by administrators. */
    public static final int MAX_ATTEMPTS = 10;

    public enum Status {
        PENDING, SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 32000)
    private String bodyText;

    @Column(name = "body_html", length = 32000)
    private String bodyHtml;

    @Column(length = 4000)
    private String headers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    OutboxMessage(Instant createdAt, String recipient, String subject, String bodyText, String bodyHtml, String headers) {
        this.createdAt = createdAt;
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.headers = headers;
        this.nextAttemptAt = createdAt;
    }

    void markSent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
    }

    void markFailed(Instant at, String error) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 2000));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            // 30 s, 1 min, 2 min, ... up to 6 h between attempts
            long seconds = Math.min(Duration.ofHours(6).toSeconds(), 30L << Math.min(attempts - 1, 20));
            nextAttemptAt = at.plusSeconds(seconds);
        }
    }

    void retryNow(Instant at) {
        status = Status.PENDING;
        nextAttemptAt = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getHeaders() {
        return headers;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getVersion() {
        return version;
    }
}
