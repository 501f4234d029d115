package org.serviceportal.availability;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.serviceportal.calendar.CalendarService;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.platform.i18n.CurrentLanguage;

/** The public availability report: one product, one year, per month, quarter or year. */
@Named
@RequestScoped
public class AvailabilityReportPage {

    /** The lowest percentage the bars show; below it a bar is empty. Availability lives near 100. */
    static final BigDecimal CHART_FLOOR = new BigDecimal("90");

    @Inject
    AvailabilityService availability;

    @Inject
    ProductService products;

    @Inject
    CalendarService calendars;

    @Inject
    Clock clock;

    @Inject
    CurrentLanguage lang;

    @Inject
    MaintenanceService maintenance;

    /** The maintenance notes of one period, each window once, for the list under the table. */
    public record PeriodNotes(String period, List<MaintenanceNote> notes) {
    }

    private String product;
    private Integer year;
    private String per;
    private List<AvailabilityRow> rows;

    public List<ProductView> getProducts() {
        return products.list();
    }

    public List<Integer> getYears() {
        int now = YearMonth.now(clock.withZone(AvailabilityService.ZONE)).getYear();
        return List.of(now, now - 1, now - 2);
    }

    public String getSelectedProduct() {
        if (product == null || products.find(product).isEmpty()) {
            return products.list().get(0).code();
        }
        return product;
    }

    public int getSelectedYear() {
        return year == null || !getYears().contains(year) ? getYears().get(0) : year;
    }

    public String getSelectedPer() {
        return per == null || !List.of("month", "quarter", "year").contains(per) ? "month" : per;
    }

    public List<AvailabilityRow> getRows() {
        if (rows == null) {
            YearMonth now = YearMonth.now(clock.withZone(AvailabilityService.ZONE));
            YearMonth first = YearMonth.of(getSelectedYear(), 1);
            YearMonth last = getSelectedYear() == now.getYear() ? now : YearMonth.of(getSelectedYear(), 12);
            rows = availability.report(getSelectedProduct(), first.toString(), last.toString(), getSelectedPer());
        }
        return rows;
    }

    /**
     * The planned maintenance the figures leave out only because it was recorded afterwards, or
     * count as downtime because it was announced too late: per period, each window once.
     */
    public List<PeriodNotes> getMaintenanceNotes() {
        Map<String, Map<Long, MaintenanceNote>> byPeriod = new LinkedHashMap<>();
        for (AvailabilityRow r : getRows()) {
            for (MaintenanceNote n : r.maintenanceNotes()) {
                byPeriod.computeIfAbsent(r.period(), p -> new LinkedHashMap<>()).putIfAbsent(n.windowId(), n);
            }
        }
        List<PeriodNotes> notes = new ArrayList<>();
        byPeriod.forEach((period, windows) -> notes.add(new PeriodNotes(period, List.copyOf(windows.values()))));
        return notes;
    }

    /** Why a window counts as it does, in the page's language. */
    public String reason(MaintenanceNote note) {
        return note.reason(lang.getLanguage());
    }

    /** What the notes are about: the rule, with the notice period of this portal. */
    public String getNotesIntro() {
        return lang.text("report.notes.intro", maintenance.notice().toHours());
    }

    /** Calendar names by code, in both languages. */
    public Map<String, CalendarService.CalendarView> getCalendars() {
        return calendars.list().stream().collect(Collectors.toMap(CalendarService.CalendarView::code, Function.identity()));
    }

    public ProductView getProduct() {
        return products.get(getSelectedProduct());
    }

    /** Width of a bar in percent of the chart: the availability above {@link #CHART_FLOOR}. */
    public String barWidth(BigDecimal percent) {
        BigDecimal span = BigDecimal.valueOf(100).subtract(CHART_FLOOR);
        BigDecimal above = percent.subtract(CHART_FLOOR).max(BigDecimal.ZERO);
        return above.multiply(BigDecimal.valueOf(100)).divide(span, 2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public String getCsvUrl() {
        YearMonth now = YearMonth.now(clock.withZone(AvailabilityService.ZONE));
        String last = getSelectedYear() == now.getYear() ? now.toString() : getSelectedYear() + "-12";
        return "/api/v1/availability.csv?product=" + getSelectedProduct() + "&from=" + getSelectedYear() + "-01&to="
                + last + "&per=" + getSelectedPer() + "&lang=" + lang.getCode();
    }

    public String getProductParam() {
        return product;
    }

    public void setProductParam(String product) {
        this.product = product;
    }

    public Integer getYearParam() {
        return year;
    }

    public void setYearParam(Integer year) {
        this.year = year;
    }

    public String getPerParam() {
        return per;
    }

    public void setPerParam(String per) {
        this.per = per;
    }
}
