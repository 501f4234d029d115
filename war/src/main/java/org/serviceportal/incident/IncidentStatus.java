package org.serviceportal.incident;

import java.util.Set;

/** Where an incident stands. The SLA clock is paused while {@link #WAITING_FOR_REPORTER}. */
public enum IncidentStatus {
    NEW, IN_PROGRESS, WAITING_FOR_REPORTER, RESOLVED, CLOSED;

    /** The statuses of an incident someone still has to work on. */
    public static final Set<IncidentStatus> OPEN = Set.of(NEW, IN_PROGRESS, WAITING_FOR_REPORTER);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
