package org.serviceportal.status;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.serviceportal.availability.OutageService;
import org.serviceportal.availability.OutageView;
import org.serviceportal.availability.Severity;
import org.serviceportal.catalog.ExternalServiceView;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductStatus;
import org.serviceportal.maintenance.MaintenanceBoundaries;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.change.CommittedChange;
import org.serviceportal.platform.change.Snapshot;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.web.ReadyBytes;

/**
 * {@code GET /api/v1/status} and {@code GET /api/v1/products} as ready bytes per language, from one
 * {@link Snapshot}: built on demand, stale after every committed change (one observer, replicas
 * from other nodes included) and right at most until the next maintenance boundary or
 * {@link #MAX_AGE}. A reader never waits for the database once the first build is done.
 */
@ApplicationScoped
public class PublicStatus {

    /** Rebuilt at least this often (a product renamed without a change event, a missed boundary). */
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    /** How far ahead maintenance is listed. */
    static final Duration UPCOMING = Duration.ofDays(30);

    /** The status of the contract: what is going on now and upcoming. */
    public record StatusJson(ProductStatus indicator, Instant updatedAt, List<ProductJson> products,
            List<ExternalServiceJson> externalServices, List<OutageJson> outages, List<MaintenanceJson> maintenance) {
    }

    public record ProductJson(String code, String name, ProductStatus status, List<String> dependsOn) {
    }

    public record ExternalServiceJson(String code, String name, ProductStatus status, boolean fallbackActive) {
    }

    public record Text(String nl, String en) {
    }

    /** An update of an outage's public notice; an outage's updates come newest first. */
    public record UpdateJson(String status, Text message, Instant at) {
    }

    public record OutageJson(long id, String product, Severity severity, Instant startedAt, Instant endedAt,
            Text title, List<UpdateJson> updates) {
    }

    public record MaintenanceJson(long id, List<String> products, Instant startsAt, Instant endsAt, boolean planned,
            Text title) {
    }

    /** The ready answers, per language. */
    record Bytes(Map<Language, ReadyBytes> status, Map<Language, ReadyBytes> products) {
    }

    @Inject
    StatusService statuses;

    @Inject
    ProductService catalog;

    @Inject
    MaintenanceService maintenance;

    @Inject
    OutageService outageHistory;

    @Inject
    MaintenanceBoundaries boundaries;

    @Inject
    Clock clock;

    private Jsonb jsonb;
    private Snapshot<Bytes> snapshot;

    @PostConstruct
    void init() {
        jsonb = JsonbBuilder.create();
        snapshot = new Snapshot<>(clock, this::build);
    }

    /** {@code GET /api/v1/status} in this language (product and service names). */
    public ReadyBytes status(Language language) {
        return snapshot.get().status().get(language);
    }

    /** {@code GET /api/v1/products} in this language. */
    public ReadyBytes products(Language language) {
        return snapshot.get().products().get(language);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION + 900)
            CommittedChange change) {
        snapshot.invalidate();
    }

    /**
     * When what the status says last changed: the latest start, update or end of the open outages,
     * of the outages {@code resolved} today (their end, the moment a product was well again) and of
     * the maintenance going on or coming; the start of the day in Brussels when nothing happened
     * today; never later than {@code now}.
     */
    static Instant updatedAt(Instant now, List<OutageView> open, List<MaintenanceView> windows,
            List<OutageView> resolved) {
        Instant updatedAt = now.atZone(StatusPublicPages.ZONE).toLocalDate().atStartOfDay(StatusPublicPages.ZONE)
                .toInstant();
        for (OutageView o : open) {
            updatedAt = later(updatedAt, o.startedAt());
            if (o.getLatestUpdate() != null) {
                updatedAt = later(updatedAt, o.getLatestUpdate().at());
            }
        }
        for (OutageView o : resolved) {
            if (o.endedAt() != null && !o.endedAt().isAfter(now)) {
                updatedAt = later(updatedAt, o.endedAt());
            }
        }
        for (MaintenanceView w : windows) {
            updatedAt = later(updatedAt, w.changedAt());
            if (!w.startsAt().isAfter(now)) {
                updatedAt = later(updatedAt, w.startsAt());
            }
        }
        return updatedAt.isAfter(now) ? now : updatedAt;
    }

    private Snapshot.Built<Bytes> build(Instant now) {
        var current = statuses.current();
        List<OutageView> open = current.stream().flatMap(s -> s.openOutages().stream())
                .sorted(Comparator.comparing(OutageView::startedAt).thenComparing(OutageView::id)).toList();
        List<MaintenanceView> windows = maintenance.overlapping(null, now, now.plus(UPCOMING)).stream()
                .sorted(Comparator.comparing(MaintenanceView::startsAt).thenComparing(MaintenanceView::id)).toList();
        List<ExternalServiceView> external = catalog.externalServices();

        Instant startOfDay = now.atZone(StatusPublicPages.ZONE).toLocalDate().atStartOfDay(StatusPublicPages.ZONE)
                .toInstant();
        Instant updatedAt = updatedAt(now, open, windows, outageHistory.recentlyEnded(startOfDay, now, 1));

        Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            bundles.put(l, ResourceBundle.getBundle(CurrentLanguage.BUNDLE, l.locale(), PublicStatus.class.getClassLoader()));
        }
        List<OutageJson> outages = new ArrayList<>();
        for (var s : current) {
            for (OutageView o : s.openOutages()) {
                Text title = o.title() != null ? new Text(o.title().nl(), o.title().en())
                        : new Text(title(bundles.get(Language.NL), Language.NL, o, s.product().nameNl()),
                                title(bundles.get(Language.EN), Language.EN, o, s.product().nameEn()));
                outages.add(new OutageJson(o.id(), o.product(), o.severity(), o.startedAt(), o.endedAt(), title,
                        o.updates().stream().map(u -> new UpdateJson(u.status().name(),
                                new Text(u.message().nl(), u.message().en()), u.at())).toList()));
            }
        }
        outages.sort(Comparator.comparing(OutageJson::startedAt).thenComparing(OutageJson::id));
        List<MaintenanceJson> maintenanceJson = windows.stream().map(w -> new MaintenanceJson(w.id(), w.products(),
                w.startsAt(), w.endsAt(), w.planned(), new Text(w.title().nl(), w.title().en()))).toList();

        Map<Language, ReadyBytes> status = new EnumMap<>(Language.class);
        Map<Language, ReadyBytes> products = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            List<ProductJson> productJson = current.stream().map(s -> new ProductJson(s.product().code(),
                    s.product().name(l), s.status(), s.product().dependsOn())).toList();
            List<ExternalServiceJson> externalJson = external.stream().map(e -> new ExternalServiceJson(e.code(),
                    l.pick(e.nameNl(), e.nameEn()), externalStatus(open, e.code()), e.fallbackActive()))
                    .toList();
            ProductStatus indicator = productJson.stream().map(ProductJson::status)
                    .max(Comparator.comparingInt(PublicStatus::rank)).orElse(ProductStatus.OPERATIONAL);
            status.put(l, ReadyBytes.json(jsonb.toJson(new StatusJson(indicator, updatedAt, productJson, externalJson,
                    outages, maintenanceJson))));
            products.put(l, ReadyBytes.json(jsonb.toJson(productJson)));
        }
        Instant until = now.plus(MAX_AGE);
        Instant boundary = boundaries.next(now);
        if (boundary != null && boundary.isBefore(until)) {
            until = boundary;
        }
        return Snapshot.Built.until(new Bytes(Map.copyOf(status), Map.copyOf(products)), until);
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static String title(ResourceBundle bundle, Language language, OutageView o, String productName) {
        return new MessageFormat(bundle.getString("banner.outage.title." + o.severity().name()), language.locale())
                .format(new Object[] {productName});
    }

    /** An external service's status from the open outages it causes: the worst of them. */
    static ProductStatus externalStatus(List<OutageView> open, String code) {
        return StatusService.externalStatus(open, code);
    }

    /** How bad a status is, as {@link StatusService} weighs them: major, partial, maintenance, degraded, operational. */
    static int rank(ProductStatus s) {
        return switch (s) {
            case OPERATIONAL -> 0;
            case DEGRADED -> 1;
            case MAINTENANCE -> 2;
            case PARTIAL_OUTAGE -> 3;
            case MAJOR_OUTAGE -> 4;
        };
    }
}
