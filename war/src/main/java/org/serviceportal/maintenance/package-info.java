/**
 * Maintenance windows of products: planned (announced ahead, left out of the availability window)
 * or unplanned (downtime). Recorded by operators, editors and administrators; read by the
 * availability reports, the status page and the announcements. Windows are cancelled, never
 * deleted: a cancelled window keeps its row (for calendars that hold it) and counts nowhere.
 * <p>
 * Planned means announced ({@link org.serviceportal.maintenance.MaintenanceWindow#planning}): a
 * window counts as planned only when it was recorded as planned at least
 * {@code portal.maintenance.notice-hours} (default 24) before its start; later, it counts as
 * unplanned. A window recorded afterwards (history) is taken as given and marked so. An unplanned
 * window cannot become planned once it has started (409). Readers of availability use
 * {@code MaintenanceView.isCountsAsPlanned()}, never the bare {@code planned} flag.
 */
package org.serviceportal.maintenance;
