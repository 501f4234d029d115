package org.serviceportal.incident;

/** Which of an incident's targets were missed: what the board's "breached" flag sums up. */
public enum Breach {
    NONE, RESPONSE, RESOLUTION, BOTH;

    static Breach of(DueState response, DueState resolution) {
        boolean r = response == DueState.BREACHED;
        boolean s = resolution == DueState.BREACHED;
        return r && s ? BOTH : r ? RESPONSE : s ? RESOLUTION : NONE;
    }

    public boolean any() {
        return this != NONE;
    }
}
