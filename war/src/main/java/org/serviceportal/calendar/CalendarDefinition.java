package org.serviceportal.calendar;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A service window as stored: weekly ranges in a zone, always open, or the complement of another. */
@Entity
@Table(name = "service_calendar")
@NamedQuery(name = CalendarDefinition.FIND_ALL, query = "SELECT c FROM CalendarDefinition c ORDER BY c.sortOrder, c.code")
public class CalendarDefinition {

    public static final String FIND_ALL = "CalendarDefinition.findAll";

    /** How a calendar's open time is defined. */
    public enum Kind {
        WEEKLY, ALWAYS, COMPLEMENT
    }

    /** One weekly range: day 1 (Monday) to 7, minutes after local midnight, end exclusive (1440 = midnight). */
    @Embeddable
    public static class Range {
        @Column(name = "day_of_week", nullable = false)
        private int dayOfWeek;

        @Column(name = "start_minute", nullable = false)
        private int startMinute;

        @Column(name = "end_minute", nullable = false)
        private int endMinute;

        protected Range() {
        }

        public Range(int dayOfWeek, int startMinute, int endMinute) {
            this.dayOfWeek = dayOfWeek;
            this.startMinute = startMinute;
            this.endMinute = endMinute;
        }

        public int getDayOfWeek() {
            return dayOfWeek;
        }

        public int getStartMinute() {
            return startMinute;
        }

        public int getEndMinute() {
            return endMinute;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "name_nl", nullable = false, length = 200)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "zone_id", nullable = false, length = 64)
    private String zoneId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @ManyToOne
    @JoinColumn(name = "complement_of_id")
    private CalendarDefinition complementOf;

    @Column(name = "excludes_holidays", nullable = false)
    private boolean excludesHolidays;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** The sets of weekly ranges by the instant they took effect; the last is in force now. */
    @OneToMany(mappedBy = "calendar", fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
    @OrderBy("effectiveFrom")
    private List<CalendarRangeSet> rangeSets = new ArrayList<>();

    @Version
    private long version;

    protected CalendarDefinition() {
    }

    /** Other weekly ranges from {@code from} on; the ranges before stay as they were. */
    CalendarRangeSet changeRanges(Instant from, String by, List<Range> newRanges) {
        var set = new CalendarRangeSet(this, from, by, newRanges);
        rangeSets.add(set);
        return set;
    }

    void setExcludesHolidays(boolean excludesHolidays) {
        this.excludesHolidays = excludesHolidays;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getZoneId() {
        return zoneId;
    }

    public Kind getKind() {
        return kind;
    }

    public CalendarDefinition getComplementOf() {
        return complementOf;
    }

    public boolean isExcludesHolidays() {
        return excludesHolidays;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** The ranges in force from the latest change on; none for a calendar without weekly ranges. */
    public List<Range> getRanges() {
        return rangeSets.isEmpty() ? List.of() : rangeSets.get(rangeSets.size() - 1).getRanges();
    }

    /** The sets of ranges, oldest first. */
    public List<CalendarRangeSet> getRangeSets() {
        return rangeSets;
    }

    public long getVersion() {
        return version;
    }
}
