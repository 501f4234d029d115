package org.serviceportal.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One value an SLA target had, from an instant on. Append-only. */
@Entity
@Table(name = "sla_target_period")
public class SlaTargetPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "target_id")
    private SlaTarget target;

    @Column(name = "availability_percent", nullable = false, precision = 6, scale = 3, updatable = false)
    private BigDecimal availabilityPercent;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "changed_by", nullable = false, length = 200, updatable = false)
    private String changedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected SlaTargetPeriod() {
    }

    SlaTargetPeriod(SlaTarget target, BigDecimal availabilityPercent, Instant validFrom, String changedBy) {
        this.target = target;
        this.availabilityPercent = availabilityPercent;
        this.validFrom = validFrom;
        this.changedBy = changedBy;
    }

    public BigDecimal getAvailabilityPercent() {
        return availabilityPercent;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    /** When this value stopped applying because the target ended; null while it applies or was replaced by a newer value. */
    public Instant getEndedAt() {
        return endedAt;
    }

    void end(Instant at) {
        endedAt = at;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
