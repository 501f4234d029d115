package org.serviceportal.servicedesk;

import org.serviceportal.calendar.ServiceCalendar;
import org.serviceportal.calendar.WeeklyRange;

import static org.serviceportal.platform.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;

/**
 * Owns the support lines and tells whether each is open now. A line whose hours come from a calendar
 * (the helpdesk: {@code helpdesk-hours}) is open when the calendar is; its hours are edited there.
 */
@ApplicationScoped
public class SupportLineService {

    /** The editable fields of a support line. */
    public record SupportLineChange(
            @NotBlank @Size(max = 200) String nameNl,
            @NotBlank @Size(max = 200) String nameEn,
            @NotBlank @Size(max = 1000) String whoNl,
            @NotBlank @Size(max = 1000) String whoEn,
            @Size(max = 2000) String howNl,
            @Size(max = 2000) String howEn,
            @NotEmpty Set<Channel> channels,
            @Size(max = 50) String phone,
            @Email @Size(max = 320) String email,
            boolean freeOfCharge,
            LocalTime opensAt,
            LocalTime closesAt,
            @Size(max = 50) String openWeekdays,
            long version) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    org.serviceportal.calendar.CalendarService calendars;

    public List<SupportLineView> list() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        var dayOff = daysOff();
        return em.createNamedQuery(SupportLine.FIND_ALL, SupportLine.class).getResultList().stream()
                .map(l -> view(l, now, dayOff, calendars::findCalendar)).toList();
    }

    public SupportLineView get(long id) {
        return Optional.ofNullable(em.find(SupportLine.class, id)).map(l -> view(l, ZonedDateTime.now(clock), daysOff(), calendars::findCalendar))
                .orElseThrow(() -> new NotFoundException("SupportLine", id));
    }

    @Transactional
    public SupportLineView update(long id, @Valid SupportLineChange change) {
        SupportLine line = Optional.ofNullable(em.find(SupportLine.class, id))
                .orElseThrow(() -> new NotFoundException("SupportLine", id));
        if (line.getVersion() != change.version()) {
            throw new StaleVersionException("SupportLine", id);
        }
        if (line.getHoursCalendar() != null && (change.opensAt() != null || change.closesAt() != null
                || blankToNull(change.openWeekdays()) != null)) {
            throw new InvalidInputException("openWeekdays", "error.supportLine.hoursFromCalendar",
                    line.getHoursCalendar());
        }
        checkHours(change);
        ZonedDateTime now = ZonedDateTime.now(clock);
        var before = view(line, null, d -> false, c -> Optional.empty());
        line.update(normalised(change));
        em.flush();
        var after = view(line, null, d -> false, c -> Optional.empty());
        audit.updated("SupportLine", line.getLineNumber(), before, after);
        return view(line, now, daysOff(), calendars::findCalendar);
    }

    private static SupportLineChange normalised(SupportLineChange c) {
        return new SupportLineChange(c.nameNl(), c.nameEn(), c.whoNl(), c.whoEn(), blankToNull(c.howNl()),
                blankToNull(c.howEn()), c.channels(), blankToNull(c.phone()), blankToNull(c.email()), c.freeOfCharge(),
                c.opensAt(), c.closesAt(), blankToNull(c.openWeekdays()) == null ? null : c.openWeekdays().strip().toUpperCase(),
                c.version());
    }

    private static void checkHours(SupportLineChange c) {
        boolean any = c.opensAt() != null || c.closesAt() != null || blankToNull(c.openWeekdays()) != null;
        if (!any) {
            return;
        }
        if (c.opensAt() == null || c.closesAt() == null || blankToNull(c.openWeekdays()) == null) {
            throw new InvalidInputException("openWeekdays", "error.supportLine.hoursIncomplete");
        }
        java.util.Set<java.time.DayOfWeek> days;
        try {
            days = OpeningHours.parseDays(c.openWeekdays());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("openWeekdays", "error.supportLine.weekdays");
        }
        if (!c.opensAt().isBefore(c.closesAt())) {
            throw new InvalidInputException("closesAt", "error.supportLine.closesBeforeOpens");
        }
        new OpeningHours(days, c.opensAt(), c.closesAt());
    }

    /** The lines close on Belgian public holidays, 11 July and the days off administrators add. */
    private java.util.function.Predicate<java.time.LocalDate> daysOff() {
        var added = calendars.extraHolidays().stream().map(org.serviceportal.calendar.CalendarService.HolidayView::date)
                .collect(java.util.stream.Collectors.toSet());
        return d -> org.serviceportal.calendar.Holidays.isBelgianOrFlemish(d) || added.contains(d);
    }

    static SupportLineView view(SupportLine l, ZonedDateTime now, java.util.function.Predicate<java.time.LocalDate> dayOff,
            java.util.function.Function<String, Optional<ServiceCalendar>> calendarOf) {
        Boolean open = null;
        if (l.getHoursCalendar() != null) {
            Optional<ServiceCalendar> calendar = calendarOf.apply(l.getHoursCalendar());
            Optional<OpeningHours> uniform = calendar.flatMap(c -> uniformHours(c.ranges()));
            if (now != null) {
                open = calendar.map(c -> c.isOpenAt(now.toInstant())).orElse(null);
            }
            List<Channel> channels = Arrays.stream(l.getChannels().split(",")).filter(s -> !s.isBlank())
                    .map(Channel::valueOf).toList();
            return new SupportLineView(l.getId(), l.getLineNumber(), l.getNameNl(), l.getNameEn(), l.getWhoNl(),
                    l.getWhoEn(), l.getHowNl(), l.getHowEn(), channels, l.getPhone(), l.getEmail(), l.isFreeOfCharge(),
                    uniform.map(OpeningHours::opens).orElse(null), uniform.map(OpeningHours::closes).orElse(null),
                    uniform.map(u -> days(u.days())).orElse(null), open, l.getVersion(), l.getHoursCalendar());
        }
        if (now != null && l.getOpensAt() != null && l.getClosesAt() != null && l.getOpenWeekdays() != null) {
            open = new OpeningHours(OpeningHours.parseDays(l.getOpenWeekdays()), l.getOpensAt(), l.getClosesAt())
                    .isOpenAt(now, dayOff);
        }
        List<Channel> channels = Arrays.stream(l.getChannels().split(",")).filter(s -> !s.isBlank())
                .map(Channel::valueOf).toList();
        return new SupportLineView(l.getId(), l.getLineNumber(), l.getNameNl(), l.getNameEn(), l.getWhoNl(),
                l.getWhoEn(), l.getHowNl(), l.getHowEn(), channels, l.getPhone(), l.getEmail(), l.isFreeOfCharge(),
                l.getOpensAt(), l.getClosesAt(), l.getOpenWeekdays(), open, l.getVersion(), null);
    }

    /** The calendar's ranges as days and one pair of times, when each open day has the same single range. */
    static Optional<OpeningHours> uniformHours(List<WeeklyRange> ranges) {
        if (ranges.isEmpty() || ranges.stream().anyMatch(WeeklyRange::endsAtEndOfDay)
                || ranges.stream().map(r -> r.from().toString() + r.to()).distinct().count() != 1
                || ranges.stream().map(WeeklyRange::day).distinct().count() != ranges.size()) {
            return Optional.empty();
        }
        return Optional.of(new OpeningHours(ranges.stream().map(WeeklyRange::day).collect(
                java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(java.time.DayOfWeek.class))),
                ranges.get(0).from(), ranges.get(0).to()));
    }

    /** Days as "MON,TUE,FRI" (what {@link OpeningHours#parseDays} reads). */
    private static String days(java.util.Set<java.time.DayOfWeek> days) {
        return String.join(",", days.stream().sorted().map(d -> d.name().substring(0, 3)).toList());
    }

}
