/**
 * The service desk: the four support lines (who, channels, hours, whether open now) and the
 * escalation contacts. Read by everyone; changed by administrators (lines) and editors (contacts).
 */
package org.serviceportal.servicedesk;
