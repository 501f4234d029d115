package org.serviceportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.OptionalLong;

/**
 * The current session epoch of each user ({@link PortalUser#getSessionEpoch()}), read from the
 * database on each signed-in page request: one indexed single-row query, and right at once on every
 * node of a cluster, which no node-local cache or session registry would be without a message bus.
 */
@ApplicationScoped
public class SessionEpochs {

    @PersistenceContext
    EntityManager em;

    /** The epoch of this enabled user; empty when the user is disabled or gone. */
    public OptionalLong current(String username) {
        return em.createNamedQuery(PortalUser.FIND_SESSION_EPOCH, Long.class)
                .setParameter("username", LoginThrottle.normalize(username))
                .getResultStream().mapToLong(Long::longValue).findFirst();
    }
}
