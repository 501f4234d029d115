package org.serviceportal.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A feature's public pages that change rarely and look the same to every visitor, so that
 * {@link PageSnapshots} serves them as ready bytes. A feature implements this as a CDI bean; the
 * platform names no page of its own.
 * <p>
 * A page registered here must look the same to every visitor without a session (no form state,
 * nothing of the caller): it differs only by its path, its language and the query parameters it
 * names. Requests within a session (signed-in staff) are rendered the ordinary way, so a page may
 * show staff more. It is
 * rendered again after every committed change ({@code platform.change.CommittedChange}), at the
 * next instant {@link #nextChange} gives, and at least every {@link PageSnapshots#MAX_AGE}.
 */
public interface PublicPages {

    /** A page: its path within the application and the query parameters that select a variant of it. */
    record Page(String path, Set<String> parameters) {
        public Page {
            parameters = Set.copyOf(parameters);
        }

        public static Page of(String path, String... parameters) {
            return new Page(path, Set.of(parameters));
        }
    }

    /** The pages; a request with any other query parameter than these (and {@code lang}) is rendered as usual. */
    List<Page> pages();

    /**
     * The first instant after {@code now} at which these pages read differently by time alone (a
     * maintenance window starts or ends, a help desk opens, a new day begins); {@code null}: none
     * known. Called when a snapshot is built.
     */
    default Instant nextChange(Instant now) {
        return null;
    }
}
