package org.serviceportal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.serviceportal.platform.security.AnonymousPages;

/** Pages served from snapshots look the same to everyone: their anonymous reads skip authentication. */
@ApplicationScoped
public class SnapshotPageReads implements AnonymousPages {

    @Inject
    PageSnapshots pages;

    @Override
    public Set<String> anonymousReadPaths() {
        return pages.paths();
    }
}
