package org.serviceportal.platform.security;

import java.util.Set;

/**
 * Paths whose anonymous reads ({@code GET}, {@code HEAD}, {@code OPTIONS} without an
 * {@code Authorization} header) skip Jakarta Security's per-request work
 * ({@link PublicPathAuthentication}): answers that are the same for everyone, served from
 * snapshots. A feature implements this as a CDI bean and names its own paths; the platform names none.
 */
public interface AnonymousReads {

    /** Exact paths within the application, without query ({@code /api/v1/banners}). */
    Set<String> anonymousReadPaths();
}
