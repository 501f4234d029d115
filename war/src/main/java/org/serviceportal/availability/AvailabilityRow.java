package org.serviceportal.availability;

import java.math.BigDecimal;

/**
 * One figure of an availability report: a product's availability in one service window over one
 * period (a month {@code 2026-03}, a quarter {@code 2026-Q1} or a year {@code 2026}), from its first day
 * to the day after its last.
 */
public record AvailabilityRow(String product, String period, java.time.LocalDate periodStart,
        java.time.LocalDate periodEnd, String calendar, long windowMinutes,
        long plannedMaintenanceMinutes, long downtimeMinutes, long externalDowntimeMinutes,
        BigDecimal availabilityPercent, BigDecimal availabilityExcludingExternalPercent, BigDecimal targetPercent,
        boolean met, boolean metExcludingExternal, boolean complete) {
}
