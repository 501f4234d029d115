package org.serviceportal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.serviceportal.platform.cluster.ClusterBus;
import org.serviceportal.platform.cluster.ClusterChange;

/** Tells the other nodes of a cluster about each committed change of a product's status (an outage or maintenance window recorded, corrected or ended). */
@ApplicationScoped
public class ProductStatusBroadcast {

    @Inject
    ClusterBus cluster;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductStatusChanged event) {
        cluster.publish(new ClusterChange(ClusterChange.Kind.PRODUCT_STATUS, event.product()));
    }
}
