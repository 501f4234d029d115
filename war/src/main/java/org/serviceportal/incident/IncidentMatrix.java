package org.serviceportal.incident;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of the incident matrix: its impact and urgency levels, its priorities with targets,
 * and the priority of every impact × urgency cell. Versions are never changed once written: an
 * administrator's change creates the next version, and incidents keep the version they were
 * classified under.
 */
@Entity
@Table(name = "incident_matrix")
@NamedQuery(name = IncidentMatrix.FIND_CURRENT, query = "SELECT m FROM IncidentMatrix m"
        + " ORDER BY m.versionNumber DESC")
@NamedQuery(name = IncidentMatrix.FIND_BY_NUMBER, query = "SELECT m FROM IncidentMatrix m"
        + " WHERE m.versionNumber = :number")
public class IncidentMatrix {

    /** All versions, newest first: the first is the one in force. */
    public static final String FIND_CURRENT = "IncidentMatrix.findCurrent";
    public static final String FIND_BY_NUMBER = "IncidentMatrix.findByNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_number", nullable = false, unique = true)
    private int versionNumber;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "change_note", length = 2000)
    private String changeNote;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 200)
    private String confirmedBy;

    @OneToMany(mappedBy = "matrix", cascade = CascadeType.PERSIST)
    @OrderBy("axis, sortOrder")
    private List<MatrixLevel> levels = new ArrayList<>();

    @OneToMany(mappedBy = "matrix", cascade = CascadeType.PERSIST)
    @OrderBy("sortOrder")
    private List<IncidentPriority> priorities = new ArrayList<>();

    @OneToMany(mappedBy = "matrix", cascade = CascadeType.PERSIST)
    private List<MatrixCell> cells = new ArrayList<>();

    @Version
    private long version;

    protected IncidentMatrix() {
    }

    IncidentMatrix(int versionNumber, Instant validFrom, String createdBy, String changeNote) {
        this.versionNumber = versionNumber;
        this.validFrom = validFrom;
        this.createdBy = createdBy;
        this.changeNote = changeNote;
    }

    public Long getId() {
        return id;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getChangeNote() {
        return changeNote;
    }

    /** When an administrator confirmed this version; null while it is provisional. */
    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    /** Confirms this version as the organisation's own; a version is confirmed once. */
    void confirm(Instant at, String by) {
        if (confirmedAt == null) {
            confirmedAt = at;
            confirmedBy = by;
        }
    }

    public List<MatrixLevel> getLevels() {
        return levels;
    }

    public List<IncidentPriority> getPriorities() {
        return priorities;
    }

    public List<MatrixCell> getCells() {
        return cells;
    }

    public long getVersion() {
        return version;
    }
}
