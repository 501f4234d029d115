package org.serviceportal.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.serviceportal.calendar.CalendarDefinition;

/** A priority of one matrix version: its response and resolution targets, in minutes of its calendar. */
@Entity
@Table(name = "incident_priority")
public class IncidentPriority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "matrix_id")
    private IncidentMatrix matrix;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name_nl", nullable = false, length = 200)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "response_minutes", nullable = false)
    private int responseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private int resolutionMinutes;

    @ManyToOne(optional = false)
    @JoinColumn(name = "calendar_id")
    private CalendarDefinition calendar;

    protected IncidentPriority() {
    }

    IncidentPriority(IncidentMatrix matrix, String code, int sortOrder, String nameNl, String nameEn,
            int responseMinutes, int resolutionMinutes, CalendarDefinition calendar) {
        this.matrix = matrix;
        this.code = code;
        this.sortOrder = sortOrder;
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.responseMinutes = responseMinutes;
        this.resolutionMinutes = resolutionMinutes;
        this.calendar = calendar;
    }

    public Long getId() {
        return id;
    }

    public IncidentMatrix getMatrix() {
        return matrix;
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

    public int getResponseMinutes() {
        return responseMinutes;
    }

    public int getResolutionMinutes() {
        return resolutionMinutes;
    }

    public CalendarDefinition getCalendar() {
        return calendar;
    }
}
