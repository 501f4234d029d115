package org.serviceportal.platform.security;

import java.util.Set;

/**
 * Pages whose anonymous reads skip the authentication module ({@link PublicPathAuthentication}):
 * pages that are the same for everyone and are only known at run time (those served from
 * snapshots). A CDI bean; servlets and filters with fixed paths are marked {@link AnonymousReads}
 * instead.
 */
public interface AnonymousPages {

    /** Exact paths within the application, without query ({@code /public/status.xhtml}). */
    Set<String> anonymousReadPaths();
}
