package org.serviceportal.sla;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.serviceportal.calendar.CalendarService;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.web.FormActions;

/** Admin page: the availability target of each product and service window, and its history (administrators). */
@Named
@ViewScoped
public class EditSlaTargets implements Serializable {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** One target with the names a reader needs instead of codes. */
    public record Row(SlaTargetView target, String productNl, String productEn, String calendarNl, String calendarEn) implements java.io.Serializable {
    }

    /** The form's fields; {@code version} is the one the target had when the form was opened. */
    public static class Form implements Serializable {
        public long id;
        public long version;
        public String productNl;
        public String productEn;
        public String calendarNl;
        public String calendarEn;
        public BigDecimal percent;

        public long getId() { return id; }
        public String getProductNl() { return productNl; }
        public String getProductEn() { return productEn; }
        public String getCalendarNl() { return calendarNl; }
        public String getCalendarEn() { return calendarEn; }
        public BigDecimal getPercent() { return percent; }
        public void setPercent(BigDecimal v) { percent = v; }
    }

    @Inject
    SlaTargetService targets;

    @Inject
    ProductService products;

    @Inject
    CalendarService calendars;

    @Inject
    FormActions actions;

    @Inject
    CurrentLanguage lang;

    /** The fields of a new target. */
    public static class NewTarget implements Serializable {
        public String product;
        public String calendar;
        public BigDecimal percent;

        public String getProduct() { return product; }
        public void setProduct(String v) { product = v; }
        public String getCalendar() { return calendar; }
        public void setCalendar(String v) { calendar = v; }
        public BigDecimal getPercent() { return percent; }
        public void setPercent(BigDecimal v) { percent = v; }
    }

    private List<Row> rows;
    private NewTarget adding;
    private Row ending;
    private final Map<Long, List<SlaTargetService.TargetHistory.Step>> histories = new HashMap<>();
    private Form form;

    /** The targets in product order, then in the service's calendar order. */
    public List<Row> getRows() {
        if (rows == null) {
            Map<String, ProductView> byCode = products.list().stream()
                    .collect(Collectors.toMap(ProductView::code, Function.identity()));
            Map<String, CalendarService.CalendarView> calendarsByCode = calendars.list().stream()
                    .collect(Collectors.toMap(CalendarService.CalendarView::code, Function.identity()));
            List<String> productOrder = products.list().stream().map(ProductView::code).toList();
            rows = targets.list().stream()
                    .sorted(Comparator.comparingInt((SlaTargetView t) -> productOrder.indexOf(t.product())))
                    .map(t -> {
                        ProductView p = byCode.get(t.product());
                        CalendarService.CalendarView c = calendarsByCode.get(t.calendar());
                        return new Row(t,
                                p == null ? t.product() : p.nameNl(), p == null ? t.product() : p.nameEn(),
                                c == null ? t.calendar() : c.nameNl(), c == null ? t.calendar() : c.nameEn());
                    })
                    .toList();
            histories.clear();
        }
        return rows;
    }

    /** The values a target had, newest first, each with the instant from which it applied. */
    public List<SlaTargetService.TargetHistory.Step> history(Row row) {
        return histories.computeIfAbsent(row.target().id(), id -> targets.historyOf(row.target().product()).stream()
                .filter(h -> h.calendar().equals(row.target().calendar()))
                .flatMap(h -> h.steps().stream())
                .sorted(Comparator.comparing(SlaTargetService.TargetHistory.Step::validFrom).reversed())
                .toList());
    }

    /** Whether a step is the seed value that has applied since the start (no recorded time). */
    public boolean isInitial(SlaTargetService.TargetHistory.Step step) {
        return step.validFrom().equals(Instant.EPOCH);
    }

    public Form getForm() {
        return form;
    }

    public void edit(Row row) {
        form = new Form();
        form.id = row.target().id();
        form.version = row.target().version();
        form.productNl = row.productNl();
        form.productEn = row.productEn();
        form.calendarNl = row.calendarNl();
        form.calendarEn = row.calendarEn();
        form.percent = row.target().availabilityPercent();
    }

    public void cancel() {
        form = null;
    }

    /** The products to choose from for a new target. */
    public List<ProductView> getProducts() {
        return products.list();
    }

    /** The service windows to choose from for a new target. */
    public List<CalendarService.CalendarView> getCalendars() {
        return calendars.list();
    }

    public NewTarget getAdding() {
        return adding;
    }

    /** Opens the form for a new target. */
    public void add() {
        form = null;
        ending = null;
        adding = new NewTarget();
    }

    public void cancelAdd() {
        adding = null;
    }

    public void saveNew() {
        BigDecimal percent = adding.percent;
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0
                || percent.stripTrailingZeros().scale() > 3) {
            actions.reject("admin.sla.percentInvalid");
            return;
        }
        var change = new SlaTargetService.NewSlaTarget(adding.product, adding.calendar,
                percent.setScale(3, RoundingMode.UNNECESSARY));
        if (actions.run(() -> targets.create(change), "admin.sla.message.added")) {
            adding = null;
            rows = null;
        }
    }

    public Row getEnding() {
        return ending;
    }

    /** Asks to confirm the end of a target. */
    public void askEnd(Row row) {
        form = null;
        adding = null;
        ending = row;
    }

    public void cancelEnd() {
        ending = null;
    }

    /** Ends the target asked about, now. */
    public void end() {
        long id = ending.target().id();
        if (actions.run(() -> targets.end(id), "admin.sla.message.ended")) {
            ending = null;
            rows = null;
        }
    }

    public void save() {
        BigDecimal percent = form.percent;
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0
                || percent.stripTrailingZeros().scale() > 3) {
            actions.reject("admin.sla.percentInvalid");
            return;
        }
        // The version is the one the form was opened with: a change by someone else in between is caught.
        var change = new SlaTargetService.UpdateSlaTarget(percent.setScale(3, RoundingMode.UNNECESSARY),
                form.version);
        long id = form.id;
        boolean ok = actions.run(() -> targets.update(id, change), "admin.message.saved");
        if (ok) {
            form = null;
            rows = null;
        }
    }

    /** A percentage as the page shows it: three decimals, in the page's language. */
    public String percent(BigDecimal value) {
        return value == null ? "" : org.serviceportal.platform.i18n.Formats.percent(value, lang.getLanguage());
    }
}
