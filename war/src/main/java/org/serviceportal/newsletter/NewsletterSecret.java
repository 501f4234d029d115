package org.serviceportal.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The server secret that signs manage/unsubscribe links; one row, made at first use, shared by all nodes. */
@Entity
@Table(name = "newsletter_secret")
public class NewsletterSecret {

    static final int ID = 1;

    @Id
    private int id;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NewsletterSecret() {
    }

    NewsletterSecret(String secret, Instant createdAt) {
        this.id = ID;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    String getSecret() {
        return secret;
    }
}
