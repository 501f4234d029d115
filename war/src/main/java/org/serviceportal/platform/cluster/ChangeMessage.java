package org.serviceportal.platform.cluster;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.Optional;
import java.util.logging.Logger;
import org.serviceportal.platform.change.CommittedChange;

/**
 * A {@link CommittedChange} as it travels between the nodes: the record's class name, a line break,
 * and the record as JSON (JSON-B). The receiving node loads the class with the application's class
 * loader and reads only classes that implement {@link CommittedChange}: a message never makes the
 * node instantiate anything else, and a change a newer node knows and this one does not is ignored.
 */
final class ChangeMessage {

    private static final Logger LOG = Logger.getLogger(ChangeMessage.class.getName());

    private ChangeMessage() {
    }

    /** The message for a change. */
    static String encode(CommittedChange change, Jsonb jsonb) {
        return change.getClass().getName() + "\n" + jsonb.toJson(change);
    }

    /** The change a message carries; empty for a message this node cannot or may not read. */
    static Optional<CommittedChange> decode(String message, ClassLoader loader, Jsonb jsonb) {
        if (message == null) {
            return Optional.empty();
        }
        int newline = message.indexOf('\n');
        if (newline <= 0) {
            LOG.fine(() -> "Not a change message: " + message);
            return Optional.empty();
        }
        String name = message.substring(0, newline);
        Class<?> type;
        try {
            // not initialised: a name that is no change must not run anything
            type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.fine(() -> "A change this node does not know (a newer node's?): " + name);
            return Optional.empty();
        }
        if (!CommittedChange.class.isAssignableFrom(type) || type.isInterface()) {
            LOG.warning(() -> "A cluster message names a class that is no committed change: " + name);
            return Optional.empty();
        }
        try {
            return Optional.of((CommittedChange) jsonb.fromJson(message.substring(newline + 1), type));
        } catch (JsonbException | ClassCastException e) {
            LOG.warning(() -> "A change of another node could not be read: " + name + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
