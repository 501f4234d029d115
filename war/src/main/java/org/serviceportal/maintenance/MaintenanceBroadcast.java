package org.serviceportal.maintenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.serviceportal.platform.cluster.ClusterBus;
import org.serviceportal.platform.cluster.ClusterChange;

/** Tells the other nodes of a cluster about each committed change of a maintenance window. */
@ApplicationScoped
public class MaintenanceBroadcast {

    @Inject
    ClusterBus cluster;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaintenanceChanged event) {
        cluster.publish(new ClusterChange(ClusterChange.Kind.MAINTENANCE, Long.toString(event.windowId())));
    }
}
