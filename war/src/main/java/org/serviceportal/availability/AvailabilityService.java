package org.serviceportal.availability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.serviceportal.calendar.CalendarService;
import org.serviceportal.calendar.Interval;
import org.serviceportal.calendar.ServiceCalendar;
import org.serviceportal.catalog.ProductService;
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

    /** Figures of periods that have ended, by product: they change only when the data behind them does. */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.ConcurrentHashMap<String, AvailabilityRow>>
            endedPeriods = new java.util.concurrent.ConcurrentHashMap<>();

    /** Figures of days that have ended, by product, for the status page. */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.ConcurrentHashMap<LocalDate, DayFigure>>
            endedDays = new java.util.concurrent.ConcurrentHashMap<>();

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
            throw new IllegalArgumentException("product is required");
        }
        if (products.find(product).isEmpty()) {
            throw new NotFoundException("Product", product);
        }
        Granularity granularity;
        try {
            granularity = per == null || per.isBlank() ? Granularity.MONTH
                    : Granularity.valueOf(per.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("per must be month, quarter or year");
        }
        YearMonth last = TimeParameters.month("to", to).orElse(YearMonth.now(clock.withZone(ZONE)));
        YearMonth first = TimeParameters.month("from", from).orElse(last.minusMonths(11));
        return report(product, periodStart(first, granularity), last, granularity);
    }

    /** Forgets the figures of a product whose outages or maintenance changed (after the change commits). */
    void statusChanged(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_COMPLETION)
            org.serviceportal.catalog.ProductStatusChanged event) {
        endedPeriods.remove(event.product());
        endedDays.remove(event.product());
    }

    /** Forgets every report figure when service windows or days off changed. */
    void calendarChanged(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_COMPLETION)
            org.serviceportal.calendar.CalendarChanged event) {
        endedPeriods.clear();
    }

    /** The same for changes made on another node of the cluster. */
    void changedElsewhere(@jakarta.enterprise.event.Observes(notifyObserver = jakarta.enterprise.event.Reception.IF_EXISTS)
            org.serviceportal.platform.cluster.ClusterChange change) {
        switch (change.kind()) {
            case PRODUCT_STATUS -> {
                endedPeriods.remove(change.key());
                endedDays.remove(change.key());
            }
            case CALENDAR -> endedPeriods.clear();
            default -> {
                // maintenance windows come with a PRODUCT_STATUS change per product; incidents count for nothing here
            }
        }
    }

    /**
     * The report of one product from the first month to the last, both included. Periods that have
     * ended are computed once and kept until the data behind them changes; only the running period
     * and periods not seen before are read from the database.
     */
    public List<AvailabilityRow> report(String product, YearMonth first, YearMonth last, Granularity granularity) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("to must not be before from");
        }
        if (first.plusYears(10).isBefore(last)) {
            throw new IllegalArgumentException("a report spans at most ten years");
        }
        var histories = targets.historyOf(product);
        Instant now = clock.instant();
        Instant rangeStart = first.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant rangeEnd = last.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        if (histories.isEmpty() || !rangeStart.isBefore(now)) {
            return List.of();
        }
        var cache = endedPeriods.computeIfAbsent(product, p -> new java.util.concurrent.ConcurrentHashMap<>());
        // the first period whose figures are not all kept: read the database from there on only
        YearMonth firstMissing = null;
        for (YearMonth start = first; !start.isAfter(last); start = next(start, granularity)) {
            Instant to = next(start, granularity).atDay(1).atStartOfDay(ZONE).toInstant();
            boolean kept = !to.isAfter(now);
            for (var history : histories) {
                kept &= !applies(history, start, granularity) || cache.containsKey(cacheKey(start, granularity, history.calendar()));
            }
            if (!kept) {
                firstMissing = start;
                break;
            }
        }
        if (firstMissing == null) {
            List<AvailabilityRow> rows = new ArrayList<>();
            for (YearMonth start = first; !start.isAfter(last); start = next(start, granularity)) {
                for (var history : histories) {
                    if (applies(history, start, granularity)) {
                        rows.add(cache.get(cacheKey(start, granularity, history.calendar())));
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
        for (MaintenanceView m : maintenance.overlapping(product, rangeStart, end)) {
            if (m.planned()) {
                planned.add(Interval.of(m.startsAt(), m.endsAt()));
            } else {
                downtime.add(Downtime.internal(Interval.of(m.startsAt(), m.endsAt())));
            }
        }
        List<AvailabilityRow> rows = new ArrayList<>();
        for (YearMonth start = first; !start.isAfter(last); start = next(start, granularity)) {
            if (start.isBefore(firstMissing)) {
                for (var history : histories) {
                    if (applies(history, start, granularity)) {
                        rows.add(cache.get(cacheKey(start, granularity, history.calendar())));
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
                        figures.metExcludingExternal(target), complete);
                rows.add(row);
                if (complete) {
                    cache.put(cacheKey(start, granularity, history.calendar()), row);
                }
            }
        }
        return rows;
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
        var kept = endedDays.computeIfAbsent(product, p -> new java.util.concurrent.ConcurrentHashMap<>());
        kept.keySet().removeIf(d -> d.isBefore(firstDay));
        // read the database only from the first day not kept (usually just today)
        LocalDate firstMissing = firstDay;
        while (firstMissing.isBefore(today) && kept.containsKey(firstMissing)) {
            firstMissing = firstMissing.plusDays(1);
        }
        Instant from = firstMissing.atStartOfDay(ZONE).toInstant();
        List<OutageSpan> recent = outages.spans(product, from, now);
        List<MaintenanceView> windows = maintenance.overlapping(product, from, now);
        ServiceCalendar always = ServiceCalendar.alwaysOpen("day", ZONE);
        List<DayFigure> result = new ArrayList<>(days);
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            if (day.isBefore(firstMissing)) {
                result.add(kept.get(day));
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
            for (OutageSpan o : recent) {
                Instant oEnd = o.endedAt() == null ? end : o.endedAt();
                if (o.startedAt().isBefore(end) && oEnd.isAfter(dayStart)) {
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
                    if (m.planned()) {
                        planned.add(Interval.of(m.startsAt(), m.endsAt()));
                    } else {
                        down.add(Downtime.internal(Interval.of(m.startsAt(), m.endsAt())));
                    }
                }
            }
            var figures = AvailabilityCalculator.calculate(Interval.of(dayStart, end), always, down, planned);
            var figure = new DayFigure(day, figures.availabilityPercent(), figures.downtimeMinutes(), degraded, maintained);
            result.add(figure);
            if (day.isBefore(today)) {
                kept.put(day, figure);
            }
        }
        return result;
    }

    /** One day of the status page's history bar. */
    public record DayFigure(LocalDate day, java.math.BigDecimal availabilityPercent, long downtimeMinutes,
            boolean degraded, boolean maintenance) {
    }

    private static String cacheKey(YearMonth start, Granularity g, String calendar) {
        return g + "|" + start + "|" + calendar;
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
