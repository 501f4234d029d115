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
 *     the SLA clocks: due times, pause, the state of each target. The reporter follows it with a secret
 *     token, stored only as its SHA-256 hash.</li>
 * <li>{@link org.serviceportal.incident.IncidentEvent}: the history, one row per step, some visible to
 *     the reporter; {@link org.serviceportal.incident.IncidentEscalation}: escalations to a contact;
 *     {@link org.serviceportal.incident.IncidentOutageLink}: links to outages.</li>
 * </ul>
 *
 * <p>Rules: the SLA clock runs only in the priority's calendar (nights, weekends and holidays do
 * not count; daylight-saving days count their real length) and stands still while the incident waits
 * for its reporter; the arithmetic is the pure {@link org.serviceportal.incident.SlaClock} on top of
 * {@link org.serviceportal.calendar.ServiceCalendar}. The incident itself guards its workflow (which
 * status changes are allowed), the pause and resume of its clocks and when a target is met or
 * breached ({@link org.serviceportal.incident.DueState}, summed up as a
 * {@link org.serviceportal.incident.Breach}); it is unit-tested without a container. {@code IncidentService}
 * orchestrates: it checks the version, calls the incident, writes the history and the audit log in the
 * same transaction, enqueues the mails ({@link org.serviceportal.incident.IncidentMails}) and fires
 * {@link org.serviceportal.incident.IncidentsChanged} in it (the board's counts follow it, on every
 * node). States that queries filter on are stored as small ints, not booleans or enum names, so that
 * Derby reads them from an index. The reporter's follow token is made and checked by
 * {@link org.serviceportal.platform.security.SecretTokens}, like every other secret in a link.
 *
 * <p>Uses {@code calendar}, {@code catalog}, {@code servicedesk}, {@code availability} (outage links)
 * and {@code platform}; nothing uses it.
 */
package org.serviceportal.incident;
