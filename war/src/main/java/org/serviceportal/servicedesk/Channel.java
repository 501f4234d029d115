package org.serviceportal.servicedesk;

/** A way to reach a support line, and to report an incident. */
public enum Channel {
    PHONE, CHAT, MAIL, WEB
}
