package org.serviceportal.maintenance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.web.FormActions;
import org.serviceportal.platform.web.TimeDisplay;

/**
 * Admin page: maintenance windows from 30 days ago to 180 days ahead; announce, change and remove
 * them (operators, editors and administrators). Times are typed as Brussels wall-clock time.
 */
@Named
@ViewScoped
public class EditMaintenance implements Serializable {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(180);

    /** The form's fields; {@code version} is the one the window had when the form was opened. */
    public static class Form implements Serializable {
        public Long id;
        public long version;
        public List<String> products = new ArrayList<>();
        public LocalDateTime startsAt;
        public LocalDateTime endsAt;
        public boolean planned = true;
        public String titleNl;
        public String titleEn;
        public String messageNl;
        public String messageEn;
        // The stored instants, kept when the minute shown is not changed, so seconds recorded by the API survive an edit.
        Instant storedStart;
        Instant storedEnd;

        public Long getId() { return id; }
        public List<String> getProducts() { return products; }
        public void setProducts(List<String> v) { products = v; }
        public LocalDateTime getStartsAt() { return startsAt; }
        public void setStartsAt(LocalDateTime v) { startsAt = v; }
        public LocalDateTime getEndsAt() { return endsAt; }
        public void setEndsAt(LocalDateTime v) { endsAt = v; }
        public boolean isPlanned() { return planned; }
        public void setPlanned(boolean v) { planned = v; }
        public String getTitleNl() { return titleNl; }
        public void setTitleNl(String v) { titleNl = v; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String v) { titleEn = v; }
        public String getMessageNl() { return messageNl; }
        public void setMessageNl(String v) { messageNl = v; }
        public String getMessageEn() { return messageEn; }
        public void setMessageEn(String v) { messageEn = v; }
    }

    @Inject
    MaintenanceService maintenance;

    @Inject
    ProductService products;

    @Inject
    FormActions actions;

    @Inject
    CurrentLanguage lang;

    @Inject
    Clock clock;

    private List<MaintenanceView> list;
    private List<ProductView> productList;
    private Form form;

    /** The windows in time order. */
    public List<MaintenanceView> getWindows() {
        if (list == null) {
            Instant now = clock.instant();
            list = maintenance.overlappingWithCancelled(null, now.minus(PAST), now.plus(AHEAD)).stream()
                    .sorted(Comparator.comparing(MaintenanceView::startsAt).thenComparing(MaintenanceView::id))
                    .toList();
        }
        return list;
    }

    public List<ProductView> getProducts() {
        if (productList == null) {
            productList = products.list();
        }
        return productList;
    }

    /** The names of a window's products in the page's language, in catalogue order. */
    public String productNames(MaintenanceView w) {
        List<String> codes = w.products();
        List<String> names = getProducts().stream().filter(p -> codes.contains(p.code()))
                .map(p -> lang.pick(p.nameNl(), p.nameEn())).collect(Collectors.toCollection(ArrayList::new));
        codes.stream().filter(c -> getProducts().stream().noneMatch(p -> p.code().equals(c))).forEach(names::add);
        return String.join(", ", names);
    }

    /** Where a window stands now: past, ongoing or upcoming (a key suffix). */
    public String state(MaintenanceView w) {
        Instant now = clock.instant();
        if (w.isCancelled()) {
            return "cancelled";
        }
        if (w.isOngoingAt(now)) {
            return "ongoing";
        }
        return w.endsAt().isAfter(now) ? "upcoming" : "past";
    }

    /**
     * Why a planned window counts otherwise than its flag says, or that it was recorded afterwards;
     * empty when the flag says it all.
     */
    public String planningNote(MaintenanceView w) {
        if (!w.planning().needsNote()) {
            return "";
        }
        return lang.text("admin.maintenance.planning." + w.planning().name(), w.hoursAnnouncedAhead());
    }

    /** The rule of the notice period, with this portal's setting. */
    public String getNoticeHint() {
        return lang.text("admin.maintenance.noticeHint", maintenance.notice().toHours());
    }

    public Form getForm() {
        return form;
    }

    public void add() {
        form = new Form();
        // A sensible first guess: tomorrow evening, two hours, as maintenance usually is.
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), TimeDisplay.ZONE).toLocalDate().plusDays(1)
                .atTime(19, 0);
        form.startsAt = start;
        form.endsAt = start.plusHours(2);
    }

    public void edit(MaintenanceView w) {
        form = new Form();
        form.id = w.id();
        form.version = w.version();
        form.products = new ArrayList<>(w.products());
        form.startsAt = TimeDisplay.local(w.startsAt());
        form.endsAt = TimeDisplay.local(w.endsAt());
        form.storedStart = w.startsAt();
        form.storedEnd = w.endsAt();
        form.planned = w.planned();
        form.titleNl = w.title().nl();
        form.titleEn = w.title().en();
        form.messageNl = w.message().nl();
        form.messageEn = w.message().en();
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        Form f = form;
        if (f.products == null || f.products.isEmpty()) {
            actions.reject("admin.maintenance.productsRequired");
            return;
        }
        Instant start = TimeDisplay.instant(f.startsAt, f.storedStart);
        Instant end = TimeDisplay.instant(f.endsAt, f.storedEnd);
        var change = new MaintenanceService.WindowChange(List.copyOf(f.products), start, end, f.planned,
                new MaintenanceService.TextChange(f.titleNl, f.titleEn),
                new MaintenanceService.MessageChange(f.messageNl, f.messageEn), f.version);
        boolean ok = actions.run(() -> {
            if (f.id == null) {
                maintenance.create(change);
            } else {
                maintenance.update(f.id, change);
            }
        }, "admin.message.saved");
        if (ok) {
            form = null;
            list = null;
        }
    }

    public void delete(MaintenanceView w) {
        if (actions.run(() -> maintenance.cancel(w.id(), w.version()), "admin.maintenance.cancelled")
                && form != null && form.id != null && form.id == w.id()) {
            form = null;
        }
        list = null;
    }

}
