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
import java.util.Locale;
import java.util.Map;
import org.serviceportal.availability.AvailabilityService.DayFigure;
import org.serviceportal.availability.OutageService;
import org.serviceportal.availability.OutageView;
import org.serviceportal.availability.Severity;
import org.serviceportal.catalog.ProductStatus;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Formats;
import org.serviceportal.platform.i18n.Language;

/**
 * The public status page: one overall line, what is going on now (each ongoing outage with its latest
 * update, ongoing maintenance), the external services (FAS) with their own status and fall-back, each
 * product with its last 90 days, upcoming maintenance, and the history of the last 90 days (past
 * outages and maintenance, each linking to its own page).
 * <p>
 * Each notable day (an outage, degraded service, maintenance) of the 90-day bars is a link to its
 * entry in the list of days under the bars, which the page highlights as the link's target: the
 * details open by click, tap and keyboard without a script (the page is a snapshot under a policy
 * that allows no inline script).
 */
@Named
@RequestScoped
public class StatusPage {

    static final int HISTORY_DAYS = 90;

    /** Month labels closer than this to the right end (percent) would run off the bars. */
    private static final double LAST_MONTH_LABEL_AT = 92.0;

    /** One product's line on the page, every text ready (450 bars are on the page: the view does no work per bar). */
    public record Line(StatusService.ProductStatusView status, String name, String dependsOn, List<Bar> bars,
            String availability, String barsLabel, String firstDay, List<Month> months, List<Day> days) {
    }

    /**
     * One day's bar. Only notable days link to their details ({@code href}), with a spoken label;
     * the others are decoration.
     */
    public record Bar(String level, String href, String label) {
        public boolean isNotable() {
            return href != null;
        }
    }

    /** A month's label on the date axis under the bars, at its first day ({@code left}: a CSS percentage). */
    public record Month(String label, String left) {
    }

    /** A notable day's details: the anchor its bar links to, what happened, how available the product was. */
    public record Day(String anchor, String level, String date, String what, String availability, String downtime) {
    }

    /** An external service on the page: its status, its fall-back message, the products that depend on it. */
    public record External(String code, String name, String statusKey, boolean down, boolean fallbackActive,
            String fallbackMessage, java.time.Instant fallbackSince, String dependents) {
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

    @Inject
    CurrentLanguage lang;

    private Overall overall;
    private List<Past> history;

    private StatusService.Snapshot snapshot;
    private List<Line> lines;
    private List<External> externals;

    private StatusService.Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = statuses.snapshot(HISTORY_DAYS);
        }
        return snapshot;
    }

    public List<Line> getLines() {
        if (lines == null) {
            var s = snapshot();
            lines = s.statuses().stream().map(st -> line(st, s.history().get(st.product().code()))).toList();
        }
        return lines;
    }

    /** The external services with their status; the fall-back is announced only while staff have switched it on. */
    public List<External> getExternals() {
        if (externals == null) {
            Language l = lang.getLanguage();
            externals = snapshot().externals().stream().map(x -> new External(x.service().code(), x.service().name(l),
                    x.status().name(), x.isDown(), x.service().fallbackActive(), x.service().fallbackMessage(l),
                    x.service().fallbackChangedAt(),
                    String.join(", ", x.dependents().stream().map(p -> p.name(l)).toList()))).toList();
        }
        return externals;
    }

    public Overall getOverall() {
        if (overall == null) {
            var current = snapshot().statuses();
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
        return snapshot().statuses().stream().flatMap(s -> s.openOutages().stream())
                .sorted(Comparator.comparing(OutageView::severity, Comparator.reverseOrder())
                        .thenComparing(OutageView::startedAt).thenComparing(OutageView::id))
                .toList();
    }

    /** The maintenance going on now, each window once. */
    public List<MaintenanceView> getOngoingMaintenance() {
        Map<Long, MaintenanceView> windows = new LinkedHashMap<>();
        snapshot().statuses().forEach(s -> s.ongoingMaintenance().forEach(m -> windows.putIfAbsent(m.id(), m)));
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

    public List<MaintenanceView> getUpcoming() {
        return statuses.upcomingMaintenance(Duration.ofDays(30));
    }

    private Line line(StatusService.ProductStatusView status, List<DayFigure> days) {
        ProductView product = status.product();
        Language language = lang.getLanguage();
        String name = product.name(language);
        List<Bar> bars = new ArrayList<>(days.size());
        List<Month> months = new ArrayList<>();
        List<Day> notable = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            DayFigure day = days.get(i);
            String level = level(day);
            if (day.day().getDayOfMonth() == 1) {
                double left = 100.0 * i / days.size();
                if (left <= LAST_MONTH_LABEL_AT) {
                    // a CSS length, not a text: always with a decimal point
                    months.add(new Month(Formats.monthShort(day.day(), language),
                            String.format(Locale.ROOT, "%.2f%%", left)));
                }
            }
            if ("ok".equals(level)) {
                bars.add(new Bar(level, null, null));
                continue;
            }
            String anchor = "day-" + product.code() + "-" + day.day();
            String date = Formats.weekday(day.day(), language);
            String what = what(day);
            bars.add(new Bar(level, "#" + anchor, date + ": " + what));
            notable.add(new Day(anchor, level, date, what,
                    lang.text("status.day.availability", Formats.percent(day.availabilityPercent(), language)),
                    day.downtimeMinutes() == 0 ? null : lang.text("status.day.downtime", duration(day.downtimeMinutes()))));
        }
        // newest first: the list is read from today backwards
        java.util.Collections.reverse(notable);
        String firstDay = days.isEmpty() ? "" : Formats.shortDate(days.get(0).day(), language);
        Language l = language;
        String dependsOn = String.join(", ", snapshot().externals().stream()
                .filter(x -> product.dependsOnExternal().contains(x.service().code()))
                .map(x -> x.service().name(l)).toList());
        return new Line(status, name, dependsOn, bars, Formats.percent(average(days), language),
                lang.text("status.bars.label", name, firstDay), firstDay, months, notable);
    }

    /** CSS modifier of a day's bar: the worst of what happened that day. */
    static String level(DayFigure day) {
        if (day.worstOutage() == Severity.MAJOR) {
            return "major";
        }
        if (day.worstOutage() == Severity.PARTIAL) {
            return "partial";
        }
        if (day.maintenance()) {
            return "maintenance";
        }
        if (day.downtimeMinutes() > 0) {
            // downtime with neither an outage nor maintenance recorded that day cannot happen; say it is partial
            return "partial";
        }
        return day.degraded() || day.worstOutage() == Severity.DEGRADED ? "degraded" : "ok";
    }

    /** In words, everything that happened that day, worst first. */
    private String what(DayFigure day) {
        List<String> words = new ArrayList<>();
        if (day.worstOutage() == Severity.MAJOR) {
            words.add(lang.text("status.level.major"));
        } else if (day.worstOutage() == Severity.PARTIAL || day.downtimeMinutes() > 0 && !day.maintenance()) {
            words.add(lang.text("status.level.partial"));
        }
        if (day.maintenance()) {
            words.add(lang.text("status.level.maintenance"));
        }
        if (day.degraded()) {
            words.add(lang.text("status.level.degraded"));
        }
        return String.join(", ", words);
    }

    private String duration(long minutes) {
        if (minutes < 60) {
            return lang.text("status.duration.minutes", minutes);
        }
        return minutes % 60 == 0 ? lang.text("status.duration.wholeHours", minutes / 60)
                : lang.text("status.duration.hours", minutes / 60, minutes % 60);
    }

    private static BigDecimal average(List<DayFigure> days) {
        if (days.isEmpty()) {
            return new BigDecimal("100.000");
        }
        BigDecimal sum = days.stream().map(DayFigure::availabilityPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(days.size()), 3, RoundingMode.HALF_UP);
    }
}
