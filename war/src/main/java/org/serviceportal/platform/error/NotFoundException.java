package org.serviceportal.platform.error;

/** Thrown by {@code getX} service methods when the thing asked for does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
