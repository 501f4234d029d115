package org.serviceportal.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;

/** One of the four support lines of the service desk. */
@Entity
@Table(name = "support_line")
@NamedQuery(name = SupportLine.FIND_ALL, query = "SELECT s FROM SupportLine s ORDER BY s.lineNumber")
public class SupportLine {

    public static final String FIND_ALL = "SupportLine.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_number", nullable = false, unique = true)
    private int lineNumber;

    @Column(name = "name_nl", nullable = false, length = 200)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "who_nl", nullable = false, length = 1000)
    private String whoNl;

    @Column(name = "who_en", nullable = false, length = 1000)
    private String whoEn;

    @Column(name = "how_nl", length = 2000)
    private String howNl;

    @Column(name = "how_en", length = 2000)
    private String howEn;

    /** Comma-separated {@link Channel} names. */
    @Column(nullable = false, length = 200)
    private String channels;

    @Column(length = 50)
    private String phone;

    @Column(length = 320)
    private String email;

    @Column(name = "free_of_charge", nullable = false)
    private boolean freeOfCharge;

    @Column(name = "opens_at")
    private LocalTime opensAt;

    @Column(name = "closes_at")
    private LocalTime closesAt;

    /** "MON-FRI" or a comma list such as "MON,TUE"; null when the line has no hours of its own. */
    @Column(name = "open_weekdays", length = 50)
    private String openWeekdays;

    /** The code of the calendar this line's hours come from, or null when it has hours of its own (or none). */
    @Column(name = "hours_calendar", length = 64)
    private String hoursCalendar;

    @Version
    private long version;

    protected SupportLine() {
    }

    public Long getId() {
        return id;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getWhoNl() {
        return whoNl;
    }

    public String getWhoEn() {
        return whoEn;
    }

    public String getHowNl() {
        return howNl;
    }

    public String getHowEn() {
        return howEn;
    }

    public String getChannels() {
        return channels;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isFreeOfCharge() {
        return freeOfCharge;
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    public String getOpenWeekdays() {
        return openWeekdays;
    }

    public String getHoursCalendar() {
        return hoursCalendar;
    }

    public long getVersion() {
        return version;
    }

    void update(SupportLineService.SupportLineChange c) {
        this.nameNl = c.nameNl().strip();
        this.nameEn = c.nameEn().strip();
        this.whoNl = c.whoNl().strip();
        this.whoEn = c.whoEn().strip();
        this.howNl = c.howNl();
        this.howEn = c.howEn();
        this.channels = String.join(",", c.channels().stream().map(Enum::name).sorted().toList());
        this.phone = c.phone();
        this.email = c.email();
        this.freeOfCharge = c.freeOfCharge();
        this.opensAt = c.opensAt();
        this.closesAt = c.closesAt();
        this.openWeekdays = c.openWeekdays();
    }
}
