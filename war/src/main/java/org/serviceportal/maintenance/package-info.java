/**
 * Maintenance windows of products: planned (announced ahead, left out of the availability window)
 * or unplanned (downtime). Recorded by operators, editors and administrators; read by the
 * availability reports, the status page and the announcements.
 */
package org.serviceportal.maintenance;
