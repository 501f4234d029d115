/**
 * Incidents and the incident matrix that classifies them.
 *
 * <p>The model:
 * <ul>
 * <li>{@link org.serviceportal.incident.IncidentMatrix}: one version of the matrix, with its
 *     {@link org.serviceportal.incident.MatrixLevel}s (impact and urgency, explained in plain words),
 *     {@link org.serviceportal.incident.IncidentPriority}s (response and resolution targets in minutes of a
 *     calendar) and {@link org.serviceportal.incident.MatrixCell}s (impact × urgency → priority). A version is
 *     never changed: an administrator's change writes the next version, which applies to new incidents only.</li>
 * <li>{@link org.serviceportal.incident.Incident}: reference (INC-2026-000123), reporter, product,
 *     channel, classification copied from the matrix version in force (so its targets never change
 *     under it), the support line (1–4) holding it, {@link org.serviceportal.incident.IncidentStatus} and
 *     the SLA clock: due times, pause, breach flags. The reporter follows it with a secret token,
 *     stored only as its SHA-256 hash.</li>
 * <li>{@link org.serviceportal.incident.IncidentEvent}: the history, one row per step, some visible to
 *     the reporter; {@link org.serviceportal.incident.IncidentEscalation}: escalations to a contact;
 *     {@link org.serviceportal.incident.IncidentOutageLink}: links to outages.</li>
 * </ul>
 *
 * <p>Rules: the SLA clock runs only in the priority's calendar (nights, weekends and holidays do
 * not count; daylight-saving days count their real length) and stands still while the incident waits
 * for its reporter; the arithmetic is the pure {@link org.serviceportal.incident.SlaClock} on top of
 * {@link org.serviceportal.calendar.ServiceCalendar}. Every change goes through
 * {@code IncidentService}, which checks the version, writes the history and the audit log in the
 * same transaction, and fires {@link org.serviceportal.incident.IncidentsChanged} in it (the board's
 * counts follow it, on every node). Flags that queries filter on are int columns (0/1), not booleans.
 *
 * <p>Uses {@code calendar}, {@code catalog}, {@code servicedesk}, {@code availability} (outage links)
 * and {@code platform}; nothing uses it.
 */
package org.serviceportal.incident;
