package org.serviceportal.setup;

/**
 * One item of the setup checklist: a stable {@code key}, whether it is {@code done}, a {@code message}
 * in the caller's language saying what is missing (or that it is in order), and the admin page
 * where it is fixed ({@code fixPath}, relative to the portal, null when it is a setting).
 */
public record SetupItem(String key, boolean done, String message, String fixPath) implements java.io.Serializable {
}
