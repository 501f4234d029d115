/**
 * Announcements to the outside: the banner that login pages of other applications fetch
 * ({@code /api/v1/banners} and {@code /banner.js}), the iCalendar feed of maintenance, the Atom feed
 * of status changes and announcements, and the public maintenance page. Read-only: it reads
 * maintenance, outages and statuses through their services and keeps the banner as a snapshot that
 * changes (CDI events) and the clock renew. Anyone may call it.
 */
package org.serviceportal.announcement;
