package org.serviceportal.status;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.serviceportal.availability.AvailabilityService;
import org.serviceportal.availability.AvailabilityService.DayFigure;
import org.serviceportal.maintenance.MaintenanceView;

/** The public status page: each product now, its last 90 days, the FAS fall-back, upcoming maintenance. */
@Named
@RequestScoped
public class StatusPage {

    static final int HISTORY_DAYS = 90;

    /** One product's line on the page. */
    public record Line(StatusService.ProductStatusView status, List<DayFigure> days, BigDecimal availability) {
    }

    @Inject
    StatusService statuses;

    @Inject
    AvailabilityService availability;

    private List<Line> lines;

    public List<Line> getLines() {
        if (lines == null) {
            lines = statuses.current().stream().map(s -> {
                List<DayFigure> days = availability.dailyHistory(s.product().code(), HISTORY_DAYS);
                return new Line(s, days, average(days));
            }).toList();
        }
        return lines;
    }

    /** Whether the federal authentication service is down now: the eID fall-back applies. */
    public boolean isFasDown() {
        return statuses.isExternalServiceDown("fas");
    }

    public List<MaintenanceView> getUpcoming() {
        return statuses.upcomingMaintenance(Duration.ofDays(30));
    }

    /** CSS modifier of a day's bar. */
    public String level(DayFigure day) {
        if (day.downtimeMinutes() == 0) {
            return day.maintenance() ? "maintenance" : day.degraded() ? "degraded" : "ok";
        }
        return day.availabilityPercent().compareTo(new BigDecimal("99")) >= 0 ? "minor" : "major";
    }

    public boolean isNotable(DayFigure day) {
        return !"ok".equals(level(day));
    }

    private static BigDecimal average(List<DayFigure> days) {
        if (days.isEmpty()) {
            return new BigDecimal("100.000");
        }
        BigDecimal sum = days.stream().map(DayFigure::availabilityPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(days.size()), 3, RoundingMode.HALF_UP);
    }
}
