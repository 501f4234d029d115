package org.serviceportal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A day off that an administrator adds to the computed public holidays, such as a bridge day. */
@Entity
@Table(name = "extra_holiday")
@NamedQuery(name = ExtraHoliday.FIND_ALL, query = "SELECT h FROM ExtraHoliday h ORDER BY h.date")
public class ExtraHoliday {

    public static final String FIND_ALL = "ExtraHoliday.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @Column(name = "name_nl", nullable = false, length = 200)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Version
    private long version;

    protected ExtraHoliday() {
    }

    ExtraHoliday(LocalDate date, String nameNl, String nameEn) {
        this.date = date;
        this.nameNl = nameNl;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public long getVersion() {
        return version;
    }
}
