package org.serviceportal.availability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.serviceportal.catalog.ExternalService;
import org.serviceportal.catalog.Product;
import org.serviceportal.catalog.ProductStatusChanged;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;

/**
 * Records and corrects outages. Past outages may be recorded too (history import), so reports can
 * be rebuilt; an outage cannot start or end in the future. Every change fires {@link ProductStatusChanged}; a live one (not the history import)
 * also {@link OutageChanged}.
 */
@ApplicationScoped
public class OutageService {

    /** Clock skew allowed between a monitoring system and the portal. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    /**
     * What an outage says; {@code version} is ignored on create. {@code title} is its public title in
     * both languages: null leaves it as it is (none on create), both blank takes it away.
     */
    public record OutageChange(
            @NotBlank @Size(max = 64) String product,
            @NotNull Instant startedAt,
            Instant endedAt,
            @NotNull Severity severity,
            @Size(max = 64) String causedBy,
            @Size(max = 2000) String cause,
            @Valid TitleChange title,
            long version) {
        // no second constructor: JSON-B makes a record of its one constructor
    }

    /** A public title; both languages, or both blank for none. */
    public record TitleChange(@Size(max = Outage.MAX_TITLE) String nl, @Size(max = Outage.MAX_TITLE) String en) {
    }

    /** A message of an update, in both languages. */
    public record MessageChange(@NotBlank @Size(max = 2000) String nl, @NotBlank @Size(max = 2000) String en) {
    }

    /**
     * An update of an outage's public notice: {@code status} one of {@link UpdateStatus} (a string, so that
     * a wrong value is answered naming the field).
     */
    public record PostUpdate(@NotNull @Pattern(regexp = UpdateStatus.PATTERN) String status,
            @NotNull @Valid MessageChange message) {
    }

    @PersistenceContext
    EntityManager em;

    /** Product ids by code: products are never deleted, so the mapping never goes stale. */
    private final java.util.concurrent.ConcurrentHashMap<String, Long> productIds = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    Event<ProductStatusChanged> changed;

    @Inject
    Event<OutageChanged> outageChanged;

    /** Outages of a product (or of all, product null) that overlap [from, to). */
    public List<OutageView> overlapping(String product, Instant from, Instant to) {
        var q = product == null
                ? em.createNamedQuery(Outage.FIND_ALL_OVERLAPPING, Outage.class)
                : em.createNamedQuery(Outage.FIND_OVERLAPPING, Outage.class).setParameter("product", product);
        return views(q.setParameter("from", from).setParameter("to", to).getResultList());
    }

    /** The spans of a product's outages overlapping [from, to), for reports: a light query, no entities. */
    public List<OutageSpan> spans(String product, Instant from, Instant to) {
        Long productId = productIds.computeIfAbsent(product, code -> product(code).getId());
        var spans = new java.util.ArrayList<>(em.createNamedQuery(Outage.CLOSED_SPANS, OutageSpan.class)
                .setParameter("product", productId).setParameter("from", from).getResultList());
        spans.addAll(em.createNamedQuery(Outage.OPEN_SPANS, OutageSpan.class).setParameter("product", productId)
                .getResultList());
        spans.removeIf(s -> !s.startedAt().isBefore(to));
        spans.sort(java.util.Comparator.comparing(OutageSpan::startedAt));
        return spans;
    }

    public List<OutageView> open() {
        return views(em.createNamedQuery(Outage.FIND_OPEN, Outage.class).getResultList());
    }

    /**
     * The outages that ended in (from, to], the most recently ended first, at most {@code limit}: the
     * history of the status page.
     */
    public List<OutageView> recentlyEnded(Instant from, Instant to, int limit) {
        return views(em.createNamedQuery(Outage.FIND_RECENTLY_ENDED, Outage.class).setParameter("from", from)
                .setParameter("to", to).setMaxResults(limit).getResultList());
    }

    /** The outage with its public notice (title and updates). */
    public OutageView get(long id) {
        return view(entity(id));
    }

    /** The outage, if there is one with this id. */
    public Optional<OutageView> find(long id) {
        return Optional.ofNullable(em.find(Outage.class, id)).map(this::view);
    }

    /**
     * Posts an update of an outage's public notice, now, in the caller's name. RESOLVED ends an
     * ongoing outage now; an outage that has ended takes no more updates (409). Audited; fires
     * {@link OutageChanged} with the update's id (RESOLVED when it ended the outage, else UPDATED) and
     * {@link ProductStatusChanged}.
     *
     * @throws NotFoundException when there is no such outage
     */
    @Transactional
    public OutageUpdateView post(long outageId, @NotNull @Valid PostUpdate update) {
        // locked, so that two updates posted at once cannot both find the outage open
        Outage outage = Optional.ofNullable(em.find(Outage.class, outageId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("Outage", outageId));
        var before = view(outage);
        Instant now = clock.instant();
        OutageUpdate posted = outage.post(UpdateStatus.valueOf(update.status()), update.message().nl(),
                update.message().en(), actor(), now);
        em.persist(posted);
        em.flush();
        var view = updateView(posted);
        audit.created("OutageUpdate", posted.getId(), view);
        boolean ended = before.isOpen() && outage.getEndedAt() != null;
        if (ended) {
            audit.updated("Outage", outageId, before, view(outage));
        }
        String product = outage.getProduct().getCode();
        changed.fire(new ProductStatusChanged(product));
        outageChanged.fire(new OutageChanged(outageId, product,
                ended ? OutageChanged.Kind.RESOLVED : OutageChanged.Kind.UPDATED, posted.getId()));
        return view;
    }

    /** One update of an outage's notice. */
    public OutageUpdateView getUpdate(long outageId, long updateId) {
        return get(outageId).update(updateId).orElseThrow(() -> new NotFoundException("Outage update", updateId));
    }

    @Transactional
    public OutageView create(@Valid OutageChange change) {
        var outage = new Outage(product(change.product()), actor(), clock.instant());
        apply(outage, change);
        em.persist(outage);
        em.flush();
        var after = view(outage);
        audit.created("Outage", outage.getId(), after);
        changed.fire(new ProductStatusChanged(after.product()));
        outageChanged.fire(new OutageChanged(after.id(), after.product(), OutageChanged.Kind.CREATED, null));
        return after;
    }

    /** At most this many outages in one import call. */
    public static final int MAX_IMPORT = 10_000;

    /**
     * Records many past outages in one transaction (history import, monitoring back-fill): all or
     * none. The audit log gets one entry for the import, naming how many and the span.
     */
    @Transactional
    public int importAll(@NotNull @Size(min = 1, max = MAX_IMPORT) List<@Valid OutageChange> changes) {
        java.util.Map<String, Product> products = new java.util.HashMap<>();
        Instant earliest = null;
        Instant latest = null;
        int i = 0;
        for (OutageChange c : changes) {
            var outage = new Outage(products.computeIfAbsent(c.product(), this::product), actor(), clock.instant());
            apply(outage, c);
            em.persist(outage);
            earliest = earliest == null || c.startedAt().isBefore(earliest) ? c.startedAt() : earliest;
            latest = latest == null || c.startedAt().isAfter(latest) ? c.startedAt() : latest;
            if (++i % 500 == 0) {
                em.flush();
            }
        }
        em.flush();
        audit.created("Outage", null, java.util.Map.of("imported", changes.size(), "products",
                List.copyOf(new java.util.TreeSet<>(products.keySet())), "from", String.valueOf(earliest), "to",
                String.valueOf(latest)));
        products.keySet().forEach(p -> changed.fire(new ProductStatusChanged(p)));
        return changes.size();
    }

    @Transactional
    public OutageView update(long id, @Valid OutageChange change) {
        Outage outage = entity(id);
        if (outage.getVersion() != change.version()) {
            throw new StaleVersionException("Outage", id);
        }
        if (!outage.getProduct().getCode().equals(change.product())) {
            throw new InvalidInputException("product", "error.outage.productFixed");
        }
        var before = view(outage);
        apply(outage, change);
        em.flush();
        var after = view(outage);
        audit.updated("Outage", id, before, after);
        changed.fire(new ProductStatusChanged(after.product()));
        outageChanged.fire(new OutageChanged(id, after.product(),
                before.isOpen() && !after.isOpen() ? OutageChanged.Kind.RESOLVED : OutageChanged.Kind.UPDATED, null));
        return after;
    }

    private void apply(Outage outage, OutageChange c) {
        Instant latest = clock.instant().plus(FUTURE_TOLERANCE);
        if (c.startedAt().isAfter(latest)) {
            throw new InvalidInputException("startedAt", "error.outage.startInFuture");
        }
        if (c.endedAt() != null) {
            if (!c.endedAt().isAfter(c.startedAt())) {
                throw new InvalidInputException("endedAt", "error.endBeforeStart");
            }
            if (c.endedAt().isAfter(latest)) {
                throw new InvalidInputException("endedAt", "error.outage.endInFuture");
            }
        }
        ExternalService causedBy = null;
        if (c.causedBy() != null && !c.causedBy().isBlank()) {
            causedBy = em.createNamedQuery(ExternalService.FIND_ALL, ExternalService.class).getResultStream()
                    .filter(e -> e.getCode().equals(c.causedBy())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("causedBy", "error.externalService.unknown", c.causedBy()));
        }
        String cause = c.cause() == null || c.cause().isBlank() ? null : c.cause().strip();
        outage.update(c.startedAt(), c.endedAt(), c.severity(), cause, causedBy);
        if (c.title() != null) {
            outage.retitle(c.title().nl(), c.title().en());
        }
    }

    private Product product(String code) {
        return em.createNamedQuery(Product.FIND_BY_CODE, Product.class).setParameter("code", code).getResultStream()
                .findFirst().orElseThrow(() -> new InvalidInputException("product", "error.product.unknown", code));
    }

    private Outage entity(long id) {
        return Optional.ofNullable(em.find(Outage.class, id)).orElseThrow(() -> new NotFoundException("Outage", id));
    }

    private String actor() {
        var p = security.getCallerPrincipal();
        return p == null ? "system" : p.getName();
    }

    /** The most outage ids one query asks the updates of (an IN list has its limits). */
    private static final int BATCH = 500;

    /** Views of the outages with their updates: one query per {@link #BATCH} outages, not one per outage. */
    private List<OutageView> views(List<Outage> outages) {
        if (outages.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, List<OutageUpdateView>> updates = new java.util.HashMap<>();
        List<Long> ids = outages.stream().map(Outage::getId).toList();
        for (int i = 0; i < ids.size(); i += BATCH) {
            em.createNamedQuery(OutageUpdate.OF_OUTAGES, OutageUpdate.class)
                    .setParameter("outages", ids.subList(i, Math.min(ids.size(), i + BATCH))).getResultStream()
                    .map(OutageService::updateView)
                    .forEach(u -> updates.computeIfAbsent(u.outageId(), k -> new java.util.ArrayList<>()).add(u));
        }
        return outages.stream().map(o -> view(o, updates.getOrDefault(o.getId(), List.of()))).toList();
    }

    private OutageView view(Outage o) {
        return views(List.of(o)).getFirst();
    }

    private static OutageView view(Outage o, List<OutageUpdateView> updates) {
        return new OutageView(o.getId(), o.getProduct().getCode(), o.getStartedAt(), o.getEndedAt(), o.getSeverity(),
                o.getCause(), o.getCausedBy() == null ? null : o.getCausedBy().getCode(), o.getVersion(),
                o.getTitleNl() == null ? null : new OutageView.Text(o.getTitleNl(), o.getTitleEn()), updates);
    }

    static OutageUpdateView updateView(OutageUpdate u) {
        return new OutageUpdateView(u.getId(), u.outageId(), u.getStatus(),
                new OutageView.Text(u.getMessageNl(), u.getMessageEn()), u.getPostedAt(), u.getPostedBy());
    }
}
