package org.serviceportal.availability;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure of an availability report: a product's availability in one service window over one
 * period (a month {@code 2026-03}, a quarter {@code 2026-Q1} or a year {@code 2026}), from its first day
 * to the day after its last. {@code maintenanceNotes}: the planned maintenance inside this service
 * window and period that was left out only because it was recorded afterwards, or that counted as
 * downtime because it was announced too late, in time order.
 */
public record AvailabilityRow(String product, String period, java.time.LocalDate periodStart,
        java.time.LocalDate periodEnd, String calendar, long windowMinutes,
        long plannedMaintenanceMinutes, long downtimeMinutes, long externalDowntimeMinutes,
        BigDecimal availabilityPercent, BigDecimal availabilityExcludingExternalPercent, BigDecimal targetPercent,
        boolean met, boolean metExcludingExternal, boolean complete, List<MaintenanceNote> maintenanceNotes) {

    public AvailabilityRow {
        maintenanceNotes = maintenanceNotes == null ? List.of() : List.copyOf(maintenanceNotes);
    }

    /** A row without maintenance notes. */
    public AvailabilityRow(String product, String period, java.time.LocalDate periodStart,
            java.time.LocalDate periodEnd, String calendar, long windowMinutes,
            long plannedMaintenanceMinutes, long downtimeMinutes, long externalDowntimeMinutes,
            BigDecimal availabilityPercent, BigDecimal availabilityExcludingExternalPercent, BigDecimal targetPercent,
            boolean met, boolean metExcludingExternal, boolean complete) {
        this(product, period, periodStart, periodEnd, calendar, windowMinutes, plannedMaintenanceMinutes, downtimeMinutes,
                externalDowntimeMinutes, availabilityPercent, availabilityExcludingExternalPercent, targetPercent, met,
                metExcludingExternal, complete, List.of());
    }
}
