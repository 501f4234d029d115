package org.serviceportal.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.change.Snapshot;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;

/**
 * Owns the service windows and the days off administrators add. Hands out {@link ServiceCalendar}s
 * from a {@link Snapshot}: built once from the database and rebuilt after every committed change, on
 * any node (calendars are read for every report and due time, and change rarely). The snapshot is
 * made stale only after the change commits: a reader in between keeps the old calendars for that
 * moment, never after.
 */
@ApplicationScoped
public class CalendarService {

    /** A calendar as the pages and the API show it. */
    public record CalendarView(long id, String code, String nameNl, String nameEn, String zone, String kind,
            String complementOf, boolean excludesHolidays, List<String> ranges) implements java.io.Serializable {
    }

    /** A day off as the pages and the API show it. */
    public record HolidayView(long id, LocalDate date, String nameNl, String nameEn) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<CalendarChanged> changed;

    @Inject
    Clock clock;

    private Snapshot<Map<String, ServiceCalendar>> calendars;

    @PostConstruct
    void init() {
        calendars = new Snapshot<>(clock, now -> Snapshot.Built.untilChanged(build()));
    }

    /** The calendar with this code, ready for arithmetic. */
    public ServiceCalendar calendar(String code) {
        ServiceCalendar c = calendars().get(code);
        if (c == null) {
            throw new NotFoundException("Calendar", code);
        }
        return c;
    }

    public Optional<ServiceCalendar> findCalendar(String code) {
        return Optional.ofNullable(calendars().get(code));
    }

    public List<CalendarView> list() {
        return definitions().stream().map(CalendarService::view).toList();
    }

    public List<HolidayView> extraHolidays() {
        return em.createNamedQuery(ExtraHoliday.FIND_ALL, ExtraHoliday.class).getResultStream()
                .map(h -> new HolidayView(h.getId(), h.getDate(), h.getNameNl(), h.getNameEn())).toList();
    }

    @Transactional
    public HolidayView addHoliday(@NotNull LocalDate date, @NotBlank @Size(max = 200) String nameNl,
            @NotBlank @Size(max = 200) String nameEn) {
        boolean taken = em.createNamedQuery(ExtraHoliday.FIND_ALL, ExtraHoliday.class).getResultStream()
                .anyMatch(h -> h.getDate().equals(date));
        if (taken) {
            throw new InvalidInputException("date", "This day is already a day off.");
        }
        var holiday = new ExtraHoliday(date, nameNl.strip(), nameEn.strip());
        em.persist(holiday);
        em.flush();
        var view = new HolidayView(holiday.getId(), date, holiday.getNameNl(), holiday.getNameEn());
        audit.created("ExtraHoliday", holiday.getId(), view);
        changed.fire(new CalendarChanged());
        return view;
    }

    @Transactional
    public void removeHoliday(long id) {
        ExtraHoliday h = Optional.ofNullable(em.find(ExtraHoliday.class, id))
                .orElseThrow(() -> new NotFoundException("ExtraHoliday", id));
        audit.deleted("ExtraHoliday", id, new HolidayView(h.getId(), h.getDate(), h.getNameNl(), h.getNameEn()));
        em.remove(h);
        changed.fire(new CalendarChanged());
    }

    /** The calendars are stale once a change of them committed (on any node). */
    void calendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged event) {
        calendars.invalidate();
    }

    private Map<String, ServiceCalendar> calendars() {
        return calendars.get();
    }

    private List<CalendarDefinition> definitions() {
        return em.createNamedQuery(CalendarDefinition.FIND_ALL, CalendarDefinition.class).getResultList();
    }

    private Map<String, ServiceCalendar> build() {
        Set<LocalDate> extra = em.createNamedQuery(ExtraHoliday.FIND_ALL, ExtraHoliday.class).getResultStream()
                .map(ExtraHoliday::getDate).collect(Collectors.toSet());
        Map<String, ServiceCalendar> built = new HashMap<>();
        List<CalendarDefinition> all = definitions();
        for (CalendarDefinition d : all) {
            if (d.getKind() != CalendarDefinition.Kind.COMPLEMENT) {
                built.put(d.getCode(), toCalendar(d, extra));
            }
        }
        for (CalendarDefinition d : all) {
            if (d.getKind() == CalendarDefinition.Kind.COMPLEMENT) {
                ServiceCalendar of = built.get(d.getComplementOf().getCode());
                built.put(d.getCode(), of.complement(d.getCode()));
            }
        }
        return Map.copyOf(built);
    }

    private static ServiceCalendar toCalendar(CalendarDefinition d, Set<LocalDate> extra) {
        ZoneId zone = ZoneId.of(d.getZoneId());
        if (d.getKind() == CalendarDefinition.Kind.ALWAYS) {
            return ServiceCalendar.alwaysOpen(d.getCode(), zone);
        }
        List<WeeklyRange> ranges = d.getRanges().stream()
                .map(r -> new WeeklyRange(DayOfWeek.of(r.getDayOfWeek()), time(r.getStartMinute()), time(r.getEndMinute())))
                .toList();
        return new ServiceCalendar(d.getCode(), zone, ranges,
                d.isExcludesHolidays() ? PublicHolidays.BELGIUM_AND_FLANDERS : PublicHolidays.NONE,
                d.isExcludesHolidays() ? extra : Set.of(), ServiceCalendar.OnHolidays.CLOSED);
    }

    /** Minutes after midnight as a time; 1440 is the midnight that ends the day. */
    private static LocalTime time(int minute) {
        return minute >= 1440 ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
    }

    static CalendarView view(CalendarDefinition d) {
        List<String> ranges = d.getRanges().stream()
                .sorted(java.util.Comparator.comparingInt(CalendarDefinition.Range::getDayOfWeek)
                        .thenComparingInt(CalendarDefinition.Range::getStartMinute))
                .map(r -> DayOfWeek.of(r.getDayOfWeek()).name().substring(0, 3) + " " + hhmm(r.getStartMinute()) + "-"
                        + hhmm(r.getEndMinute()))
                .toList();
        return new CalendarView(d.getId(), d.getCode(), d.getNameNl(), d.getNameEn(), d.getZoneId(), d.getKind().name(),
                d.getComplementOf() == null ? null : d.getComplementOf().getCode(), d.isExcludesHolidays(), ranges);
    }

    private static String hhmm(int minute) {
        return "%02d:%02d".formatted(minute / 60, minute % 60);
    }
}
