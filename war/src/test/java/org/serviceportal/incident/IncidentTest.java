package org.serviceportal.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.serviceportal.calendar.ServiceCalendar;
import org.serviceportal.catalog.Product;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.servicedesk.Channel;

/**
 * The rules an incident guards itself, without a server: which status changes are allowed, how the
 * SLA clocks pause and resume in business time, and when a target is met or breached.
 */
class IncidentTest {

    private static final ServiceCalendar OFFICE = ServiceCalendar.officeHours();
    private static final ServiceCalendar ALWAYS = ServiceCalendar.twentyFourSeven();

    /** Brussels wall-clock time. */
    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ServiceCalendar.BRUSSELS).toInstant();
    }

    /** A P3-like incident in office hours: 4 h to respond, 2 working days (23 h) to resolve. */
    private static Incident reported(Instant at) {
        return reported(OFFICE, at, 240, 23 * 60);
    }

    private static Incident reported(ServiceCalendar calendar, Instant at, int responseMinutes, int resolutionMinutes) {
        var matrix = new IncidentMatrix(1, at.minus(Duration.ofDays(30)), "admin", "test");
        var classification = new Incident.Classification(matrix, "MEDIUM", "MEDIUM", "P3", 3, calendar.code(),
                responseMinutes, resolutionMinutes);
        return new Incident("INC-2026-000001", new Product("toegangsbeheer"), Channel.WEB, "Login fails",
                new Incident.ReportedBy("Jan", "jan@example.org", null, "nl"), classification, calendar, 1, at,
                "hash", "reporter", at);
    }

    // ---- transitions ------------------------------------------------------------------------------

    /** Every step an incident can take, each with the instant and calendar it needs. */
    enum Step {
        START((i, t) -> i.start(t)),
        WAIT_FOR_REPORTER((i, t) -> i.waitForReporter(t)),
        RESUME((i, t) -> i.resume(OFFICE, t)),
        RESOLVE((i, t) -> i.resolve(OFFICE, t)),
        CLOSE((i, t) -> i.close(t)),
        REOPEN((i, t) -> i.reopen(t)),
        ADD_INFORMATION((i, t) -> i.addInformation(OFFICE, t)),
        HAND_OVER_UP((i, t) -> i.handOver(i.getSupportLine() + 1, t));

        final BiConsumer<Incident, Instant> take;

        Step(BiConsumer<Incident, Instant> take) {
            this.take = take;
        }
    }

    /** From each status, the steps allowed and where they lead (absent: refused). */
    private static final Map<IncidentStatus, Map<Step, IncidentStatus>> ALLOWED = new EnumMap<>(IncidentStatus.class);

    static {
        for (IncidentStatus s : IncidentStatus.values()) {
            ALLOWED.put(s, new EnumMap<>(Step.class));
        }
        ALLOWED.get(IncidentStatus.NEW).putAll(Map.of(Step.START, IncidentStatus.IN_PROGRESS,
                Step.RESOLVE, IncidentStatus.RESOLVED, Step.ADD_INFORMATION, IncidentStatus.NEW,
                Step.HAND_OVER_UP, IncidentStatus.NEW));
        ALLOWED.get(IncidentStatus.IN_PROGRESS).putAll(Map.of(
                Step.WAIT_FOR_REPORTER, IncidentStatus.WAITING_FOR_REPORTER, Step.RESOLVE, IncidentStatus.RESOLVED,
                Step.ADD_INFORMATION, IncidentStatus.IN_PROGRESS, Step.HAND_OVER_UP, IncidentStatus.IN_PROGRESS));
        ALLOWED.get(IncidentStatus.WAITING_FOR_REPORTER).putAll(Map.of(Step.RESUME, IncidentStatus.IN_PROGRESS,
                Step.RESOLVE, IncidentStatus.RESOLVED, Step.ADD_INFORMATION, IncidentStatus.IN_PROGRESS,
                Step.HAND_OVER_UP, IncidentStatus.WAITING_FOR_REPORTER));
        ALLOWED.get(IncidentStatus.RESOLVED).putAll(Map.of(Step.CLOSE, IncidentStatus.CLOSED,
                Step.REOPEN, IncidentStatus.IN_PROGRESS, Step.ADD_INFORMATION, IncidentStatus.RESOLVED));
        ALLOWED.get(IncidentStatus.CLOSED).putAll(Map.of(Step.REOPEN, IncidentStatus.IN_PROGRESS));
    }

    /** An incident brought to {@code status} by allowed steps, on Monday 23 November 2026 from 08:00. */
    private static Incident in(IncidentStatus status) {
        Incident i = reported(at("2026-11-23T08:00"));
        switch (status) {
            case NEW -> { }
            case IN_PROGRESS -> i.start(at("2026-11-23T08:10"));
            case WAITING_FOR_REPORTER -> {
                i.start(at("2026-11-23T08:10"));
                i.waitForReporter(at("2026-11-23T08:20"));
            }
            case RESOLVED -> {
                i.start(at("2026-11-23T08:10"));
                i.resolve(OFFICE, at("2026-11-23T09:00"));
            }
            case CLOSED -> {
                i.start(at("2026-11-23T08:10"));
                i.resolve(OFFICE, at("2026-11-23T09:00"));
                i.close(at("2026-11-23T09:30"));
            }
        }
        assertEquals(status, i.getStatus());
        return i;
    }

    @ParameterizedTest
    @EnumSource(IncidentStatus.class)
    void everyStepIsAllowedOrRefusedByTheStatusAndARefusedStepChangesNothing(IncidentStatus from) {
        for (Step step : Step.values()) {
            Incident i = in(from);
            Instant now = at("2026-11-23T10:00");
            IncidentStatus to = ALLOWED.get(from).get(step);
            if (to != null) {
                step.take.accept(i, now);
                assertEquals(to, i.getStatus(), step + " from " + from);
                assertEquals(now, i.getUpdatedAt(), step + " from " + from + " records when");
            } else {
                Instant updated = i.getUpdatedAt();
                int line = i.getSupportLine();
                Instant responseDue = i.getResponseDue();
                var e = assertThrows(InvalidInputException.class, () -> step.take.accept(i, now), step + " from " + from);
                assertEquals("status", e.errors().get(0).field());
                assertEquals(from, i.getStatus(), step + " from " + from + " is refused");
                assertEquals(updated, i.getUpdatedAt());
                assertEquals(line, i.getSupportLine());
                assertEquals(responseDue, i.getResponseDue());
            }
        }
    }

    @Test
    void aNewIncidentStartsBothClocksAtItsReportInThePrioritysCalendar() {
        Incident i = reported(at("2026-11-20T16:00")); // a Friday
        assertEquals(IncidentStatus.NEW, i.getStatus());
        assertEquals(1, i.getSupportLine());
        assertEquals(at("2026-11-23T08:30"), i.getResponseDue(), "3 h on Friday, 1 h on Monday");
        assertEquals(DueState.PENDING, i.getResponseState());
        assertEquals(DueState.PENDING, i.getResolutionState());
        assertEquals(Breach.NONE, i.getBreach());
        assertThrows(IllegalArgumentException.class, () -> new Incident("INC-2026-000002", new Product("x"), Channel.WEB,
                "d", new Incident.ReportedBy("a", "a@example.org", null, "en"),
                new Incident.Classification(null, "I", "U", "P1", 1, "24-7", 60, 240), OFFICE, 1, at("2026-11-20T16:00"),
                "hash", "reporter", at("2026-11-20T16:00")), "the clocks run in the priority's calendar, no other");
    }

    @Test
    void anIncidentIsHandedOverOneLineUpAtATimeOrBackToAnyLowerLine() {
        Incident i = in(IncidentStatus.IN_PROGRESS);
        Instant now = at("2026-11-23T10:00");
        assertEquals("line", assertThrows(InvalidInputException.class, () -> i.handOver(3, now)).errors().get(0).field());
        assertEquals("line", assertThrows(InvalidInputException.class, () -> i.handOver(1, now)).errors().get(0).field());
        i.handOver(2, now);
        i.handOver(3, now);
        i.handOver(4, now);
        assertThrows(InvalidInputException.class, () -> i.handOver(5, now));
        i.handOver(1, now);
        assertEquals(1, i.getSupportLine());
        assertEquals(IncidentStatus.IN_PROGRESS, i.getStatus(), "a hand-over keeps the status");
    }

    @Test
    void aReporterMayEscalateAnythingButAClosedIncident() {
        for (IncidentStatus s : EnumSet.complementOf(EnumSet.of(IncidentStatus.CLOSED))) {
            in(s).checkReporterMayEscalate();
        }
        assertThrows(InvalidInputException.class, () -> in(IncidentStatus.CLOSED).checkReporterMayEscalate());
        Incident i = in(IncidentStatus.IN_PROGRESS);
        i.markEscalated(at("2026-11-23T11:00"));
        assertTrue(i.isEscalated());
        assertEquals(IncidentStatus.IN_PROGRESS, i.getStatus());
    }

    @Test
    void reopeningChecksAMetResolutionAgainButKeepsABreach() {
        Incident met = in(IncidentStatus.CLOSED);
        assertEquals(DueState.MET, met.getResolutionState());
        met.reopen(at("2026-11-23T10:00"));
        assertEquals(DueState.PENDING, met.getResolutionState());
        assertNull(met.getResolvedAt());
        assertNull(met.getClosedAt());

        Incident late = reported(at("2026-11-23T08:00"));
        late.start(at("2026-11-23T08:05"));
        late.resolve(OFFICE, at("2026-11-26T08:00")); // 23 office hours ended Wednesday 08:00
        assertEquals(DueState.BREACHED, late.getResolutionState());
        late.reopen(at("2026-11-26T09:00"));
        assertEquals(DueState.BREACHED, late.getResolutionState(), "a missed target stays missed");
        assertEquals(Breach.RESOLUTION, late.getBreach());
    }

    // ---- the clocks -------------------------------------------------------------------------------

    @Test
    void aPauseOverTheWeekendMovesTheDueTimesByItsOfficeHoursOnly() {
        Incident i = reported(at("2026-11-20T16:00")); // Friday
        i.start(at("2026-11-20T16:30"));
        Instant resolutionDue = i.getResolutionDue();
        i.waitForReporter(at("2026-11-20T18:00"));
        assertTrue(i.isPaused());
        i.resume(OFFICE, at("2026-11-23T08:00")); // Monday: 1 h on Friday + 0.5 h on Monday paused
        assertFalse(i.isPaused());
        assertEquals(90 * 60, i.getPausedSeconds());
        assertEquals(at("2026-11-23T10:00"), i.getResponseDue(), "08:30 moved by 1.5 h");
        assertEquals(OFFICE.plusOpenTime(resolutionDue, Duration.ofMinutes(90)), i.getResolutionDue());
        assertEquals(IncidentStatus.IN_PROGRESS, i.getStatus());
    }

    @Test
    void aPauseAcrossTheDaylightSavingChangeCountsTheOfficeHoursOfTheWallClock() {
        // Friday 27 March 2026 (UTC+1) to Monday 30 March (UTC+2): summer time begins on the Sunday
        Incident i = reported(at("2026-03-27T16:00"));
        i.start(at("2026-03-27T16:15"));
        assertEquals(Instant.parse("2026-03-30T06:30:00Z"), i.getResponseDue(), "Monday 08:30 summer time");
        i.waitForReporter(at("2026-03-27T18:00"));
        i.resume(OFFICE, at("2026-03-30T08:00"));
        assertEquals(90 * 60, i.getPausedSeconds(), "1 h on Friday, 0.5 h on Monday: the lost night hour is no office hour");
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"), i.getResponseDue(), "Monday 10:00 summer time");
    }

    @Test
    void aroundTheClockAPauseOverTheAutumnChangeCountsItsRealLength() {
        // Night of 25 October 2026: 03:00 becomes 02:00, so midnight to 04:00 lasts five hours
        Incident i = reported(ALWAYS, at("2026-10-24T20:00"), 60, 24 * 60);
        i.start(at("2026-10-24T20:05"));
        i.waitForReporter(at("2026-10-25T00:00"));
        i.resume(ALWAYS, at("2026-10-25T04:00"));
        assertEquals(5 * 3600, i.getPausedSeconds());
        assertEquals(at("2026-10-24T20:00").plus(Duration.ofHours(29)), i.getResolutionDue());
    }

    @Test
    void severalPausesAddUpAndTheReportersAnswerEndsOne() {
        Incident i = reported(at("2026-11-23T08:00"));
        i.start(at("2026-11-23T08:05"));
        i.waitForReporter(at("2026-11-23T09:00"));
        i.resume(OFFICE, at("2026-11-23T09:30"));
        i.waitForReporter(at("2026-11-23T10:00"));
        assertTrue(i.addInformation(OFFICE, at("2026-11-23T10:45")), "the answer ends the wait");
        assertEquals(75 * 60, i.getPausedSeconds());
        assertEquals(at("2026-11-23T13:15"), i.getResponseDue());
        assertFalse(i.addInformation(OFFICE, at("2026-11-23T11:00")), "more information changes no status");
        assertEquals(IncidentStatus.IN_PROGRESS, i.getStatus());
    }

    @Test
    void resolvingWhilePausedEndsThePauseFirst() {
        Incident i = reported(at("2026-11-23T08:00"));
        i.start(at("2026-11-23T08:05"));
        i.waitForReporter(at("2026-11-23T09:00"));
        i.resolve(OFFICE, at("2026-11-23T10:00"));
        assertFalse(i.isPaused());
        assertEquals(3600, i.getPausedSeconds());
        assertEquals(at("2026-11-23T10:00"), i.getResolvedAt());
        assertEquals(DueState.MET, i.getResolutionState());
    }

    @Test
    void aResponseExactlyAtTheDueMinuteIsInTimeAndOneMinuteLaterIsNot() {
        Incident onTime = reported(at("2026-11-23T08:00"));
        onTime.start(at("2026-11-23T12:00"));
        assertEquals(DueState.MET, onTime.getResponseState());
        assertEquals(at("2026-11-23T12:00"), onTime.getRespondedAt());

        Incident late = reported(at("2026-11-23T08:00"));
        late.start(at("2026-11-23T12:01"));
        assertEquals(DueState.BREACHED, late.getResponseState());
        assertEquals(Breach.RESPONSE, late.getBreach());
        assertFalse(late.isResponseBreachMailed(), "a late first response is not mailed: the work goes on");
    }

    @Test
    void theResponseCheckBreachesAfterTheDueMinuteOnceAndNeverBefore() {
        Incident i = reported(at("2026-11-23T08:00"));
        Instant due = at("2026-11-23T12:00");
        assertEquals(due, i.getResponseDue());
        assertFalse(i.checkBreach(Incident.Target.RESPONSE, due), "at the due minute the target is still met");
        assertEquals(DueState.PENDING, i.getResponseState());
        assertTrue(i.checkBreach(Incident.Target.RESPONSE, due.plusSeconds(1)), "a moment after it, breached");
        assertEquals(DueState.BREACHED, i.getResponseState());
        assertTrue(i.isResponseBreachMailed());
        assertFalse(i.checkBreach(Incident.Target.RESPONSE, due.plusSeconds(60)), "told once");
        assertEquals(Breach.RESPONSE, i.getBreach());
    }

    @Test
    void theResolutionCheckBreachesAfterTheDueMinuteOnceAndNeverBefore() {
        Incident i = reported(at("2026-11-23T08:00"));
        i.start(at("2026-11-23T08:05"));
        Instant due = at("2026-11-25T08:00"); // 23 office hours: 11 h on Monday, 11.5 h on Tuesday, 0.5 h on Wednesday
        assertEquals(due, i.getResolutionDue());
        assertFalse(i.checkBreach(Incident.Target.RESOLUTION, due));
        assertTrue(i.checkBreach(Incident.Target.RESOLUTION, due.plusSeconds(1)));
        assertFalse(i.checkBreach(Incident.Target.RESOLUTION, due.plusSeconds(2)));
        assertEquals(Breach.RESOLUTION, i.getBreach());
        assertTrue(i.isResolutionBreachMailed());
        assertFalse(i.checkBreach(Incident.Target.RESPONSE, due.plusSeconds(1)), "the response came in time");
        assertEquals(DueState.MET, i.getResponseState());
    }

    @Test
    void aResolutionExactlyAtTheDueMinuteIsInTime() {
        Incident onTime = in(IncidentStatus.IN_PROGRESS);
        onTime.resolve(OFFICE, onTime.getResolutionDue());
        assertEquals(DueState.MET, onTime.getResolutionState());
        Incident late = in(IncidentStatus.IN_PROGRESS);
        late.resolve(OFFICE, late.getResolutionDue().plus(Duration.ofMinutes(1)));
        assertEquals(DueState.BREACHED, late.getResolutionState());
        assertFalse(late.isResolutionBreachMailed());
    }

    @Test
    void aDueTimeInsideARunningPauseIsNotBreachedAndMovesOnResume() {
        Incident i = reported(at("2026-11-23T08:00"));
        i.start(at("2026-11-23T08:05"));
        i.waitForReporter(at("2026-11-23T11:00"));
        assertFalse(i.checkBreach(Incident.Target.RESOLUTION, at("2026-11-30T12:00")), "the clock stands still");
        assertEquals(DueState.PENDING, i.getResolutionState());
        Instant before = i.getResolutionDue();
        i.resume(OFFICE, at("2026-11-23T12:00"));
        assertEquals(OFFICE.plusOpenTime(before, Duration.ofHours(1)), i.getResolutionDue());
    }

    @Test
    void aSettledTargetIsNeverCheckedAgain() {
        Incident closed = in(IncidentStatus.CLOSED);
        assertFalse(closed.checkBreach(Incident.Target.RESPONSE, at("2027-01-01T00:00")));
        assertFalse(closed.checkBreach(Incident.Target.RESOLUTION, at("2027-01-01T00:00")));
        assertEquals(DueState.MET, closed.getResponseState());
        assertEquals(DueState.MET, closed.getResolutionState());
        assertEquals(Breach.NONE, closed.getBreach());
    }

    @Test
    void bothTargetsMissedReadAsBoth() {
        Incident i = reported(at("2026-11-23T08:00"));
        i.checkBreach(Incident.Target.RESPONSE, at("2026-11-30T08:00"));
        i.checkBreach(Incident.Target.RESOLUTION, at("2026-11-30T08:00"));
        assertEquals(Breach.BOTH, i.getBreach());
        assertTrue(i.isResponseBreached() && i.isResolutionBreached());
    }

    @Test
    void theClocksRunOnlyInTheirOwnCalendar() {
        Incident i = in(IncidentStatus.WAITING_FOR_REPORTER);
        assertThrows(IllegalArgumentException.class, () -> i.resume(ALWAYS, at("2026-11-23T10:00")));
        assertEquals(IncidentStatus.WAITING_FOR_REPORTER, i.getStatus());
    }
}
