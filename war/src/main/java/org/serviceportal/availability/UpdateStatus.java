package org.serviceportal.availability;

/**
 * Where the work on an outage stands, as an update of its public notice says: the usual course is
 * investigating, identified, monitoring, resolved, though any may follow any (a fix that does not
 * hold sends it back to investigating). {@link #RESOLVED} ends an ongoing outage.
 */
public enum UpdateStatus {
    INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED;

    /** The values as the API spells them, for a pattern that names the field when a value is wrong. */
    public static final String PATTERN = "INVESTIGATING|IDENTIFIED|MONITORING|RESOLVED";
}
