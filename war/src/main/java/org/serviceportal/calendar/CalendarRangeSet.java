package org.serviceportal.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly ranges of a calendar in force from an instant on, until the next set. Never changed
 * once stored: a change of ranges is a new set, so past figures keep the ranges of their time.
 */
@Entity
@Table(name = "calendar_range_set")
public class CalendarRangeSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "calendar_id")
    private CalendarDefinition calendar;

    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_set_range", joinColumns = @JoinColumn(name = "range_set_id"))
    private List<CalendarDefinition.Range> ranges = new ArrayList<>();

    protected CalendarRangeSet() {
    }

    CalendarRangeSet(CalendarDefinition calendar, Instant effectiveFrom, String recordedBy,
            List<CalendarDefinition.Range> ranges) {
        this.calendar = calendar;
        this.effectiveFrom = effectiveFrom;
        this.recordedBy = recordedBy;
        this.ranges.addAll(ranges);
    }

    public Long getId() {
        return id;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<CalendarDefinition.Range> getRanges() {
        return ranges;
    }
}
