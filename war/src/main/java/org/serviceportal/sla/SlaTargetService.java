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
import org.serviceportal.platform.audit.AuditLog;
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

    /** One target's values over time, for reports: the value in effect at an instant. */
    public record TargetHistory(String product, String calendar, List<Step> steps) {

        /** A value and the instant from which it applied. */
        public record Step(Instant validFrom, BigDecimal percent) implements java.io.Serializable {
        }

        public BigDecimal percentAt(Instant at) {
            BigDecimal value = steps.get(0).percent();
            for (Step s : steps) {
                if (!s.validFrom().isAfter(at)) {
                    value = s.percent();
                }
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

    public List<SlaTargetView> list() {
        return all().stream().map(SlaTargetService::view).toList();
    }

    public SlaTargetView get(long id) {
        return view(entity(id));
    }

    /** The targets of a product with their history, in calendar order. */
    public List<TargetHistory> historyOf(String product) {
        return all().stream().filter(t -> t.getProduct().getCode().equals(product)).map(SlaTargetService::history)
                .toList();
    }

    @Transactional
    public SlaTargetView update(long id, @Valid UpdateSlaTarget change) {
        SlaTarget target = entity(id);
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
        return after;
    }

    private List<SlaTarget> all() {
        return em.createNamedQuery(SlaTarget.FIND_ALL, SlaTarget.class).getResultList();
    }

    private SlaTarget entity(long id) {
        return Optional.ofNullable(em.find(SlaTarget.class, id)).orElseThrow(() -> new NotFoundException("SlaTarget", id));
    }

    static SlaTargetView view(SlaTarget t) {
        return new SlaTargetView(t.getId(), t.getProduct().getCode(), t.getCalendar().getCode(),
                t.getAvailabilityPercent(), t.getVersion());
    }

    static TargetHistory history(SlaTarget t) {
        List<TargetHistory.Step> steps = t.getPeriods().stream()
                .map(p -> new TargetHistory.Step(p.getValidFrom(), p.getAvailabilityPercent())).toList();
        if (steps.isEmpty()) {
            steps = List.of(new TargetHistory.Step(Instant.EPOCH, t.getAvailabilityPercent()));
        }
        return new TargetHistory(t.getProduct().getCode(), t.getCalendar().getCode(), steps);
    }
}
