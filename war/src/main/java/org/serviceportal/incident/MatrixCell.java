package org.serviceportal.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One impact × urgency cell of a matrix version and the priority it gives. */
@Entity
@Table(name = "incident_matrix_cell")
public class MatrixCell {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "matrix_id")
    private IncidentMatrix matrix;

    @Column(name = "impact_code", nullable = false, length = 20)
    private String impactCode;

    @Column(name = "urgency_code", nullable = false, length = 20)
    private String urgencyCode;

    @Column(name = "priority_code", nullable = false, length = 10)
    private String priorityCode;

    protected MatrixCell() {
    }

    MatrixCell(IncidentMatrix matrix, String impactCode, String urgencyCode, String priorityCode) {
        this.matrix = matrix;
        this.impactCode = impactCode;
        this.urgencyCode = urgencyCode;
        this.priorityCode = priorityCode;
    }

    public Long getId() {
        return id;
    }

    public IncidentMatrix getMatrix() {
        return matrix;
    }

    public String getImpactCode() {
        return impactCode;
    }

    public String getUrgencyCode() {
        return urgencyCode;
    }

    public String getPriorityCode() {
        return priorityCode;
    }
}
