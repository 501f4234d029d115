package org.serviceportal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.serviceportal.availability.AvailabilityService.DayFigure;
import org.serviceportal.availability.Severity;

class StatusPageTest {

    private static DayFigure day(long downtime, boolean degraded, boolean maintenance, Severity worst) {
        return new DayFigure(LocalDate.of(2026, 11, 3), new BigDecimal(downtime == 0 ? "100.000" : "99.000"), downtime,
                degraded, maintenance, worst);
    }

    @Test
    void partialAndMajorOutagesAreToldApartBySeverityNotByFigure() {
        assertEquals("major", StatusPage.level(day(3, false, false, Severity.MAJOR)));
        assertEquals("partial", StatusPage.level(day(600, false, false, Severity.PARTIAL)));
    }

    @Test
    void theWorstOfTheDayDecides() {
        assertEquals("major", StatusPage.level(day(30, true, true, Severity.MAJOR)));
        assertEquals("maintenance", StatusPage.level(day(0, true, true, Severity.DEGRADED)));
        assertEquals("degraded", StatusPage.level(day(0, true, false, Severity.DEGRADED)));
        assertEquals("ok", StatusPage.level(day(0, false, false, null)));
    }

    @Test
    void unplannedMaintenanceIsMaintenanceThoughItCountsAsDowntime() {
        assertEquals("maintenance", StatusPage.level(day(45, false, true, null)));
    }
}
