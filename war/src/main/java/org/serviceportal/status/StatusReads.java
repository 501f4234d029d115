package org.serviceportal.status;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.serviceportal.platform.security.AnonymousReads;

/** The status and product lists are the same for everyone: their anonymous reads skip authentication. */
@ApplicationScoped
public class StatusReads implements AnonymousReads {

    @Override
    public Set<String> anonymousReadPaths() {
        return Set.of(StatusApi.STATUS, StatusApi.PRODUCTS);
    }
}
