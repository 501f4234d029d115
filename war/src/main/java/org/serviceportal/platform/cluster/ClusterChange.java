package org.serviceportal.platform.cluster;

import java.util.Optional;

/**
 * Fired (CDI event, outside any transaction) on a node when another node of the cluster committed a
 * change: the receiving node drops what it computed from the data before. Never fired for the node's
 * own changes, whose local events ({@code ProductStatusChanged}, {@code MaintenanceChanged},
 * {@code CalendarChanged}) already did that.
 *
 * @param kind what changed
 * @param key  the product code of a {@link Kind#PRODUCT_STATUS} change; empty for the other kinds
 */
public record ClusterChange(Kind kind, String key) {

    public enum Kind {
        /** An outage or maintenance window that decides a product's status. */
        PRODUCT_STATUS,
        /** A maintenance window created, changed or withdrawn. */
        MAINTENANCE,
        /** Service windows or days off. */
        CALENDAR,
        /** Incidents recorded or changed (the operator board's counts). */
        INCIDENTS
    }

    public ClusterChange {
        key = key == null ? "" : key;
    }

    /** The message on the topic: the kind, a space, the key. */
    String encode() {
        return kind.name() + " " + key;
    }

    /** The change a message names; empty for a message this node does not know (a newer node's). */
    static Optional<ClusterChange> decode(String message) {
        if (message == null) {
            return Optional.empty();
        }
        int space = message.indexOf(' ');
        String kind = space < 0 ? message : message.substring(0, space);
        String key = space < 0 ? "" : message.substring(space + 1);
        try {
            return Optional.of(new ClusterChange(Kind.valueOf(kind), key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
