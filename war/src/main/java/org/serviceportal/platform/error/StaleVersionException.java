package org.serviceportal.platform.error;

/**
 * Thrown when a change was made against a version that someone else has changed since: the caller
 * must reload and decide again. Never a silent overwrite.
 */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, Object id) {
        super(what + " " + id + " was changed by someone else in the meantime; reload it and try again");
    }
}
