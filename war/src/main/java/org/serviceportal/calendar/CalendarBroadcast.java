package org.serviceportal.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.serviceportal.platform.cluster.ClusterBus;
import org.serviceportal.platform.cluster.ClusterChange;

/** Tells the other nodes of a cluster about each committed change of the service windows or days off. */
@ApplicationScoped
public class CalendarBroadcast {

    @Inject
    ClusterBus cluster;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged event) {
        cluster.publish(new ClusterChange(ClusterChange.Kind.CALENDAR, null));
    }
}
