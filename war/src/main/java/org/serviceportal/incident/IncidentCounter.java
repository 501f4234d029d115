package org.serviceportal.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Makes the counter row of a year, in a transaction of its own: when two reports (on one node or
 * two) are the first of the year at the same moment, one insert fails on the key and only that
 * small transaction is rolled back, not the report; both then count on the one row.
 */
@ApplicationScoped
public class IncidentCounter {

    @PersistenceContext
    EntityManager em;

    /** Inserts the year's row at 0; fails (rolled back on its own) when it exists already. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createYear(int year) {
        em.createNativeQuery("INSERT INTO incident_counter (counter_year, last_number) VALUES (?, 0)")
                .setParameter(1, year).executeUpdate();
    }
}
