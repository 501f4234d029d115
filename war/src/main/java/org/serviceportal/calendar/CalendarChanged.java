package org.serviceportal.calendar;

/** Fired (CDI event) after a change to the service windows or days off: figures computed with them are stale. */
public record CalendarChanged() implements org.serviceportal.platform.change.CommittedChange {
}
