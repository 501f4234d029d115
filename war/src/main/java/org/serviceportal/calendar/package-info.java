/**
 * Service windows and business time: calendars of weekly wall-clock ranges in a time zone, minus
 * holidays, and the arithmetic on them (open time in a span, due times, the next opening).
 *
 * <p>Rules of this package:
 * <ul>
 * <li>The arithmetic ({@link org.serviceportal.calendar.ServiceCalendar} and its parts) is pure Java: no
 *     container, no database, no clock of its own; {@link org.serviceportal.calendar.CalendarService}
 *     stores the calendars and days off and builds them. Callers pass instants; features that
 *     need "now" inject a {@link java.time.Clock} and ask it.</li>
 * <li>Time is stored and exchanged as {@link java.time.Instant}; weekly ranges and holidays are read
 *     in the calendar's {@link java.time.ZoneId}. An instant is open exactly when its local date-time
 *     falls in a range of its weekday and its local date is not a holiday (or, for a complement
 *     calendar, when its local date is a holiday). Everything else follows from that one rule,
 *     including daylight-saving days: a wall-clock hour that does not exist counts for nothing, an
 *     hour that happens twice counts twice, because durations are real elapsed time.</li>
 * <li>Intervals are half-open {@code [start, end)}; lists of them are returned sorted and merged.</li>
 * <li>Long spans are computed day by day, never minute by minute.</li>
 * </ul>
 * Every feature may use this package (SLA, availability, incidents, support lines); it uses none.
 */
package org.serviceportal.calendar;
