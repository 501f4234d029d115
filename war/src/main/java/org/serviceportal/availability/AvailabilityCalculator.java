package org.serviceportal.availability;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.serviceportal.calendar.Interval;
import org.serviceportal.calendar.ServiceCalendar;

/**
 * Computes the availability of one product in one calendar over one period from intervals the
 * caller has loaded. A pure function: same inputs, same figures.
 *
 * <p>The sets, each merged so overlaps count once:
 * <ul>
 * <li><b>window</b>: the calendar's open time in the period (DST-exact, holidays excluded);</li>
 * <li><b>planned</b>: planned maintenance inside the window;</li>
 * <li><b>downtime</b>: any downtime inside the window and outside planned maintenance; maintenance
 *     announced ahead excuses an outage during it, even one caused by something else;</li>
 * <li><b>external</b>: downtime covered by external-cause downtime <em>and by no internal
 *     downtime</em>. Internal wins an overlap: a minute in which our own product was also down is
 *     our fault whatever else failed, so leaving out external causes never hides it.</li>
 * </ul>
 */
public final class AvailabilityCalculator {

    private AvailabilityCalculator() {
    }

    /**
     * @param period             the report period {@code [from, to)}
     * @param calendar           the service window the target is set in
     * @param downtime           unplanned downtime: outages (not degraded ones; open ones already
     *                           closed by the caller at "now" or the period end) and unplanned
     *                           maintenance; may overlap each other and the period's edges
     * @param plannedMaintenance maintenance announced ahead; may overlap
     */
    public static AvailabilityFigures calculate(Interval period, ServiceCalendar calendar,
            Collection<Downtime> downtime, Collection<Interval> plannedMaintenance) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(calendar, "calendar");
        List<Interval> window = calendar.windowsWithin(period.start(), period.end());
        List<Interval> planned = Intervals.intersect(window, plannedMaintenance);
        List<Interval> promised = Intervals.subtract(window, planned);
        List<Interval> down = Intervals.intersect(promised, intervals(downtime, d -> true));
        List<Interval> externalCause = Intervals.intersect(down, intervals(downtime, Downtime::external));
        List<Interval> external = Intervals.subtract(externalCause, intervals(downtime, d -> !d.external()));
        return AvailabilityFigures.of(Intervals.totalDuration(window), Intervals.totalDuration(planned),
                Intervals.totalDuration(down), Intervals.totalDuration(external));
    }

    private static List<Interval> intervals(Collection<Downtime> downtime, Predicate<Downtime> which) {
        return downtime.stream()
                .filter(which)
                .map(Downtime::interval)
                .toList();
    }
}
