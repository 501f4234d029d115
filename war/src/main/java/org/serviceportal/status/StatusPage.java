package org.serviceportal.status;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.serviceportal.availability.AvailabilityService.DayFigure;
import org.serviceportal.maintenance.MaintenanceView;

/** The public status page: each product now, its last 90 days, the FAS fall-back, upcoming maintenance. */
@Named
@RequestScoped
public class StatusPage {

    static final int HISTORY_DAYS = 90;

    /** One product's line on the page. */
    public record Line(StatusService.ProductStatusView status, List<Bar> bars, BigDecimal availability) {
    }

    /**
     * One day's bar, ready to render: 450 bars are on the page, so the view does no work per bar.
     * Only notable days (outage, degraded, maintenance) are focus stops with a spoken label.
     */
    public record Bar(String level, String title, String label) {
        public boolean isNotable() {
            return label != null;
        }
    }

    @Inject
    StatusService statuses;

    @Inject
    org.serviceportal.platform.i18n.CurrentLanguage lang;

    private List<Line> lines;

    public List<Line> getLines() {
        if (lines == null) {
            var snapshot = statuses.snapshot(HISTORY_DAYS);
            lines = snapshot.statuses().stream().map(s -> {
                List<DayFigure> days = snapshot.history().get(s.product().code());
                return new Line(s, days.stream().map(this::bar).toList(), average(days));
            }).toList();
        }
        return lines;
    }

    /** Whether the federal authentication service is down now: the eID fall-back applies. */
    public boolean isFasDown() {
        return getLines().stream().flatMap(l -> l.status().openOutages().stream())
                .anyMatch(o -> "fas".equals(o.causedBy()) && o.severity().countsAsDowntime());
    }

    public List<MaintenanceView> getUpcoming() {
        return statuses.upcomingMaintenance(Duration.ofDays(30));
    }

    private Bar bar(DayFigure day) {
        String level = level(day);
        String title = org.serviceportal.platform.i18n.Formats.date(day.day(), lang.getLanguage()) + ": "
                + org.serviceportal.platform.i18n.Formats.percent(day.availabilityPercent(), lang.getLanguage());
        return new Bar(level, title, "ok".equals(level) ? null
                : title + " (" + lang.text("status.level." + level) + ")");
    }

    /** CSS modifier of a day's bar. */
    static String level(DayFigure day) {
        if (day.downtimeMinutes() == 0) {
            return day.maintenance() ? "maintenance" : day.degraded() ? "degraded" : "ok";
        }
        return day.availabilityPercent().compareTo(new BigDecimal("99")) >= 0 ? "minor" : "major";
    }

    private static BigDecimal average(List<DayFigure> days) {
        if (days.isEmpty()) {
            return new BigDecimal("100.000");
        }
        BigDecimal sum = days.stream().map(DayFigure::availabilityPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(days.size()), 3, RoundingMode.HALF_UP);
    }
}
