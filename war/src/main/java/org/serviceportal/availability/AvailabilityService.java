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

    /** The report of one product from the first month to the last, both included. */
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
        Instant end = rangeEnd.isAfter(now) ? now : rangeEnd;
        List<Downtime> downtime = new ArrayList<>();
        for (OutageView o : outages.overlapping(product, rangeStart, end)) {
            if (o.severity().countsAsDowntime()) {
                Instant to = o.endedAt() == null || o.endedAt().isAfter(end) ? end : o.endedAt();
                if (to.isAfter(o.startedAt())) {
                    downtime.add(new Downtime(Interval.of(o.startedAt(), to), o.causedBy() != null));
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
                ServiceCalendar calendar = calendars.calendar(history.calendar());
                var figures = AvailabilityCalculator.calculate(period, calendar, periodDowntime, periodPlanned);
                var target = history.percentAt(period.end().minusNanos(1));
                rows.add(new AvailabilityRow(product, label(start, granularity), history.calendar(),
                        figures.windowMinutes(), figures.plannedMaintenanceMinutes(), figures.downtimeMinutes(),
                        figures.externalDowntimeMinutes(), figures.availabilityPercent(),
                        figures.availabilityExcludingExternalPercent(), target, figures.met(target),
                        figures.metExcludingExternal(target), complete));
            }
        }
        return rows;
    }

    /** The availability of each day (24 hours, Brussels) over the last {@code days} days, oldest first. */
    public List<DayFigure> dailyHistory(String product, int days) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate firstDay = today.minusDays(days - 1L);
        Instant now = clock.instant();
        Instant from = firstDay.atStartOfDay(ZONE).toInstant();
        List<OutageView> recent = outages.overlapping(product, from, now);
        List<MaintenanceView> windows = maintenance.overlapping(product, from, now);
        ServiceCalendar always = ServiceCalendar.alwaysOpen("day", ZONE);
        List<DayFigure> result = new ArrayList<>(days);
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            Instant dayStart = day.atStartOfDay(ZONE).toInstant();
            Instant dayEnd = day.plusDays(1).atStartOfDay(ZONE).toInstant();
            Instant end = dayEnd.isAfter(now) ? now : dayEnd;
            if (!end.isAfter(dayStart)) {
                break;
            }
            List<Downtime> down = new ArrayList<>();
            boolean degraded = false;
            for (OutageView o : recent) {
                Instant oEnd = o.endedAt() == null ? end : o.endedAt();
                if (o.startedAt().isBefore(end) && oEnd.isAfter(dayStart)) {
                    if (o.severity().countsAsDowntime()) {
                        down.add(new Downtime(Interval.of(o.startedAt(), oEnd.isAfter(o.startedAt()) ? oEnd
                                : o.startedAt().plusSeconds(1)), o.causedBy() != null));
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
            result.add(new DayFigure(day, figures.availabilityPercent(), figures.downtimeMinutes(), degraded, maintained));
        }
        return result;
    }

    /** One day of the status page's history bar. */
    public record DayFigure(LocalDate day, java.math.BigDecimal availabilityPercent, long downtimeMinutes,
            boolean degraded, boolean maintenance) {
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
