/**
 * Maintenance windows of products: planned (announced ahead, left out of the availability window)
 * or unplanned (downtime). Recorded by operators, editors and administrators; read by the
 * availability reports, the status page and the announcements. Windows are cancelled, never
 * deleted: a cancelled window keeps its row (for calendars that hold it) and counts nowhere.
 */
package org.serviceportal.maintenance;
