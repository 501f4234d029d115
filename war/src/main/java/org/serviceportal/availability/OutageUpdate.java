package org.serviceportal.availability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One update of an outage's public notice: where the work stands and what the public is told, in
 * both languages. Made only by {@link Outage#post}; never changed afterwards (a later update corrects
 * an earlier one, as on every status page).
 */
@Entity
@Table(name = "outage_update")
@NamedQuery(name = OutageUpdate.OF_OUTAGES, query = "SELECT u FROM OutageUpdate u WHERE u.outage.id IN :outages"
        + " ORDER BY u.postedAt DESC, u.id DESC")
public class OutageUpdate {

    public static final String OF_OUTAGES = "OutageUpdate.ofOutages";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "outage_id")
    private Outage outage;

    /** The same column, read-only: views name the outage without loading it. */
    @Column(name = "outage_id", insertable = false, updatable = false)
    private Long outageIdColumn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 13)
    private UpdateStatus status;

    @Column(name = "message_nl", nullable = false, length = 2000)
    private String messageNl;

    @Column(name = "message_en", nullable = false, length = 2000)
    private String messageEn;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 200)
    private String postedBy;

    @Version
    private long version;

    protected OutageUpdate() {
    }

    OutageUpdate(Outage outage, UpdateStatus status, String messageNl, String messageEn, Instant postedAt,
            String postedBy) {
        this.outage = outage;
        this.status = status;
        this.messageNl = messageNl;
        this.messageEn = messageEn;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
    }

    public Long getId() {
        return id;
    }

    public Outage getOutage() {
        return outage;
    }

    /** The outage's id without loading it. */
    long outageId() {
        // null on an update persisted in this transaction, before it is read back
        return outageIdColumn != null ? outageIdColumn : outage.getId();
    }

    public UpdateStatus getStatus() {
        return status;
    }

    public String getMessageNl() {
        return messageNl;
    }

    public String getMessageEn() {
        return messageEn;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public long getVersion() {
        return version;
    }
}
