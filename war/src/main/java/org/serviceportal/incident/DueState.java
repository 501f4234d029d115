package org.serviceportal.incident;

/**
 * Where one due time of an incident (its response or its resolution) stands: still to be met, met
 * in time (no longer checked), or breached. Stored as a small int ({@link #code()}), so that the
 * breach check and the board read it from an index on Derby as well as on PostgreSQL.
 */
public enum DueState {
    /** Not yet met: the breach check looks at it once its due time passed. */
    PENDING(0),
    /** Missed: the due time passed while the clock ran. */
    BREACHED(1),
    /** Met in time (or no longer relevant): the breach check skips it. */
    MET(2);

    private final int code;

    DueState(int code) {
        this.code = code;
    }

    /** The stored value. */
    public int code() {
        return code;
    }

    static DueState ofCode(int code) {
        for (DueState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("no due state " + code);
    }
}
