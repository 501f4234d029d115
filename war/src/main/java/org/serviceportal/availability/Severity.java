package org.serviceportal.availability;

/**
 * How bad an outage is. Degraded service is shown on the status page but is not downtime; partial
 * and major outages are.
 */
public enum Severity {
    DEGRADED, PARTIAL, MAJOR;

    public boolean countsAsDowntime() {
        return this != DEGRADED;
    }
}
