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
import jakarta.persistence.LockModeType;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
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
import org.serviceportal.platform.error.ConflictException;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.StaleVersionException;
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

    /**
     * A calendar as the pages and the API show it: {@code ranges} are those in force now ("MON
     * 07:30-19:00", by day and start), {@code weeklyRanges} the same as values, {@code history} every
     * set of ranges with the instant it took effect, oldest first.
     */
    public record CalendarView(long id, String code, String nameNl, String nameEn, String zone, String kind,
            String complementOf, boolean excludesHolidays, List<String> ranges, List<RangeInput> weeklyRanges,
            List<RangeSetView> history, long version) implements java.io.Serializable {
    }

    /** A set of weekly ranges and the instant from which it applied (the first set: always before too). */
    public record RangeSetView(Instant effectiveFrom, String recordedBy, List<RangeInput> ranges)
            implements java.io.Serializable {
    }

    /** Wall-clock time of a range: HH:mm, and 24:00 for the end of the day. */
    public static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";

    /** A weekly range as entered and shown: a weekday and wall-clock times in the calendar's zone. */
    public record RangeInput(@NotNull DayOfWeek day, @NotNull @Pattern(regexp = TIME) String from,
            @NotNull @Pattern(regexp = TIME) String to) implements java.io.Serializable {

        int fromMinute() {
            return minuteOf(from);
        }

        int toMinute() {
            return minuteOf(to);
        }

        private static int minuteOf(String hhmm) {
            return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3, 5));
        }
    }

    /**
     * New weekly ranges for a calendar, from now on, against the version the editor saw. No ranges
     * at all only with {@code closed}: a calendar that is meant to be closed every day.
     */
    public record ChangeRanges(@NotNull List<@NotNull @Valid RangeInput> ranges, boolean closed, long version) {
    }

    /** What is wrong with a set of ranges: a bundle key for the pages and the API's English text. */
    public record RangeProblem(String key, String english) {
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

    @Inject
    SecurityContext security;

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
            throw new InvalidInputException("date", "error.calendar.dayTaken");
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

    /** The calendar as the API shows it. */
    public CalendarView get(String code) {
        return view(definition(code));
    }

    /**
     * Checks a set of ranges: each from before its to, no two overlapping on a day (touching is
     * fine), and at least one unless the calendar is meant to be closed (and none if it is).
     */
    public static Optional<RangeProblem> problem(List<RangeInput> ranges, boolean closed) {
        if (ranges == null) {
            return Optional.of(new RangeProblem("admin.calendars.error.noRanges", "Give the ranges."));
        }
        if (closed) {
            return ranges.isEmpty() ? Optional.empty() : Optional.of(new RangeProblem("admin.calendars.error.closedWithRanges",
                    "A calendar that is closed every day has no ranges; remove them or leave it open."));
        }
        if (ranges.isEmpty()) {
            return Optional.of(new RangeProblem("admin.calendars.error.noRanges",
                    "Give at least one range, or say that the calendar is closed every day."));
        }
        for (RangeInput r : ranges) {
            if (r.day() == null || r.from() == null || r.to() == null || !r.from().matches(TIME) || !r.to().matches(TIME)) {
                return Optional.of(new RangeProblem("admin.calendars.error.time",
                        "Give each range a day and times as HH:mm (00:00 to 24:00)."));
            }
            if (r.fromMinute() >= r.toMinute() || r.fromMinute() >= 1440) {
                return Optional.of(new RangeProblem("admin.calendars.error.order",
                        "Each range must start before it ends (" + r.day() + " " + r.from() + "-" + r.to() + ")."));
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            List<RangeInput> ofDay = ranges.stream().filter(r -> r.day() == day)
                    .sorted(java.util.Comparator.comparingInt(RangeInput::fromMinute)).toList();
            for (int i = 1; i < ofDay.size(); i++) {
                if (ofDay.get(i).fromMinute() < ofDay.get(i - 1).toMinute()) {
                    return Optional.of(new RangeProblem("admin.calendars.error.overlap",
                            "Ranges on " + day + " overlap (" + ofDay.get(i - 1).from() + "-" + ofDay.get(i - 1).to()
                                    + " and " + ofDay.get(i).from() + "-" + ofDay.get(i).to() + ")."));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Gives a weekly calendar other ranges from now on (administrators): earlier figures keep the
     * ranges that applied then. Audited; the calendars (and their complements) refresh on every node.
     *
     * @throws NotFoundException      no such calendar
     * @throws ConflictException      the calendar is not defined by weekly ranges
     * @throws StaleVersionException  the calendar changed since the editor read it
     * @throws InvalidInputException  the ranges break a rule of {@link #problem}
     */
    @Transactional
    public CalendarView changeRanges(@NotBlank String code, @NotNull @Valid ChangeRanges change) {
        CalendarDefinition d = definition(code);
        if (d.getKind() != CalendarDefinition.Kind.WEEKLY) {
            throw new ConflictException("admin.calendars.error.notWeekly");
        }
        if (d.getVersion() != change.version()) {
            throw new StaleVersionException("Calendar", code);
        }
        problem(change.ranges(), change.closed()).ifPresent(p -> {
            throw new InvalidInputException("ranges", p.key());
        });
        var before = view(d);
        var p = security.getCallerPrincipal();
        Instant now = clock.instant();
        CalendarRangeSet set = d.changeRanges(now, p == null ? "system" : p.getName(), change.ranges().stream()
                .map(r -> new CalendarDefinition.Range(r.day().getValue(), r.fromMinute(), r.toMinute())).toList());
        em.persist(set);
        em.lock(d, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        var after = view(d);
        audit.updated("Calendar", d.getId(), Map.of("ranges", before.ranges()),
                Map.of("ranges", after.ranges(), "effectiveFrom", now.toString()));
        changed.fire(new CalendarChanged());
        return view(d);
    }

    private CalendarDefinition definition(String code) {
        return definitions().stream().filter(d -> d.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("Calendar", code));
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
        List<CalendarRangeSet> sets = d.getRangeSets();
        ServiceCalendar calendar = new ServiceCalendar(d.getCode(), zone,
                sets.isEmpty() ? List.of() : weekly(sets.get(0)),
                d.isExcludesHolidays() ? PublicHolidays.BELGIUM_AND_FLANDERS : PublicHolidays.NONE,
                d.isExcludesHolidays() ? extra : Set.of(), ServiceCalendar.OnHolidays.CLOSED);
        for (CalendarRangeSet set : sets.subList(Math.min(1, sets.size()), sets.size())) {
            calendar = calendar.withRangesFrom(set.getEffectiveFrom(), weekly(set));
        }
        return calendar;
    }

    private static List<WeeklyRange> weekly(CalendarRangeSet set) {
        return set.getRanges().stream()
                .map(r -> new WeeklyRange(DayOfWeek.of(r.getDayOfWeek()), time(r.getStartMinute()), time(r.getEndMinute())))
                .toList();
    }

    /** Minutes after midnight as a time; 1440 is the midnight that ends the day. */
    private static LocalTime time(int minute) {
        return minute >= 1440 ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
    }

    static CalendarView view(CalendarDefinition d) {
        List<RangeInput> now = inputs(d.getRanges());
        List<String> ranges = now.stream()
                .map(r -> r.day().name().substring(0, 3) + " " + r.from() + "-" + r.to())
                .toList();
        List<RangeSetView> history = d.getRangeSets().stream()
                .map(s -> new RangeSetView(s.getEffectiveFrom(), s.getRecordedBy(), inputs(s.getRanges()))).toList();
        return new CalendarView(d.getId(), d.getCode(), d.getNameNl(), d.getNameEn(), d.getZoneId(), d.getKind().name(),
                d.getComplementOf() == null ? null : d.getComplementOf().getCode(), d.isExcludesHolidays(), ranges,
                now, history, d.getVersion());
    }

    private static List<RangeInput> inputs(List<CalendarDefinition.Range> ranges) {
        return ranges.stream()
                .sorted(java.util.Comparator.comparingInt(CalendarDefinition.Range::getDayOfWeek)
                        .thenComparingInt(CalendarDefinition.Range::getStartMinute))
                .map(r -> new RangeInput(DayOfWeek.of(r.getDayOfWeek()), hhmm(r.getStartMinute()), hhmm(r.getEndMinute())))
                .toList();
    }

    private static String hhmm(int minute) {
        return "%02d:%02d".formatted(minute / 60, minute % 60);
    }
}
