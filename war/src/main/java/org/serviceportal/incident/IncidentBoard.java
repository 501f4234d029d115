package org.serviceportal.incident;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.change.Snapshot;
import org.serviceportal.platform.error.InvalidInputException;

/**
 * The operator board's reads: a page of incidents, filtered and sorted, and the counts of open
 * incidents per line and priority. Built to stay fast over a million incidents.
 *
 * <p>A page is two queries. The first selects only ids, with at most one filter per index and the
 * sort column behind it (see V5 and V8: every filter × sort has an index that leads with the filter and
 * ends with the sort column and id, stored in the order asked for, as Derby cannot walk an index backwards), so the database walks one index range and reads no row. The
 * second fetches the few rows by id. The page asks for one row more than it shows to know whether
 * another page follows: counting a million rows for a paginator costs more than the page itself, so
 * the board says "more" instead of a total. The counts per line and priority come from a small
 * aggregate over the open incidents, kept as a {@link Snapshot} until the next committed change of
 * an incident ({@link IncidentsChanged}, on any node and by any path: form, API, operator, breach
 * check).
 */
@ApplicationScoped
public class IncidentBoard {

    /** The board's page size limit, for the API too. */
    public static final int MAX_PAGE = 100;

    /**
     * The orders the board offers; each one has an index per filter (V5, V8). "Due latest first" is
     * not offered: nobody works that way, and on Derby it would need indexes of its own.
     */
    public enum Sort {
        REPORTED_DESC("reportedAt", false),
        REPORTED_ASC("reportedAt", true),
        RESOLUTION_DUE_ASC("resolutionDue", true);

        private final String attribute;
        private final boolean ascending;

        Sort(String attribute, boolean ascending) {
            this.attribute = attribute;
            this.ascending = ascending;
        }

        public String attribute() {
            return attribute;
        }

        public boolean ascending() {
            return ascending;
        }
    }

    /**
     * What the board shows; every field may be null (no filter). {@code breached} true: only
     * incidents that missed a target; false: only those that did not.
     */
    public record Filter(IncidentStatus status, String priority, Integer line, String product, Boolean breached,
            Boolean escalated) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    /** One line of the board. */
    public record Row(long id, String reference, String product, String priority, int priorityOrder, int line,
            IncidentStatus status, Instant reportedAt, Instant responseDue, Instant resolutionDue, boolean breached,
            boolean paused, boolean escalated, String reporterName, String summary, long version) implements java.io.Serializable {

        public boolean isBreached() {
            return breached;
        }

        public boolean isPaused() {
            return paused;
        }

        public boolean isEscalated() {
            return escalated;
        }
    }

    /** A page: the rows and whether another page follows. */
    public record Page(List<Row> items, int offset, int limit, boolean more) {
    }

    /** Open incidents per line (1–4) and priority code; {@code at} when they were counted. */
    public record Counts(Map<Integer, Map<String, Long>> perLine, Map<String, Long> perPriority, long total,
            Instant at) {

        public long of(int line, String priority) {
            return perLine.getOrDefault(line, Map.of()).getOrDefault(priority, 0L);
        }

        public long ofLine(int line) {
            return perLine.getOrDefault(line, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }

        public long ofPriority(String priority) {
            return perPriority.getOrDefault(priority, 0L);
        }
    }

    static final int SUMMARY_LENGTH = 120;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProductService products;

    @Inject
    Clock clock;

    private Snapshot<Counts> counts;

    @PostConstruct
    void init() {
        counts = new Snapshot<>(clock, now -> Snapshot.Built.untilChanged(count(now)));
    }

    /**
     * Up to {@code limit} incidents from {@code offset} in the given order; ties broken by id so
     * pages never overlap.
     */
    public Page page(Filter filter, Sort sort, int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "error.board.offset");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "error.board.limit", MAX_PAGE);
        }
        List<Long> ids = ids(filter == null ? Filter.NONE : filter, sort == null ? Sort.REPORTED_DESC : sort, offset,
                limit + 1);
        boolean more = ids.size() > limit;
        if (more) {
            ids = ids.subList(0, limit);
        }
        return new Page(rows(ids), offset, limit, more);
    }

    private List<Long> ids(Filter f, Sort sort, int offset, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var q = cb.createQuery(Long.class);
        Root<Incident> root = q.from(Incident.class);
        q.select(root.get("id")).where(predicates(f, cb, root).toArray(Predicate[]::new));
        Order bySort = sort.ascending() ? cb.asc(root.get(sort.attribute())) : cb.desc(root.get(sort.attribute()));
        Order byId = sort.ascending() ? cb.asc(root.get("id")) : cb.desc(root.get("id"));
        q.orderBy(bySort, byId);
        return em.createQuery(q).setFirstResult(offset).setMaxResults(max).getResultList();
    }

    private List<Predicate> predicates(Filter f, CriteriaBuilder cb, Root<Incident> root) {
        List<Predicate> p = new ArrayList<>();
        if (f.status() != null) {
            p.add(cb.equal(root.get("status"), f.status()));
        }
        if (f.priority() != null) {
            p.add(cb.equal(root.get("priorityCode"), f.priority()));
        }
        if (f.line() != null) {
            p.add(cb.equal(root.get("supportLine"), f.line()));
        }
        if (f.product() != null) {
            ProductView product = products.find(f.product())
                    .orElseThrow(() -> new InvalidInputException("product", "error.product.unknown", f.product()));
            p.add(cb.equal(root.get("productId"), product.id()));
        }
        if (f.breached() != null) {
            // an int column, compared as an int: EclipseLink on Derby cannot compare booleans
            p.add(cb.equal(root.get("breached"), f.breached() ? 1 : 0));
        }
        if (f.escalated() != null) {
            p.add(cb.equal(root.get("escalated"), f.escalated() ? 1 : 0));
        }
        return p;
    }

    private List<Row> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> productCodes = products.list().stream()
                .collect(Collectors.toMap(ProductView::id, ProductView::code));
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var q = cb.createQuery(Incident.class);
        Root<Incident> root = q.from(Incident.class);
        q.select(root).where(root.get("id").in(ids));
        Map<Long, Incident> byId = em.createQuery(q).getResultStream()
                .collect(Collectors.toMap(Incident::getId, Function.identity()));
        List<Row> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Incident i = byId.get(id);
            if (i != null) {
                rows.add(row(i, productCodes));
            }
        }
        return rows;
    }

    private static Row row(Incident i, Map<Long, String> productCodes) {
        String d = i.getDescription();
        String summary = d.length() > SUMMARY_LENGTH ? d.substring(0, SUMMARY_LENGTH - 1) + "…" : d;
        return new Row(i.getId(), i.getReference(), productCodes.getOrDefault(i.getProductId(), "?"),
                i.getPriorityCode(), i.getPriorityOrder(), i.getSupportLine(), i.getStatus(), i.getReportedAt(),
                i.getResponseDue(), i.getResolutionDue(), i.getBreach().any(), i.isPaused(), i.isEscalated(),
                i.getReporterName(), summary, i.getVersion());
    }

    /** The open incidents per line and priority, as of the last committed change of an incident. */
    public Counts counts() {
        return counts.get();
    }

    /** How many open incidents have passed a response or resolution due time (for the admin dashboard). */
    public long openBreached() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var q = cb.createQuery(Long.class);
        Root<Incident> root = q.from(Incident.class);
        q.select(cb.count(root)).where(root.get("status").in(IncidentStatus.OPEN), cb.equal(root.get("breached"), 1));
        return em.createQuery(q).getSingleResult();
    }

    /** The counts are stale once a change of an incident committed (on any node). */
    void incidentsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) IncidentsChanged event) {
        counts.invalidate();
    }

    private Counts count(Instant now) {
        Map<Integer, Map<String, Long>> perLine = new TreeMap<>();
        Map<String, Long> perPriority = new TreeMap<>();
        long total = 0;
        // one small GROUP BY per open status, each read from the index (status, line, priority)
        Map<IncidentStatus, List<Object[]>> groups = new EnumMap<>(IncidentStatus.class);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        for (IncidentStatus s : IncidentStatus.OPEN) {
            var q = cb.createQuery(Object[].class);
            Root<Incident> root = q.from(Incident.class);
            q.select(cb.array(root.get("supportLine"), root.get("priorityCode"), cb.count(root)))
                    .where(cb.equal(root.get("status"), s))
                    .groupBy(root.get("supportLine"), root.get("priorityCode"));
            groups.put(s, em.createQuery(q).getResultList());
        }
        for (List<Object[]> rows : groups.values()) {
            for (Object[] r : rows) {
                int line = ((Number) r[0]).intValue();
                String priority = (String) r[1];
                long n = ((Number) r[2]).longValue();
                perLine.computeIfAbsent(line, k -> new HashMap<>()).merge(priority, n, Long::sum);
                perPriority.merge(priority, n, Long::sum);
                total += n;
            }
        }
        return new Counts(perLine, perPriority, total, now);
    }
}
