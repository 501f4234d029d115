package org.serviceportal.maintenance;

import static org.serviceportal.platform.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceportal.catalog.Product;
import org.serviceportal.catalog.ProductStatusChanged;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;

/**
 * Owns maintenance windows. Every change fires {@link MaintenanceChanged} and
 * {@link ProductStatusChanged} for each product concerned. Windows are cancelled, never deleted:
 * a cancelled window stays for the feeds and the admin list and counts nowhere else.
 */
@ApplicationScoped
public class MaintenanceService {

    /** A text in both languages, as the API takes it. */
    public record TextChange(@NotBlank @Size(max = 200) String nl, @NotBlank @Size(max = 200) String en) {
    }

    /** A message in both languages; may be empty. */
    public record MessageChange(@Size(max = 4000) String nl, @Size(max = 4000) String en) {
    }

    /** What a window says; {@code version} is ignored on create. */
    public record WindowChange(
            @NotEmpty List<@NotBlank String> products,
            @NotNull Instant startsAt,
            @NotNull Instant endsAt,
            boolean planned,
            @NotNull @Valid TextChange title,
            @Valid MessageChange message,
            long version) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    Event<ProductStatusChanged> changed;

    @Inject
    Event<MaintenanceChanged> maintenanceChanged;

    /** How long before its start maintenance must be recorded as planned to count as planned. */
    @Inject
    @ConfigProperty(name = "portal.maintenance.notice-hours", defaultValue = "24")
    long noticeHours;

    /** Windows overlapping [from, to), of one product or of all (product null); cancelled ones left out. */
    public List<MaintenanceView> overlapping(String product, Instant from, Instant to) {
        return overlapping(MaintenanceWindow.FIND_OVERLAPPING, product, from, to);
    }

    /** Windows overlapping [from, to), cancelled ones too (for feeds and lists that show them as cancelled). */
    public List<MaintenanceView> overlappingWithCancelled(String product, Instant from, Instant to) {
        return overlapping(MaintenanceWindow.FIND_OVERLAPPING_WITH_CANCELLED, product, from, to);
    }

    private List<MaintenanceView> overlapping(String query, String product, Instant from, Instant to) {
        return em.createNamedQuery(query, MaintenanceWindow.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .filter(m -> product == null || m.getProducts().stream().anyMatch(p -> p.getCode().equals(product)))
                .map(this::view).toList();
    }

    public MaintenanceView get(long id) {
        return view(entity(id));
    }

    @Transactional
    public MaintenanceView create(@Valid WindowChange change) {
        var window = new MaintenanceWindow(actor(), clock.instant());
        apply(window, change);
        em.persist(window);
        em.flush();
        var after = view(window);
        audit.created("MaintenanceWindow", window.getId(), after);
        maintenanceChanged.fire(new MaintenanceChanged(window.getId(), MaintenanceChanged.Change.CREATED, null, after));
        after.products().forEach(p -> changed.fire(new ProductStatusChanged(p)));
        return after;
    }

    /**
     * Changes a window. Making an unplanned window planned once it has started is refused (409,
     * {@link org.serviceportal.platform.error.ConflictException}) and changes nothing.
     */
    @Transactional
    public MaintenanceView update(long id, @Valid WindowChange change) {
        MaintenanceWindow window = entity(id);
        if (window.getVersion() != change.version()) {
            throw new StaleVersionException("MaintenanceWindow", id);
        }
        if (window.getCancelledAt() != null) {
            throw new InvalidInputException("id", "error.maintenance.cancelled");
        }
        var before = view(window);
        apply(window, change);
        em.flush();
        var after = view(window);
        audit.updated("MaintenanceWindow", id, before, after);
        maintenanceChanged.fire(new MaintenanceChanged(id, MaintenanceChanged.Change.UPDATED, before, after));
        Set<String> concerned = new LinkedHashSet<>(before.products());
        concerned.addAll(after.products());
        concerned.forEach(p -> changed.fire(new ProductStatusChanged(p)));
        return after;
    }

    /**
     * Cancels a window: it stays, marked as cancelled by the caller, and counts no longer for
     * availability, status or banners. Cancelling a cancelled window changes nothing.
     */
    @Transactional
    public MaintenanceView cancel(long id, long version) {
        MaintenanceWindow window = entity(id);
        if (window.getVersion() != version) {
            throw new StaleVersionException("MaintenanceWindow", id);
        }
        var before = view(window);
        if (window.getCancelledAt() != null) {
            return before;
        }
        window.cancel(actor(), clock.instant());
        em.flush();
        var after = view(window);
        audit.updated("MaintenanceWindow", id, before, after);
        maintenanceChanged.fire(new MaintenanceChanged(id, MaintenanceChanged.Change.CANCELLED, before, null));
        before.products().forEach(p -> changed.fire(new ProductStatusChanged(p)));
        return after;
    }

    private void apply(MaintenanceWindow window, WindowChange c) {
        if (!c.endsAt().isAfter(c.startsAt())) {
            throw new InvalidInputException("endsAt", "error.endBeforeStart");
        }
        Set<Product> products = new LinkedHashSet<>();
        for (String code : c.products()) {
            products.add(em.createNamedQuery(Product.FIND_BY_CODE, Product.class).setParameter("code", code)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInputException("products", "error.product.unknown", code)));
        }
        MessageChange message = c.message() == null ? new MessageChange(null, null) : c.message();
        window.update(c.startsAt(), c.endsAt(), c.planned(), c.title().nl().strip(), c.title().en().strip(),
                blankToNull(message.nl()), blankToNull(message.en()), products, clock.instant());
    }

    private MaintenanceWindow entity(long id) {
        return Optional.ofNullable(em.find(MaintenanceWindow.class, id))
                .orElseThrow(() -> new NotFoundException("MaintenanceWindow", id));
    }

    private String actor() {
        var p = security.getCallerPrincipal();
        return p == null ? "system" : p.getName();
    }


    /**
     * How long before its start maintenance must be recorded as planned to count as planned
     * ({@code portal.maintenance.notice-hours}; a negative setting counts as none).
     */
    public Duration notice() {
        return Duration.ofHours(Math.max(0, noticeHours));
    }

    MaintenanceView view(MaintenanceWindow m) {
        return new MaintenanceView(m.getId(), m.getProducts().stream().map(Product::getCode).sorted().toList(),
                m.getStartsAt(), m.getEndsAt(), m.isPlanned(), new MaintenanceView.Text(m.getTitleNl(), m.getTitleEn()),
                new MaintenanceView.Text(m.getMessageNl(), m.getMessageEn()), m.getVersion(), m.getCancelledAt(),
                m.getCancelledBy(), m.getSequence(), m.getChangedAt(), m.getPlannedAt(), m.isRecordedAfterwards(),
                m.planning(notice()));
    }
}
