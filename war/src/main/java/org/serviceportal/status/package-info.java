/**
 * The status of the products now and over the last 90 days, and the public pages that show it: the
 * status page (one overall line, what is going on now with each outage's latest update, products,
 * upcoming maintenance, the history of the last 90 days), and a page of its own for each outage
 * ({@link org.serviceportal.status.OutagePage}) and maintenance window
 * ({@link org.serviceportal.status.MaintenanceWindowPage}), all served from snapshots. Derived from
 * outages (with their public notices) and maintenance windows; provides
 * {@link org.serviceportal.catalog.ProductStatusProvider}. Rules: a page names products by name, not
 * code; an unknown or malformed id is a 404 page.
 */
package org.serviceportal.status;
