package org.serviceportal.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records who changed what, when, from what to what. Every service that changes data calls it in
 * the same transaction as the change ({@link Transactional.TxType#MANDATORY}), so there is no change
 * without its entry and no entry without its change. Each entry is also announced as an
 * {@link AuditedChange}, a committed change.
 */
@ApplicationScoped
public class AuditLog {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";

    private static final int MAX_STATE = 16000;
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    /** What the audit page shows. */
    public record EntryView(long id, Instant occurredAt, String actor, String action, String entityType,
            String entityId, String summary, String before, String after) implements java.io.Serializable {
    }

    /** Filters of the audit page; null means any. */
    public record Filter(String actor, String entityType, String action, Instant from, Instant to) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<AuditedChange> changed;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entityType, Object id, Object after) {
        record(CREATE, entityType, id, null, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String entityType, Object id, Object before, Object after) {
        record(UPDATE, entityType, id, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String entityType, Object id, Object before) {
        record(DELETE, entityType, id, before, null);
    }

    private void record(String action, String entityType, Object id, Object before, Object after) {
        em.persist(new AuditEntry(clock.instant(), actor(), action, entityType, id == null ? null : id.toString(),
                null, json(before), json(after)));
        changed.fire(new AuditedChange(action, entityType, id == null ? null : id.toString()));
    }

    private String actor() {
        Principal p;
        try {
            p = securityContext.getCallerPrincipal();
        } catch (RuntimeException e) {
            // a scheduled task (breach check) runs without a security context: the system acts
            p = null;
        }
        return p == null ? "system" : p.getName();
    }

    private static String json(Object state) {
        if (state == null) {
            return null;
        }
        String s = JSONB.toJson(state);
        return s.length() > MAX_STATE ? s.substring(0, MAX_STATE - 1) + "…" : s;
    }

    /** Newest first, at most {@code max} entries from {@code first}. */
    public List<EntryView> find(Filter filter, int first, int max) {
        var cb = em.getCriteriaBuilder();
        var q = cb.createQuery(AuditEntry.class);
        var root = q.from(AuditEntry.class);
        q.where(predicates(filter, cb, root).toArray(Predicate[]::new));
        q.orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
        return em.createQuery(q).setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(e -> new EntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(),
                        e.getEntityId(), e.getSummary(), e.getBeforeState(), e.getAfterState()))
                .toList();
    }

    public long count(Filter filter) {
        var cb = em.getCriteriaBuilder();
        var q = cb.createQuery(Long.class);
        var root = q.from(AuditEntry.class);
        q.select(cb.count(root)).where(predicates(filter, cb, root).toArray(Predicate[]::new));
        return em.createQuery(q).getSingleResult();
    }

    public List<String> entityTypes() {
        return em.createQuery("SELECT DISTINCT a.entityType FROM AuditEntry a ORDER BY a.entityType", String.class)
                .getResultList();
    }

    private static List<Predicate> predicates(Filter f, jakarta.persistence.criteria.CriteriaBuilder cb,
            jakarta.persistence.criteria.Root<AuditEntry> root) {
        List<Predicate> p = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            p.add(cb.like(cb.lower(root.get("actor")), "%" + f.actor().strip().toLowerCase() + "%"));
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            p.add(cb.equal(root.get("entityType"), f.entityType()));
        }
        if (f.action() != null && !f.action().isBlank()) {
            p.add(cb.equal(root.get("action"), f.action()));
        }
        if (f.from() != null) {
            p.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), f.from()));
        }
        if (f.to() != null) {
            p.add(cb.lessThan(root.get("occurredAt"), f.to()));
        }
        return p;
    }
}
