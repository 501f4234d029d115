package org.serviceportal.availability;

import static org.serviceportal.platform.text.Texts.blankToNull;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.serviceportal.catalog.ExternalServiceView;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.web.FormActions;
import org.serviceportal.platform.web.TimeDisplay;

/**
 * Admin page: the outages of the last 90 days, open ones first; record, correct and close them
 * (operators and administrators). Times are typed as Brussels wall-clock time.
 */
@Named
@ViewScoped
public class EditOutages implements Serializable {

    static final Duration SHOWN = Duration.ofDays(90);

    /** Open outages first (longest running on top), then the others, newest first. */
    static final Comparator<OutageView> ORDER = Comparator.comparing((OutageView o) -> !o.isOpen())
            .thenComparing(OutageView::startedAt, Comparator.reverseOrder());

    /** The form's fields; {@code version} is the one the outage had when the form was opened. */
    public static class Form implements Serializable {
        public Long id;
        public long version;
        public String product;
        public LocalDateTime startedAt;
        public LocalDateTime endedAt;
        public Severity severity = Severity.MAJOR;
        public String causedBy;
        public String cause;
        public String titleNl;
        public String titleEn;
        // The stored instants, kept when the minute shown is not changed, so seconds recorded by the API survive an edit.
        Instant storedStart;
        Instant storedEnd;

        public Long getId() { return id; }
        public String getProduct() { return product; }
        public void setProduct(String v) { product = v; }
        public LocalDateTime getStartedAt() { return startedAt; }
        public void setStartedAt(LocalDateTime v) { startedAt = v; }
        public LocalDateTime getEndedAt() { return endedAt; }
        public void setEndedAt(LocalDateTime v) { endedAt = v; }
        public Severity getSeverity() { return severity; }
        public void setSeverity(Severity v) { severity = v; }
        public String getCausedBy() { return causedBy; }
        public void setCausedBy(String v) { causedBy = v; }
        public String getCause() { return cause; }
        public void setCause(String v) { cause = v; }
        public String getTitleNl() { return titleNl; }
        public void setTitleNl(String v) { titleNl = v; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String v) { titleEn = v; }
    }

    /** The form of an update of an outage's public notice. */
    public static class UpdateForm implements Serializable {
        public UpdateStatus status = UpdateStatus.INVESTIGATING;
        public String messageNl;
        public String messageEn;

        public UpdateStatus getStatus() { return status; }
        public void setStatus(UpdateStatus v) { status = v; }
        public String getMessageNl() { return messageNl; }
        public void setMessageNl(String v) { messageNl = v; }
        public String getMessageEn() { return messageEn; }
        public void setMessageEn(String v) { messageEn = v; }
    }

    @Inject
    OutageService outages;

    @Inject
    ProductService products;

    @Inject
    FormActions actions;

    @Inject
    CurrentLanguage lang;

    @Inject
    Clock clock;

    private List<OutageView> list;
    private List<ProductView> productList;
    private List<ExternalServiceView> externalList;
    private Form form;
    /** The outage whose public notice is open below the table, and the form of its next update. */
    private Long noticeId;
    private UpdateForm updateForm;

    /** Narrowed from a report figure: the product and the period behind it (dates, Brussels). */
    private String filterProduct;
    private java.time.LocalDate filterFrom;
    private java.time.LocalDate filterTo;

    public List<OutageView> getOutages() {
        if (list == null) {
            Instant now = clock.instant();
            Instant from = filterFrom == null ? now.minus(SHOWN) : filterFrom.atStartOfDay(TimeDisplay.ZONE).toInstant();
            Instant to = filterTo == null ? now.plus(Duration.ofMinutes(1)) : filterTo.atStartOfDay(TimeDisplay.ZONE).toInstant();
            list = to.isAfter(from)
                    ? outages.overlapping(filterProduct == null || filterProduct.isBlank() ? null : filterProduct, from, to)
                            .stream().sorted(ORDER).toList()
                    : List.of();
        }
        return list;
    }

    public boolean isFiltered() {
        return filterProduct != null || filterFrom != null || filterTo != null;
    }

    public String getFilterProduct() { return filterProduct; }
    public void setFilterProduct(String v) { filterProduct = v; }
    public java.time.LocalDate getFilterFrom() { return filterFrom; }
    public void setFilterFrom(java.time.LocalDate v) { filterFrom = v; }
    public java.time.LocalDate getFilterTo() { return filterTo; }
    public void setFilterTo(java.time.LocalDate v) { filterTo = v; }

    public List<ProductView> getProducts() {
        if (productList == null) {
            productList = products.list();
        }
        return productList;
    }

    public List<ExternalServiceView> getExternalServices() {
        if (externalList == null) {
            externalList = products.externalServices();
        }
        return externalList;
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }

    /** A product's name in the page's language; its code if it is no longer known. */
    public String productName(String code) {
        return getProducts().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> lang.pick(p.nameNl(), p.nameEn())).orElse(code);
    }

    /** An external service's name in the page's language; empty for none. */
    public String externalName(String code) {
        if (code == null) {
            return "";
        }
        return getExternalServices().stream().filter(e -> e.code().equals(code)).findFirst()
                .map(e -> lang.pick(e.nameNl(), e.nameEn())).orElse(code);
    }

    public Form getForm() {
        return form;
    }

    /** The latest minute a start or end may be given, for the date pickers. */
    public LocalDateTime getLatest() {
        return TimeDisplay.local(clock.instant());
    }

    public void add() {
        form = new Form();
        if (!getProducts().isEmpty()) {
            form.product = getProducts().getFirst().code();
        }
        form.startedAt = TimeDisplay.local(clock.instant());
    }

    public void edit(OutageView o) {
        form = new Form();
        form.id = o.id();
        form.version = o.version();
        form.product = o.product();
        form.startedAt = TimeDisplay.local(o.startedAt());
        form.endedAt = o.endedAt() == null ? null : TimeDisplay.local(o.endedAt());
        form.severity = o.severity();
        form.causedBy = o.causedBy();
        form.cause = o.cause();
        form.titleNl = o.title() == null ? null : o.title().nl();
        form.titleEn = o.title() == null ? null : o.title().en();
        form.storedStart = o.startedAt();
        form.storedEnd = o.endedAt();
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        Form f = form;
        Instant start = TimeDisplay.instant(f.startedAt, f.storedStart);
        Instant end = f.endedAt == null ? null : TimeDisplay.instant(f.endedAt, f.storedEnd);
        var change = new OutageService.OutageChange(f.product, start, end, f.severity, blankToNull(f.causedBy),
                f.cause, new OutageService.TitleChange(blankToNull(f.titleNl), blankToNull(f.titleEn)), f.version);
        boolean ok = actions.run(() -> {
            if (f.id == null) {
                outages.create(change);
            } else {
                outages.update(f.id, change);
            }
        }, "admin.message.saved");
        if (ok) {
            form = null;
            list = null;
        }
    }

    /** "2 updates", in the page's language. */
    public String updateCount(OutageView o) {
        return lang.text("admin.outages.notice.updates", o.updates().size());
    }

    /** "by operator1", in the page's language. */
    public String postedBy(OutageUpdateView u) {
        return lang.text("admin.outages.updates.by", u.postedBy());
    }

    public List<UpdateStatus> getUpdateStatuses() {
        return List.of(UpdateStatus.values());
    }

    /** Opens the public notice of an outage: its timeline and the form of its next update. */
    public void openNotice(OutageView o) {
        noticeId = o.id();
        updateForm = new UpdateForm();
        if (o.getLatestUpdate() != null) {
            updateForm.status = o.getLatestUpdate().status();
        }
    }

    public void closeNotice() {
        noticeId = null;
        updateForm = null;
    }

    /** The outage whose notice is open, as the list shows it now; null when none is open (or it left the list). */
    public OutageView getNotice() {
        if (noticeId == null) {
            return null;
        }
        return getOutages().stream().filter(o -> o.id() == noticeId).findFirst()
                .orElseGet(() -> outages.find(noticeId).orElse(null));
    }

    public UpdateForm getUpdateForm() {
        return updateForm;
    }

    /** Posts the update of the open notice; RESOLVED ends the outage now. */
    public void postUpdate() {
        OutageView o = getNotice();
        if (o == null || updateForm == null) {
            actions.reject("admin.message.gone");
            return;
        }
        // The entity refuses these too; checked here first so the page can say it in the reader's language.
        if (!o.isOpen()) {
            actions.reject("admin.outages.updates.ended");
            return;
        }
        if (blankToNull(updateForm.messageNl) == null || blankToNull(updateForm.messageEn) == null) {
            actions.reject("admin.outages.updates.messageRequired");
            return;
        }
        var update = new OutageService.PostUpdate(updateForm.status.name(),
                new OutageService.MessageChange(updateForm.messageNl.strip(), updateForm.messageEn.strip()));
        boolean resolves = updateForm.status == UpdateStatus.RESOLVED;
        if (actions.run(() -> outages.post(o.id(), update),
                resolves ? "admin.outages.updates.resolved" : "admin.outages.updates.posted")) {
            UpdateStatus kept = updateForm.status;
            updateForm = new UpdateForm();
            updateForm.status = kept;
            list = null;
            if (resolves && form != null && form.id != null && form.id == o.id()) {
                // a resolution ended the outage under the open edit form: its version is stale
                form = null;
            }
        }
    }

    /** Ends an open outage now, keeping everything else as it was when the page showed it. */
    public void close(OutageView o) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var change = new OutageService.OutageChange(o.product(), o.startedAt(), now, o.severity(), o.causedBy(),
                o.cause(), null, o.version());
        if (actions.run(() -> outages.update(o.id(), change), "admin.outages.message.closed")
                && form != null && form.id != null && form.id == o.id()) {
            form = null;
        }
        list = null;
    }

}
