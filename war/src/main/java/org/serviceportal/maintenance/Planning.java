package org.serviceportal.maintenance;

/**
 * How a maintenance window counts for availability, and why: planned means announced. Only
 * {@link #ANNOUNCED} and {@link #RECORDED_AFTERWARDS} are left out of the availability window;
 * every other kind is downtime like any outage. {@link MaintenanceWindow#planning} decides it.
 */
public enum Planning {

    /** Recorded as planned at least the notice period before its start: left out of availability. */
    ANNOUNCED(true),
    /**
     * Recorded as planned at or after its start (history, a back-fill): taken as given and left out
     * of availability, but marked "recorded afterwards" wherever it is.
     */
    RECORDED_AFTERWARDS(true),
    /** Recorded as planned before its start but less than the notice period before: counts as unplanned. */
    ANNOUNCED_TOO_LATE(false),
    /**
     * Made planned only after it had started (possible before the rule held, kept in old data):
     * counts as unplanned.
     */
    PLANNED_AFTER_START(false),
    /** Unplanned maintenance: downtime. */
    UNPLANNED(false);

    private final boolean countsAsPlanned;

    Planning(boolean countsAsPlanned) {
        this.countsAsPlanned = countsAsPlanned;
    }

    /** Whether the window is left out of the availability window (planned maintenance). */
    public boolean countsAsPlanned() {
        return countsAsPlanned;
    }

    /** Whether reports must say why this window counts as it does: it is planned, but not plainly announced. */
    public boolean needsNote() {
        return this == RECORDED_AFTERWARDS || this == ANNOUNCED_TOO_LATE || this == PLANNED_AFTER_START;
    }

    /** What a window's flag alone says, for a view made without the rule (old messages of other nodes). */
    public static Planning ofFlag(boolean planned) {
        return planned ? ANNOUNCED : UNPLANNED;
    }
}
