package org.serviceportal.availability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.calendar.CalendarChanged;
import org.serviceportal.calendar.CalendarService;
import org.serviceportal.calendar.Interval;
import org.serviceportal.calendar.ServiceCalendar;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductStatusChanged;
import org.serviceportal.platform.change.KeyedSnapshot;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.rest.TimeParameters;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.sla.SlaTargetService;

/**
 * Availability reports: for a product, each service window it has a target in, and each month,
 * quarter or year of a range, the figures of {@link AvailabilityCalculator} against the target that
 * applied then (the value in effect at the end of the period, or now while it runs).
 *
 * <p>The outages and maintenance of the whole range are read once; a period that has not ended is
 * counted up to now ({@code complete} false).
 */
@ApplicationScoped
public class AvailabilityService {

    /** Periods are months, quarters and years of the Brussels calendar. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    /** The size of a report's periods. */
    public enum Granularity {
        MONTH, QUARTER, YEAR
    }

    /** The figures of a period that has ended: one row per product, period and service window. */
    record PeriodKey(String product, Granularity granularity, YearMonth start, String calendar) {
    }

    /** The figure of a day that has ended, for the status page. */
    record DayKey(String product, LocalDate day) {
    }

    /**
     * Figures of periods and days that have ended: they change only when the data behind them does
     * (a product's outages or maintenance; the service windows for periods).
     */
    private final KeyedSnapshot<PeriodKey, AvailabilityRow> endedPeriods = new KeyedSnapshot<>();
    private final KeyedSnapshot<DayKey, DayFigure> endedDays = new KeyedSnapshot<>();

    @Inject
    OutageService outages;

    @Inject
    MaintenanceService maintenance;

    @Inject
    SlaTargetService targets;

    @Inject
    CalendarService calendars;

    @Inject
    ProductService products;

    @Inject
    Clock clock;

    /**
     * The report as the API asks for it: product code, first and last month ({@code YYYY-MM}; default
     * the twelve months up to this one) and period size ({@code month}, {@code quarter}, {@code year}).
     */
    public List<AvailabilityRow> report(String product, String from, String to, String per) {
        if (product == null || product.isBlank()) {
            throw new InvalidInputException("product", "error.report.productRequired");
        }
        if (products.find(product).isEmpty()) {
            throw new NotFoundException("Product", product);
        }
        Granularity granularity;
        try {
            granularity = per == null || per.isBlank() ? Granularity.MONTH
                    : Granularity.valueOf(per.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("per", "error.report.per");
        }
        YearMonth last = TimeParameters.month("to", to).orElse(YearMonth.now(clock.withZone(ZONE)));
        YearMonth first = TimeParameters.month("from", from).orElse(last.minusMonths(11));
        return report(product, periodStart(first, granularity), last, granularity);
    }

    /** Forgets the figures of a product whose outages or maintenance changed (on any node). */
    void statusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductStatusChanged event) {
        endedPeriods.invalidate(k -> k.product().equals(event.product()));
        endedDays.invalidate(k -> k.product().equals(event.product()));
    }

    /** Forgets every report figure when service windows or days off changed (on any node). */
    void calendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged event) {
        endedPeriods.invalidateAll();
    }

    /**
     * The report of one product from the first month to the last, both included. Periods that have
     * ended are computed once and kept until the data behind them changes; only the running period
     * and periods not seen before are read from the database.
     */
    public List<AvailabilityRow> report(String product, YearMonth first, YearMonth last, Granularity granularity) {
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "error.report.toBeforeFrom");
        }
        if (first.plusYears(10).isBefore(last)) {
            throw new InvalidInputException("to", "error.report.tenYears");
        }
        long generation = endedPeriods.generation();
        var histories = targets.historyOf(product);
        Instant now = clock.instant();
        Instant rangeStart = first.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant rangeEnd = last.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        if (histories.isEmpty() || !rangeStart.isBefore(now)) {
            return List.of();
        }
        // the figures kept, up to the first period whose figures are not all kept: read the database
        // from there on only
        Map<PeriodKey, AvailabilityRow> kept = new HashMap<>();
        YearMonth firstMissing = null;
        for (YearMonth start = first; !start.isAfter(last) && firstMissing == null; start = next(start, granularity)) {
            Instant to = next(start, granularity).atDay(1).atStartOfDay(ZONE).toInstant();
            for (var history : histories) {
                if (!applies(history, start, granularity)) {
                    continue; // the product promised nothing in this window then: no row to keep
                }
                var key = new PeriodKey(product, granularity, start, history.calendar());
                AvailabilityRow row = to.isAfter(now) ? null : endedPeriods.get(key);
                if (row == null) {
                    firstMissing = start;
                    break;
                }
                kept.put(key, row);
            }
        }
        if (firstMissing == null) {
            List<AvailabilityRow> rows = new ArrayList<>();
            for (YearMonth start = first; !start.isAfter(last); start = next(start, granularity)) {
                for (var history : histories) {
                    if (applies(history, start, granularity)) {
                        rows.add(kept.get(new PeriodKey(product, granularity, start, history.calendar())));
                    }
                }
            }
            return rows;
        }
        rangeStart = firstMissing.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant end = rangeEnd.isAfter(now) ? now : rangeEnd;
        List<Downtime> downtime = new ArrayList<>();
        for (OutageSpan o : outages.spans(product, rangeStart, end)) {
            if (o.severity().countsAsDowntime()) {
                Instant to = o.endedAt() == null || o.endedAt().isAfter(end) ? end : o.endedAt();
                if (to.isAfter(o.startedAt())) {
                    downtime.add(new Downtime(Interval.of(o.startedAt(), to), o.external()));
                }
            }
        }
        List<Interval> planned = new ArrayList<>();
        List<MaintenanceView> noted = new ArrayList<>();
        for (MaintenanceView m : maintenance.overlapping(product, rangeStart, end)) {
            // planned means announced: the flag alone does not leave a window out
            if (m.isCountsAsPlanned()) {
                planned.add(Interval.of(m.startsAt(), m.endsAt()));
            } else {
                downtime.add(Downtime.internal(Interval.of(m.startsAt(), m.endsAt())));
            }
            if (m.planning().needsNote()) {
                noted.add(m);
            }
        }
        long noticeHours = maintenance.notice().toHours();
        List<AvailabilityRow> rows = new ArrayList<>();
        for (YearMonth start = first; !start.isAfter(last); start = next(start, granularity)) {
            if (start.isBefore(firstMissing)) {
                for (var history : histories) {
                    if (applies(history, start, granularity)) {
                        rows.add(kept.get(new PeriodKey(product, granularity, start, history.calendar())));
                    }
                }
                continue;
            }
            Instant from = start.atDay(1).atStartOfDay(ZONE).toInstant();
            Instant to = next(start, granularity).atDay(1).atStartOfDay(ZONE).toInstant();
            if (!from.isBefore(now)) {
                break;
            }
            boolean complete = !to.isAfter(now);
            Interval period = Interval.of(from, complete ? to : now);
            // only what touches this period: the calculator then merges hundreds, not the whole range
            List<Downtime> periodDowntime = downtime.stream().filter(d -> d.interval().overlaps(period)).toList();
            List<Interval> periodPlanned = planned.stream().filter(i -> i.overlaps(period)).toList();
            List<MaintenanceView> periodNoted = noted.stream()
                    .filter(m -> Interval.of(m.startsAt(), m.endsAt()).overlaps(period)).toList();
            for (var history : histories) {
                var target = history.percentDuring(period.start(), period.end());
                if (target == null) {
                    continue; // the product promised nothing in this window then
                }
                ServiceCalendar calendar = calendars.calendar(history.calendar());
                var figures = AvailabilityCalculator.calculate(period, calendar, periodDowntime, periodPlanned);
                var row = new AvailabilityRow(product, label(start, granularity), start.atDay(1),
                        next(start, granularity).atDay(1), history.calendar(),
                        figures.windowMinutes(), figures.plannedMaintenanceMinutes(), figures.downtimeMinutes(),
                        figures.externalDowntimeMinutes(), figures.availabilityPercent(),
                        figures.availabilityExcludingExternalPercent(), target, figures.met(target),
                        figures.metExcludingExternal(target), complete,
                        notes(periodNoted, calendar, period, noticeHours));
                rows.add(row);
                if (complete) {
                    endedPeriods.keep(new PeriodKey(product, granularity, start, history.calendar()), row, generation);
                }
            }
        }
        return rows;
    }

    /**
     * The windows to explain in one row: those of the period that touch the calendar's open time
     * in it (a night's maintenance says nothing about office hours).
     */
    private static List<MaintenanceNote> notes(List<MaintenanceView> noted, ServiceCalendar calendar, Interval period,
            long noticeHours) {
        if (noted.isEmpty()) {
            return List.of();
        }
        List<Interval> open = calendar.windowsWithin(period.start(), period.end());
        return noted.stream()
                .filter(m -> !Intervals.intersect(open, List.of(Interval.of(m.startsAt(), m.endsAt()))).isEmpty())
                .map(m -> MaintenanceNote.of(m, noticeHours))
                .toList();
    }

    /** Whether a target applied at some moment of the period that starts at {@code start}. */
    private static boolean applies(org.serviceportal.sla.SlaTargetService.TargetHistory history, YearMonth start,
            Granularity granularity) {
        return history.percentDuring(start.atDay(1).atStartOfDay(ZONE).toInstant(),
                next(start, granularity).atDay(1).atStartOfDay(ZONE).toInstant()) != null;
    }

    /** The availability of each day (24 hours, Brussels) over the last {@code days} days, oldest first. */
    public List<DayFigure> dailyHistory(String product, int days) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate firstDay = today.minusDays(days - 1L);
        Instant now = clock.instant();
        long generation = endedDays.generation();
        endedDays.forget(k -> k.product().equals(product) && k.day().isBefore(firstDay));
        // read the database only from the first day not kept (usually just today)
        List<DayFigure> kept = new ArrayList<>(days);
        LocalDate firstMissing = firstDay;
        while (firstMissing.isBefore(today)) {
            DayFigure figure = endedDays.get(new DayKey(product, firstMissing));
            if (figure == null) {
                break;
            }
            kept.add(figure);
            firstMissing = firstMissing.plusDays(1);
        }
        Instant from = firstMissing.atStartOfDay(ZONE).toInstant();
        List<OutageSpan> recent = outages.spans(product, from, now);
        List<MaintenanceView> windows = maintenance.overlapping(product, from, now);
        ServiceCalendar always = ServiceCalendar.alwaysOpen("day", ZONE);
        List<DayFigure> result = new ArrayList<>(days);
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            if (day.isBefore(firstMissing)) {
                result.add(kept.get((int) ChronoUnit.DAYS.between(firstDay, day)));
                continue;
            }
            Instant dayStart = day.atStartOfDay(ZONE).toInstant();
            Instant dayEnd = day.plusDays(1).atStartOfDay(ZONE).toInstant();
            Instant end = dayEnd.isAfter(now) ? now : dayEnd;
            if (!end.isAfter(dayStart)) {
                break;
            }
            List<Downtime> down = new ArrayList<>();
            boolean degraded = false;
            Severity worst = null;
            for (OutageSpan o : recent) {
                Instant oEnd = o.endedAt() == null ? end : o.endedAt();
                if (o.startedAt().isBefore(end) && oEnd.isAfter(dayStart)) {
                    if (worst == null || o.severity().compareTo(worst) > 0) {
                        worst = o.severity();
                    }
                    if (o.severity().countsAsDowntime()) {
                        down.add(new Downtime(Interval.of(o.startedAt(), oEnd.isAfter(o.startedAt()) ? oEnd
                                : o.startedAt().plusSeconds(1)), o.external()));
                    } else {
                        degraded = true;
                    }
                }
            }
            List<Interval> planned = new ArrayList<>();
            boolean maintained = false;
            for (MaintenanceView m : windows) {
                if (m.startsAt().isBefore(end) && m.endsAt().isAfter(dayStart)) {
                    maintained = true;
                    if (m.isCountsAsPlanned()) {
                        planned.add(Interval.of(m.startsAt(), m.endsAt()));
                    } else {
                        down.add(Downtime.internal(Interval.of(m.startsAt(), m.endsAt())));
                    }
                }
            }
            var figures = AvailabilityCalculator.calculate(Interval.of(dayStart, end), always, down, planned);
            var figure = new DayFigure(day, figures.availabilityPercent(), figures.downtimeMinutes(), degraded, maintained,
                    worst);
            result.add(figure);
            if (day.isBefore(today)) {
                endedDays.keep(new DayKey(product, day), figure, generation);
            }
        }
        return result;
    }

    /**
     * One day of the status page's history bar; {@code worstOutage} the severity of the worst outage
     * that day (null: none), so that partial and major outages are told apart.
     */
    public record DayFigure(LocalDate day, java.math.BigDecimal availabilityPercent, long downtimeMinutes,
            boolean degraded, boolean maintenance, Severity worstOutage) {
    }

    private static YearMonth next(YearMonth start, Granularity g) {
        return switch (g) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** Where a period of this granularity starts, for a month inside it. */
    public static YearMonth periodStart(YearMonth month, Granularity g) {
        return switch (g) {
            case MONTH -> month;
            case QUARTER -> YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 1);
            case YEAR -> YearMonth.of(month.getYear(), 1);
        };
    }

    static String label(YearMonth start, Granularity g) {
        return switch (g) {
            case MONTH -> start.toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }
}
