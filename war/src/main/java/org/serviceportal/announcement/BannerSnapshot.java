package org.serviceportal.announcement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceportal.announcement.BannerItem.Kind;
import org.serviceportal.announcement.BannerItem.Severity;
import org.serviceportal.availability.OutageView;
import org.serviceportal.catalog.ExternalServiceChanged;
import org.serviceportal.catalog.ExternalServiceView;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductStatusChanged;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.maintenance.MaintenanceChanged;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.change.Snapshot;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.web.ReadyBytes;
import org.serviceportal.status.StatusService;

/**
 * The banner as ready-made bytes per product and language, so that answering a login page is a map
 * look-up: no query, no serialisation per request. A {@link Snapshot}: stale after every committed
 * change of maintenance or a product's status (on any node of the cluster), and right only until the
 * next start or end of a window, an upcoming window entering the horizon, or {@link #MAX_LIFE}; the
 * first request after either builds it again, once, while the others go on with the old one.
 */
@ApplicationScoped
public class BannerSnapshot {

    /**
     * A snapshot is rebuilt at least this often: nothing depends on a missed boundary or on a node
     * that did not hear of a change (a server without the data grid). The same as the banner's
     * Cache-Control.
     */
    static final Duration MAX_LIFE = Duration.ofSeconds(30);

    /** How far ahead windows are read, so that the next one to enter the horizon is known. */
    static final Duration LOOK_AHEAD = Duration.ofHours(1);

    @Inject
    StatusService status;

    @Inject
    MaintenanceService maintenance;

    @Inject
    ProductService catalog;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.banner.horizon-days", defaultValue = "7")
    int horizonDays;

    private final Jsonb jsonb = JsonbBuilder.create();
    private Snapshot<Map<String, ReadyBytes>> banners;

    @PostConstruct
    void init() {
        banners = new Snapshot<>(clock, this::build);
    }

    /**
     * The banner of one product (all products when {@code product} is empty) in one language;
     * empty when the product is unknown.
     */
    public Optional<ReadyBytes> entry(String product, Language language) {
        return Optional.ofNullable(banners.get().get(key(product, language)));
    }

    /** How far ahead upcoming maintenance is announced. */
    public Duration horizon() {
        return Duration.ofDays(Math.max(0, horizonDays));
    }

    void maintenanceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaintenanceChanged event) {
        banners.invalidate();
    }

    void statusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductStatusChanged event) {
        banners.invalidate();
    }

    /** A fall-back switched on or off (here or on another node), or an external service renamed. */
    void externalChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExternalServiceChanged event) {
        banners.invalidate();
    }

    private Snapshot.Built<Map<String, ReadyBytes>> build(Instant now) {
        Duration horizon = horizon();
        var statuses = status.current();
        // Windows that start a little past the horizon: they tell when the next one enters it.
        List<MaintenanceView> windows = maintenance.overlapping(null, now, now.plus(horizon).plus(LOOK_AHEAD));
        List<OutageView> open = statuses.stream().flatMap(st -> st.openOutages().stream()).toList();
        List<ExternalServiceView> externals = catalog.externalServices();
        List<ProductView> products = statuses.stream().map(StatusService.ProductStatusView::product).toList();

        Instant validUntil = now.plus(MAX_LIFE);
        for (MaintenanceView w : windows) {
            for (Instant t : List.of(w.startsAt().minus(horizon), w.startsAt(), w.endsAt())) {
                if (t.isAfter(now) && t.isBefore(validUntil)) {
                    validUntil = t;
                }
            }
        }

        Map<String, ReadyBytes> entries = new HashMap<>();
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle(CurrentLanguage.BUNDLE, language.locale(),
                    BannerSnapshot.class.getClassLoader());
            List<BannerItem> all = new ArrayList<>();
            for (MaintenanceView w : windows) {
                if (!w.startsAt().isAfter(now.plus(horizon))) {
                    all.add(maintenanceItem(w, now, language));
                }
            }
            for (var st : statuses) {
                for (OutageView o : st.openOutages()) {
                    all.add(outageItem(o, st.product(), bundle, language));
                }
            }
            for (ExternalServiceView e : externals) {
                externalItem(e, open, products, bundle, language).ifPresent(all::add);
            }
            all.sort(Comparator.comparing(BannerItem::severity).reversed()
                    .thenComparing(BannerItem::startsAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(BannerItem::id));
            entries.put(key("", language), entry(all));
            for (ProductView p : products) {
                entries.put(key(p.code(), language),
                        entry(all.stream().filter(i -> i.products().contains(p.code())).toList()));
            }
        }
        return Snapshot.Built.until(Map.copyOf(entries), validUntil);
    }

    private static BannerItem maintenanceItem(MaintenanceView w, Instant now, Language language) {
        boolean ongoing = w.isOngoingAt(now);
        return new BannerItem("maintenance-" + w.id(), Kind.MAINTENANCE, ongoing ? Severity.WARNING : Severity.INFO,
                language.pick(w.title().nl(), w.title().en()),
                language.pick(w.message().nl(), w.message().en()), w.startsAt(), w.endsAt(), w.products(),
                // the same id says something new once it has started
                w.sequence() * 2L + (ongoing ? 1 : 0));
    }

    /**
     * What the banner says of an external service: its fall-back with the staff's message while it is
     * switched on; else, while the service is down (a partial or major outage it causes), that it is
     * down and which products depend on it, without promising the fall-back; else nothing.
     */
    static Optional<BannerItem> externalItem(ExternalServiceView e, List<OutageView> open, List<ProductView> products,
            ResourceBundle bundle, Language language) {
        List<ProductView> dependent = products.stream().filter(p -> p.dependsOnExternal().contains(e.code())).toList();
        List<String> codes = dependent.stream().map(ProductView::code).toList();
        String name = e.name(language);
        if (e.fallbackActive()) {
            return Optional.of(new BannerItem("fallback-" + e.code(), Kind.FALLBACK, Severity.CRITICAL,
                    new MessageFormat(bundle.getString("banner.fallback.title"), language.locale()).format(new Object[] {name}),
                    e.fallbackMessage(language), e.fallbackChangedAt(), null, codes, e.version()));
        }
        List<OutageView> causing = open.stream()
                .filter(o -> e.code().equals(o.causedBy()) && o.severity().countsAsDowntime()).toList();
        if (causing.isEmpty()) {
            return Optional.empty();
        }
        boolean major = causing.stream().anyMatch(o -> o.severity() == org.serviceportal.availability.Severity.MAJOR);
        OutageView first = causing.stream().min(Comparator.comparing(OutageView::startedAt)).orElseThrow();
        String names = String.join(", ", dependent.stream().map(p -> p.name(language)).toList());
        return Optional.of(new BannerItem("external-" + e.code(), Kind.OUTAGE, major ? Severity.CRITICAL : Severity.WARNING,
                new MessageFormat(bundle.getString("banner.external.title"), language.locale()).format(new Object[] {name}),
                new MessageFormat(bundle.getString(dependent.isEmpty() ? "banner.external.message.none"
                        : "banner.external.message"), language.locale()).format(new Object[] {name, names}),
                first.startedAt(), null, codes,
                // says something new when it gets worse
                first.id() * 2 + (major ? 1 : 0)));
    }

    private static BannerItem outageItem(OutageView o, ProductView product, ResourceBundle bundle, Language language) {
        Severity severity = switch (o.severity()) {
            case MAJOR -> Severity.CRITICAL;
            case PARTIAL -> Severity.WARNING;
            default -> Severity.INFO;
        };
        String name = product.name(language);
        return new BannerItem("outage-" + o.id(), Kind.OUTAGE, severity,
                new MessageFormat(bundle.getString("banner.outage.title." + o.severity().name()), language.locale())
                        .format(new Object[] {name}),
                bundle.getString("banner.outage.message"), o.startedAt(), null, List.of(o.product()), o.version());
    }

    private ReadyBytes entry(List<BannerItem> items) {
        return ReadyBytes.json(jsonb.toJson(items));
    }

    private static String key(String product, Language language) {
        return (product == null ? "" : product) + "|" + language.code();
    }
}
