package org.serviceportal.availability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * The availability of one product in one calendar over one period, as the availability report and
 * {@code GET /api/v1/availability} publish it.
 *
 * <p>Rounding, done once, from exact durations:
 * <ul>
 * <li>each minute figure is its own exact duration in minutes rounded to the nearest whole minute,
 *     half a minute up (so 90 seconds is 2 minutes, 89 seconds 1);</li>
 * <li>the percentages are computed from the exact durations, not from the rounded minutes, and
 *     rounded to 3 decimals, half up;</li>
 * <li>when nothing was promised (window − planned maintenance is zero) both percentages are 100:
 *     no promised minute was missed.</li>
 * </ul>
 *
 * @param windowMinutes                        the calendar's open time in the period
 * @param plannedMaintenanceMinutes            planned maintenance inside the window
 * @param downtimeMinutes                      unplanned downtime inside the window outside planned
 *                                             maintenance, external causes included
 * @param externalDowntimeMinutes              the part of that downtime caused only by external services
 * @param availabilityPercent                  100 × (1 − downtime / (window − planned))
 * @param availabilityExcludingExternalPercent 100 × (1 − (downtime − external) / (window − planned))
 */
public record AvailabilityFigures(long windowMinutes, long plannedMaintenanceMinutes, long downtimeMinutes,
        long externalDowntimeMinutes, BigDecimal availabilityPercent,
        BigDecimal availabilityExcludingExternalPercent) {

    /** Percentages carry three decimals. */
    public static final int PERCENT_SCALE = 3;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    public AvailabilityFigures {
        requireNotNegative(windowMinutes, "windowMinutes");
        requireNotNegative(plannedMaintenanceMinutes, "plannedMaintenanceMinutes");
        requireNotNegative(downtimeMinutes, "downtimeMinutes");
        requireNotNegative(externalDowntimeMinutes, "externalDowntimeMinutes");
        Objects.requireNonNull(availabilityPercent, "availabilityPercent");
        Objects.requireNonNull(availabilityExcludingExternalPercent, "availabilityExcludingExternalPercent");
    }

    /**
     * The figures from exact durations, rounded as the class describes.
     *
     * @throws IllegalArgumentException when the parts do not fit inside each other (planned within
     *                                  the window, downtime within the rest, external within downtime)
     */
    public static AvailabilityFigures of(Duration window, Duration planned, Duration downtime, Duration external) {
        Duration promised = window.minus(planned);
        if (planned.isNegative() || promised.isNegative() || downtime.isNegative()
                || downtime.compareTo(promised) > 0 || external.isNegative() || external.compareTo(downtime) > 0) {
            throw new IllegalArgumentException("inconsistent durations: window " + window + ", planned "
                    + planned + ", downtime " + downtime + ", external " + external);
        }
        return new AvailabilityFigures(minutes(window), minutes(planned), minutes(downtime), minutes(external),
                percentAvailable(downtime, promised), percentAvailable(downtime.minus(external), promised));
    }

    /** Whether the availability reached the target (as published, i.e. rounded to 3 decimals). */
    public boolean met(BigDecimal targetPercent) {
        return availabilityPercent.compareTo(targetPercent) >= 0;
    }

    /** Whether the availability without external causes reached the target. */
    public boolean metExcludingExternal(BigDecimal targetPercent) {
        return availabilityExcludingExternalPercent.compareTo(targetPercent) >= 0;
    }

    static long minutes(Duration duration) {
        return seconds(duration).divide(SECONDS_PER_MINUTE, 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal percentAvailable(Duration missed, Duration promised) {
        if (promised.isZero()) {
            return HUNDRED.setScale(PERCENT_SCALE);
        }
        BigDecimal p = seconds(promised);
        return p.subtract(seconds(missed)).multiply(HUNDRED).divide(p, PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /** Exact, to the nanosecond. */
    private static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
    }

    private static void requireNotNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
