package org.serviceportal.platform.security.totp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's TOTP secret and the last step accepted. No {@code @Version}: the only change after
 * enrolment is claiming a step, done by one conditional update ({@link #CLAIM_STEP}) that cannot be lost.
 */
@Entity
@Table(name = "user_totp")
@NamedQuery(name = UserTotp.CLAIM_STEP,
        query = "UPDATE UserTotp t SET t.lastStep = :step WHERE t.userId = :userId AND t.lastStep < :step")
class UserTotp {

    static final String CLAIM_STEP = "UserTotp.claimStep";

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    protected UserTotp() {
    }

    UserTotp(Long userId, String secret, long lastStep, Instant enrolledAt) {
        this.userId = userId;
        this.secret = secret;
        this.lastStep = lastStep;
        this.enrolledAt = enrolledAt;
    }

    Long getUserId() {
        return userId;
    }

    String getSecret() {
        return secret;
    }

    long getLastStep() {
        return lastStep;
    }

    Instant getEnrolledAt() {
        return enrolledAt;
    }
}
