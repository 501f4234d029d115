package org.serviceportal.incident;

/** What happened to an incident, one per {@link IncidentEvent}. */
public enum IncidentEventKind {
    REPORTED, LOGGED, STARTED, HANDED_OVER, WAITING_FOR_REPORTER, RESUMED, RESOLVED, CLOSED, REOPENED,
    OUTAGE_LINKED, OUTAGE_UNLINKED, ESCALATED, INFORMATION_ADDED, RESPONSE_BREACHED, RESOLUTION_BREACHED
}
