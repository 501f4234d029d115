package org.serviceportal.servicedesk;

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

/** Owns the support lines and tells whether each is open now. */
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
                .map(l -> view(l, now, dayOff)).toList();
    }

    public SupportLineView get(long id) {
        return Optional.ofNullable(em.find(SupportLine.class, id)).map(l -> view(l, ZonedDateTime.now(clock), daysOff()))
                .orElseThrow(() -> new NotFoundException("SupportLine", id));
    }

    @Transactional
    public SupportLineView update(long id, @Valid SupportLineChange change) {
        SupportLine line = Optional.ofNullable(em.find(SupportLine.class, id))
                .orElseThrow(() -> new NotFoundException("SupportLine", id));
        if (line.getVersion() != change.version()) {
            throw new StaleVersionException("SupportLine", id);
        }
        checkHours(change);
        ZonedDateTime now = ZonedDateTime.now(clock);
        var before = view(line, null, d -> false);
        line.update(normalised(change));
        em.flush();
        var after = view(line, null, d -> false);
        audit.updated("SupportLine", line.getLineNumber(), before, after);
        return view(line, now, daysOff());
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
            throw new InvalidInputException("openWeekdays", "Give the days, the opening and the closing time, or none of them.");
        }
        try {
            new OpeningHours(OpeningHours.parseDays(c.openWeekdays()), c.opensAt(), c.closesAt());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("openWeekdays", e.getMessage());
        }
    }

    /** The lines close on Belgian public holidays, 11 July and the days off administrators add. */
    private java.util.function.Predicate<java.time.LocalDate> daysOff() {
        var added = calendars.extraHolidays().stream().map(org.serviceportal.calendar.CalendarService.HolidayView::date)
                .collect(java.util.stream.Collectors.toSet());
        return d -> org.serviceportal.calendar.Holidays.isBelgianOrFlemish(d) || added.contains(d);
    }

    static SupportLineView view(SupportLine l, ZonedDateTime now, java.util.function.Predicate<java.time.LocalDate> dayOff) {
        Boolean open = null;
        if (now != null && l.getOpensAt() != null && l.getClosesAt() != null && l.getOpenWeekdays() != null) {
            open = new OpeningHours(OpeningHours.parseDays(l.getOpenWeekdays()), l.getOpensAt(), l.getClosesAt())
                    .isOpenAt(now, dayOff);
        }
        List<Channel> channels = Arrays.stream(l.getChannels().split(",")).filter(s -> !s.isBlank())
                .map(Channel::valueOf).toList();
        return new SupportLineView(l.getId(), l.getLineNumber(), l.getNameNl(), l.getNameEn(), l.getWhoNl(),
                l.getWhoEn(), l.getHowNl(), l.getHowEn(), channels, l.getPhone(), l.getEmail(), l.isFreeOfCharge(),
                l.getOpensAt(), l.getClosesAt(), l.getOpenWeekdays(), open, l.getVersion());
    }

}
