package org.serviceportal.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An impact or urgency level of one matrix version, explained in plain words for reporters. */
@Entity
@Table(name = "incident_matrix_level")
public class MatrixLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "matrix_id")
    private IncidentMatrix matrix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MatrixAxis axis;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name_nl", nullable = false, length = 200)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "explanation_nl", nullable = false, length = 2000)
    private String explanationNl;

    @Column(name = "explanation_en", nullable = false, length = 2000)
    private String explanationEn;

    protected MatrixLevel() {
    }

    MatrixLevel(IncidentMatrix matrix, MatrixAxis axis, String code, int sortOrder, String nameNl, String nameEn,
            String explanationNl, String explanationEn) {
        this.matrix = matrix;
        this.axis = axis;
        this.code = code;
        this.sortOrder = sortOrder;
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.explanationNl = explanationNl;
        this.explanationEn = explanationEn;
    }

    public Long getId() {
        return id;
    }

    public IncidentMatrix getMatrix() {
        return matrix;
    }

    public MatrixAxis getAxis() {
        return axis;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getExplanationNl() {
        return explanationNl;
    }

    public String getExplanationEn() {
        return explanationEn;
    }
}
