package org.serviceportal.status;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serviceportal.availability.AvailabilityService.DayFigure;
import org.serviceportal.availability.OutageService;
import org.serviceportal.availability.OutageView;
import org.serviceportal.catalog.ProductStatus;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.maintenance.MaintenanceView;

/**
 * The public status page: one overall line, what is going on now (each ongoing outage with its latest
 * update, ongoing maintenance), each product with its last 90 days, the FAS fall-back, upcoming
 * maintenance, and the history of the last 90 days (past outages and maintenance, each linking to
 * its own page).
 */
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

    /** The most history entries the page lists (outages recorded by monitoring can be many). */
    static final int HISTORY_LIMIT = 50;

    /** The page's first line: the worst status of the products and the products that have it. */
    public record Overall(ProductStatus status, String text) {
    }

    /** A past outage or maintenance window, with the link to its own page. */
    public record Past(String kind, long id, String title, String what, String products, Instant from, Instant to,
            String duration, String href) {
    }

    @Inject
    StatusService statuses;

    @Inject
    OutageService outages;

    @Inject
    MaintenanceService maintenance;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    private Overall overall;
    private List<Past> history;

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

    public Overall getOverall() {
        if (overall == null) {
            var current = statuses.snapshot(HISTORY_DAYS).statuses();
            ProductStatus worst = current.stream().map(StatusService.ProductStatusView::status)
                    .max(Comparator.comparingInt(PublicStatus::rank)).orElse(ProductStatus.OPERATIONAL);
            List<String> affected = current.stream().filter(s -> s.status() == worst)
                    .map(s -> s.product().code()).toList();
            overall = new Overall(worst, worst == ProductStatus.OPERATIONAL ? lang.text("status.overall.OPERATIONAL")
                    : lang.text("status.overall." + worst.name(), notices.productNames(affected)));
        }
        return overall;
    }

    /** The outages going on now, the worst first, then the longest running. */
    public List<OutageView> getOngoing() {
        return statuses.snapshot(HISTORY_DAYS).statuses().stream().flatMap(s -> s.openOutages().stream())
                .sorted(Comparator.comparing(OutageView::severity, Comparator.reverseOrder())
                        .thenComparing(OutageView::startedAt).thenComparing(OutageView::id))
                .toList();
    }

    /** The maintenance going on now, each window once. */
    public List<MaintenanceView> getOngoingMaintenance() {
        Map<Long, MaintenanceView> windows = new LinkedHashMap<>();
        statuses.snapshot(HISTORY_DAYS).statuses().forEach(s -> s.ongoingMaintenance().forEach(m -> windows.putIfAbsent(m.id(), m)));
        return List.copyOf(windows.values());
    }

    /**
     * Past outages and maintenance of the last {@link #HISTORY_DAYS} days, newest first, at most
     * {@link #HISTORY_LIMIT}.
     */
    public List<Past> getHistory() {
        if (history == null) {
            Instant now = clock.instant();
            Instant from = now.minus(Duration.ofDays(HISTORY_DAYS));
            List<Past> all = new ArrayList<>();
            for (OutageView o : outages.recentlyEnded(from, now, HISTORY_LIMIT)) {
                all.add(new Past("outage", o.id(), notices.title(o), lang.text("severity." + o.severity().name()),
                        notices.productName(o.product()), o.startedAt(), o.endedAt(),
                        notices.duration(o.startedAt(), o.endedAt()), "/public/outage.xhtml?id=" + o.id()));
            }
            for (MaintenanceView m : maintenance.overlapping(null, from, now)) {
                if (!m.endsAt().isAfter(now)) {
                    all.add(new Past("maintenance", m.id(), lang.pick(m.title().nl(), m.title().en()),
                            lang.text(m.planned() ? "notices.maintenance.planned" : "notices.maintenance.unplanned"),
                            notices.productNames(m.products()), m.startsAt(), m.endsAt(),
                            notices.duration(m.startsAt(), m.endsAt()), "/public/maintenance-window.xhtml?id=" + m.id()));
                }
            }
            all.sort(Comparator.comparing(Past::from, Comparator.reverseOrder()).thenComparing(Past::id,
                    Comparator.reverseOrder()));
            history = all.size() > HISTORY_LIMIT ? List.copyOf(all.subList(0, HISTORY_LIMIT)) : List.copyOf(all);
        }
        return history;
    }

    /** Whether the history was cut at {@link #HISTORY_LIMIT} entries. */
    public boolean isHistoryCut() {
        return getHistory().size() >= HISTORY_LIMIT;
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
