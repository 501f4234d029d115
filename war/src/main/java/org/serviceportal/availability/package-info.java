/**
 * Availability: outages measured against service windows, and the figures the reports and the
 * {@code GET /api/v1/availability} contract publish.
 *
 * <p>Outages are recorded by {@link org.serviceportal.availability.OutageService}; reports come from
 * {@link org.serviceportal.availability.AvailabilityService}. The arithmetic underneath is pure on {@link org.serviceportal.calendar.Interval}s: {@link
 * org.serviceportal.availability.Intervals} (merge, clip, intersect, subtract) and {@link
 * org.serviceportal.availability.AvailabilityCalculator}, which takes already-loaded intervals and
 * a {@link org.serviceportal.calendar.ServiceCalendar} and returns {@link
 * org.serviceportal.availability.AvailabilityFigures}. Rules:
 * <ul>
 * <li>Overlapping inputs never count twice: every set is merged before it is measured.</li>
 * <li>The caller decides what is downtime: open outages closed at "now" or the period end,
 *     degraded outages left out, maintenance that does not count as planned passed as downtime.
 *     Planned means announced: only a window whose {@code MaintenanceView.isCountsAsPlanned()} holds
 *     is left out of the window, never one for its bare {@code planned} flag; the planned windows
 *     that count otherwise, or only because they were recorded afterwards, travel with each row as
 *     {@link org.serviceportal.availability.MaintenanceNote}s for the reports to explain.</li>
 * <li>Durations are exact (to the nanosecond) until the end; minutes and percentages are rounded
 *     once, as documented on {@link org.serviceportal.availability.AvailabilityFigures}.</li>
 * </ul>
 * <p>An outage's public notice (title nl/en and a timeline of {@link org.serviceportal.availability.OutageUpdate}s)
 * follows the rules of {@link org.serviceportal.availability.Outage}: a title has both languages or
 * none; an outage that has ended takes no more updates; RESOLVED ends an ongoing one at that moment.
 * Every live change fires {@link org.serviceportal.availability.OutageChanged} (an update with its id).
 * It uses {@code calendar}; reports and the REST resource use it.
 */
package org.serviceportal.availability;
