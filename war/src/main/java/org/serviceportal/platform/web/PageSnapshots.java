package org.serviceportal.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.serviceportal.platform.change.CommittedChange;
import org.serviceportal.platform.change.Snapshot;
import org.serviceportal.platform.i18n.Language;

/**
 * The rarely changing public pages as ready bytes: each page, per language and per value of the
 * query parameters it names, is rendered once through the ordinary Faces chain ({@link PageSnapshotFilter}
 * captures it) and kept in a {@link Snapshot}. All are made stale by one observer of every committed
 * change, local or replayed from another node, and are right at most until the next time boundary
 * the features give ({@link PublicPages#nextChange}) and {@link #MAX_AGE}.
 * <p>
 * The observer runs after the other snapshots' observers ({@code @Priority}): a page rebuilt at once
 * reads figures that are already fresh.
 */
@ApplicationScoped
public class PageSnapshots {

    /** A page is rendered again at least this often: a boundary nobody announced is caught within it. */
    public static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** How long a browser or a shared cache may reuse a page without asking again. */
    public static final String CACHE_CONTROL = "public, max-age=30";

    /**
     * At most this many variants are kept (query values and addresses are the visitor's to choose):
     * past it the least used give way, so nobody can crowd the pages people read out of memory.
     */
    static final int MAX_ENTRIES = 512;

    @Inject
    Clock clock;

    @Inject
    Instance<PublicPages> features;

    private final Map<String, PublicPages.Page> pages = new HashMap<>();
    private final Cache<String, Snapshot<ReadyBytes>> snapshots = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();
    /** The render of the request being served: {@link Snapshot} builds on the reader's thread. */
    private static final ThreadLocal<Supplier<ReadyBytes>> RENDER = new ThreadLocal<>();

    @PostConstruct
    void collect() {
        for (PublicPages feature : features) {
            for (PublicPages.Page page : feature.pages()) {
                pages.put(page.path(), page);
            }
        }
    }

    /** The registered page at this path (within the application), if any. */
    public Optional<PublicPages.Page> page(String path) {
        return Optional.ofNullable(pages.get(path));
    }

    /** The paths of all registered pages. */
    public Set<String> paths() {
        return Set.copyOf(pages.keySet());
    }

    /**
     * The page's bytes for this variant: kept ones, or rendered now by {@code render} (on this
     * thread).
     *
     * @throws NotKept when the render gives something that must not be kept (an error, a cookie)
     */
    ReadyBytes get(String key, Supplier<ReadyBytes> render) {
        Snapshot<ReadyBytes> snapshot = snapshots.get(key, k -> new Snapshot<>(clock,
                now -> Snapshot.Built.until(RENDER.get().get(), validUntil(now))));
        RENDER.set(render);
        try {
            return snapshot.get();
        } finally {
            RENDER.remove();
        }
    }

    static String key(String path, Language language, Map<String, String> parameters) {
        StringBuilder key = new StringBuilder(path).append('|').append(language.code());
        parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> key.append('|').append(e.getKey()).append('=').append(e.getValue()));
        return key.toString();
    }

    Instant validUntil(Instant now) {
        Instant until = now.plus(MAX_AGE);
        for (PublicPages feature : features) {
            Instant next = feature.nextChange(now);
            if (next != null && next.isAfter(now) && next.isBefore(until)) {
                until = next;
            }
        }
        return until;
    }

    /** Every committed change, of this node or replayed from another: every page is rendered again. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION + 900)
            CommittedChange change) {
        snapshots.asMap().values().forEach(Snapshot::invalidate);
    }

    /** A render that gives no page for everyone (not 200, a cookie set, a session made). */
    static final class NotKept extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotKept() {
            super(null, null, false, false);
        }
    }
}
