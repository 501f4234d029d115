package org.serviceportal.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.event.Observes;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceportal.calendar.CalendarDefinition;
import org.serviceportal.catalog.Product;
import org.serviceportal.catalog.ProductCreated;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.ConflictException;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;

/**
 * Owns the SLA targets. A change takes effect at once and is kept with its time, so a report for
 * a past period uses the value that applied then.
 */
@ApplicationScoped
public class SlaTargetService {

    /** A new percentage for a target, against the version the editor saw. */
    public record UpdateSlaTarget(
            @NotNull @DecimalMin("0.000") @DecimalMax("100.000") @Digits(integer = 3, fraction = 3) BigDecimal availabilityPercent,
            long version) {
    }

    /** A new target: a product promises an availability in a service window (both by code). */
    public record NewSlaTarget(
            @NotBlank String product,
            @NotBlank String calendar,
            @NotNull @DecimalMin("0.000") @DecimalMax("100.000") @Digits(integer = 3, fraction = 3) BigDecimal availabilityPercent) {
    }

    /** One target's values over time, for reports: the value in effect at an instant. */
    public record TargetHistory(String product, String calendar, List<Step> steps) {

        /**
         * A value and the instant from which it applied; {@code endedAt} when the target ended while
         * this was its value (null otherwise).
         */
        public record Step(Instant validFrom, BigDecimal percent, Instant endedAt) implements java.io.Serializable {
        }

        /**
         * The value that applied last within [from, to), or null when the target did not apply at any
         * moment of it (it started later or had ended before): a report then has no row for it.
         */
        public BigDecimal percentDuring(Instant from, Instant to) {
            BigDecimal value = null;
            for (Step s : steps) {
                if (!s.validFrom().isBefore(to)) {
                    break;
                }
                value = s.endedAt() != null && !s.endedAt().isAfter(from) ? null : s.percent();
            }
            return value;
        }
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
    jakarta.enterprise.event.Event<SlaTargetsChanged> changed;

    @Inject
    @ConfigProperty(name = "portal.sla.default-targets", defaultValue = DEFAULT_TARGETS)
    String defaultTargets;

    /** The targets a new product gets: those of the seed's products other than access management. */
    static final String DEFAULT_TARGETS = "office-hours=99.3,outside-office-hours=95";

    /** The targets that apply now (ended ones are left out). */
    public List<SlaTargetView> list() {
        return all().stream().filter(SlaTarget::isLive).map(SlaTargetService::view).toList();
    }

    public SlaTargetView get(long id) {
        return view(live(id));
    }

    /**
     * Adds a target from now on (administrators). A product has one live target per window: a second
     * one is a conflict; a target that ended before applies again, its gap kept in the history.
     */
    @Transactional
    public SlaTargetView create(@NotNull @Valid NewSlaTarget change) {
        Product product = em.createNamedQuery(Product.FIND_BY_CODE, Product.class).setParameter("code", change.product())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("product", "error.product.unknown", change.product()));
        CalendarDefinition calendar = em.createNamedQuery(CalendarDefinition.FIND_ALL, CalendarDefinition.class)
                .getResultStream().filter(c -> c.getCode().equals(change.calendar())).findFirst()
                .orElseThrow(() -> new InvalidInputException("calendar", "error.calendar.unknown", change.calendar()));
        return view(add(product, calendar, change.availabilityPercent()));
    }

    private SlaTarget add(Product product, CalendarDefinition calendar, BigDecimal percent) {
        BigDecimal value = percent.setScale(3, java.math.RoundingMode.UNNECESSARY);
        Instant now = clock.instant();
        Optional<SlaTarget> existing = all().stream().filter(t -> t.getProduct().getId().equals(product.getId())
                && t.getCalendar().getId().equals(calendar.getId())).findFirst();
        SlaTarget target;
        if (existing.isPresent()) {
            target = existing.get();
            if (target.isLive()) {
                throw new ConflictException("admin.sla.message.exists");
            }
            target.restart(value, now, actor());
        } else {
            target = new SlaTarget(product, calendar);
            target.change(value, now, actor());
            em.persist(target);
        }
        em.flush();
        var after = view(target);
        audit.created("SlaTarget", target.getId(), Map.of("target", after, "validFrom", now.toString()));
        changed.fire(new SlaTargetsChanged(product.getCode()));
        return target;
    }

    /**
     * Ends a target now (administrators): the product promises nothing in that window from now on;
     * reports of earlier periods keep the value that applied.
     */
    @Transactional
    public void end(long id) {
        SlaTarget target = live(id);
        var before = view(target);
        Instant now = clock.instant();
        target.end(now);
        em.flush();
        audit.deleted("SlaTarget", id, Map.of("target", before, "endedAt", now.toString()));
        changed.fire(new SlaTargetsChanged(before.product()));
    }

    /**
     * A new product gets the default targets ({@code portal.sla.default-targets}, "calendar=percent,…"),
     * in the transaction that creates it, so that its report is never empty.
     */
    void productCreated(@Observes ProductCreated created) {
        Product product = em.createNamedQuery(Product.FIND_BY_CODE, Product.class).setParameter("code", created.product())
                .getSingleResult();
        var calendars = em.createNamedQuery(CalendarDefinition.FIND_ALL, CalendarDefinition.class).getResultList();
        for (var entry : defaults().entrySet()) {
            calendars.stream().filter(c -> c.getCode().equals(entry.getKey())).findFirst()
                    .ifPresent(c -> add(product, c, entry.getValue()));
        }
    }

    /** The default targets as calendar code → percentage; entries that do not parse are left out. */
    Map<String, BigDecimal> defaults() {
        return parseDefaults(defaultTargets);
    }

    static Map<String, BigDecimal> parseDefaults(String setting) {
        Map<String, BigDecimal> result = new java.util.LinkedHashMap<>();
        if (setting == null) {
            return result;
        }
        for (String part : setting.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0 || part.substring(0, eq).isBlank()) {
                continue;
            }
            try {
                BigDecimal percent = new BigDecimal(part.substring(eq + 1).strip());
                if (percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0 && percent.scale() <= 3) {
                    result.put(part.substring(0, eq).strip(), percent);
                }
            } catch (NumberFormatException e) {
                // left out: the setting names the format
            }
        }
        return result;
    }

    private String actor() {
        var p = security.getCallerPrincipal();
        return p == null ? "system" : p.getName();
    }

    /** The targets of a product with their history, in calendar order. */
    public List<TargetHistory> historyOf(String product) {
        return all().stream().filter(t -> t.getProduct().getCode().equals(product)).map(SlaTargetService::history)
                .toList();
    }

    @Transactional
    public SlaTargetView update(long id, @Valid UpdateSlaTarget change) {
        SlaTarget target = live(id);
        if (target.getVersion() != change.version()) {
            throw new StaleVersionException("SlaTarget", id);
        }
        var before = view(target);
        var p = security.getCallerPrincipal();
        target.change(change.availabilityPercent().setScale(3, java.math.RoundingMode.UNNECESSARY), clock.instant(),
                p == null ? "system" : p.getName());
        em.flush();
        var after = view(target);
        audit.updated("SlaTarget", id, Map.of("target", before), Map.of("target", after,
                "validFrom", clock.instant().toString()));
        changed.fire(new SlaTargetsChanged(after.product()));
        return after;
    }

    private List<SlaTarget> all() {
        return em.createNamedQuery(SlaTarget.FIND_ALL, SlaTarget.class).getResultList();
    }

    /** A target that applies now; an ended one is as good as gone. */
    private SlaTarget live(long id) {
        return Optional.ofNullable(em.find(SlaTarget.class, id)).filter(SlaTarget::isLive)
                .orElseThrow(() -> new NotFoundException("SlaTarget", id));
    }

    static SlaTargetView view(SlaTarget t) {
        return new SlaTargetView(t.getId(), t.getProduct().getCode(), t.getCalendar().getCode(),
                t.getAvailabilityPercent(), t.getVersion());
    }

    static TargetHistory history(SlaTarget t) {
        List<TargetHistory.Step> steps = t.getPeriods().stream()
                .map(p -> new TargetHistory.Step(p.getValidFrom(), p.getAvailabilityPercent(), p.getEndedAt())).toList();
        if (steps.isEmpty()) {
            steps = List.of(new TargetHistory.Step(Instant.EPOCH, t.getAvailabilityPercent(), t.getEndedAt()));
        }
        return new TargetHistory(t.getProduct().getCode(), t.getCalendar().getCode(), steps);
    }
}
