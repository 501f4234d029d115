package org.serviceportal.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.error.ConflictException;

/** Planned means announced: the rule of {@link MaintenanceWindow#planning}, without a container. */
class MaintenanceWindowTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final Duration NOTICE = Duration.ofHours(24);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant START = Instant.parse("2026-12-10T19:00:00Z");

    /** A window of two hours from {@code start}, recorded at {@code recordedAt}. */
    private static MaintenanceWindow recorded(Instant recordedAt, Instant start, boolean planned) {
        var window = new MaintenanceWindow("editor", recordedAt);
        change(window, start, planned, recordedAt);
        return window;
    }

    private static boolean change(MaintenanceWindow window, Instant start, boolean planned, Instant now) {
        return window.update(start, start.plus(Duration.ofHours(2)), planned, "Onderhoud", "Maintenance", null, null,
                Set.of(), now);
    }

    private static Instant brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BRUSSELS).toInstant();
    }

    @Test
    void plannedExactlyTheNoticeBeforeItsStartCountsAsPlanned() {
        var window = recorded(START.minus(NOTICE), START, true);
        assertEquals(Planning.ANNOUNCED, window.planning(NOTICE));
        assertTrue(window.planning(NOTICE).countsAsPlanned());
        assertEquals(START.minus(NOTICE), window.getPlannedAt());
        assertFalse(window.isRecordedAfterwards());
    }

    @Test
    void plannedASecondLessThanTheNoticeBeforeItsStartCountsAsUnplanned() {
        var window = recorded(START.minus(NOTICE).plusSeconds(1), START, true);
        assertEquals(Planning.ANNOUNCED_TOO_LATE, window.planning(NOTICE));
        assertFalse(window.planning(NOTICE).countsAsPlanned());
        assertTrue(window.planning(NOTICE).needsNote());
    }

    @Test
    void theNoticeIsElapsedTimeWhenSummerTimeBeginsInsideIt() {
        // Sunday 29 March 2026 at 12:00 in Brussels (summer time); the clocks went forward at 02:00.
        Instant start = brussels("2026-03-29T12:00");
        // Saturday at 12:00, "the same time the day before", is only 23 hours ahead.
        var sameWallClockTime = recorded(brussels("2026-03-28T12:00"), start, true);
        assertEquals(Duration.ofHours(23), Duration.between(brussels("2026-03-28T12:00"), start));
        assertEquals(Planning.ANNOUNCED_TOO_LATE, sameWallClockTime.planning(NOTICE));
        assertEquals(23, view(sameWallClockTime).hoursAnnouncedAhead());
        // Saturday at 11:00 is 24 hours ahead: enough.
        assertEquals(Planning.ANNOUNCED, recorded(brussels("2026-03-28T11:00"), start, true).planning(NOTICE));
    }

    @Test
    void theNoticeIsElapsedTimeWhenSummerTimeEndsInsideIt() {
        // Sunday 25 October 2026 at 12:00 in Brussels (winter time); the clocks went back at 03:00.
        Instant start = brussels("2026-10-25T12:00");
        // Saturday at 12:00 is 25 hours ahead, Saturday at 13:00 exactly 24, 13:01 not enough.
        assertEquals(Planning.ANNOUNCED, recorded(brussels("2026-10-24T12:00"), start, true).planning(NOTICE));
        assertEquals(Planning.ANNOUNCED, recorded(brussels("2026-10-24T13:00"), start, true).planning(NOTICE));
        assertEquals(Planning.ANNOUNCED_TOO_LATE, recorded(brussels("2026-10-24T13:01"), start, true).planning(NOTICE));
    }

    @Test
    void aWindowRecordedAfterItsStartIsTakenAsGiven() {
        var history = recorded(START.plus(Duration.ofDays(30)), START, true);
        assertTrue(history.isRecordedAfterwards());
        assertEquals(Planning.RECORDED_AFTERWARDS, history.planning(NOTICE));
        assertTrue(history.planning(NOTICE).countsAsPlanned());
        assertTrue(history.planning(NOTICE).needsNote(), "marked wherever it is left out");

        var atItsStart = recorded(START, START, true);
        assertTrue(atItsStart.isRecordedAfterwards(), "recorded at its very start: no notice at all");
        assertEquals(Planning.RECORDED_AFTERWARDS, atItsStart.planning(NOTICE));

        var unplannedHistory = recorded(START.plus(Duration.ofDays(30)), START, false);
        assertTrue(unplannedHistory.isRecordedAfterwards());
        assertEquals(Planning.UNPLANNED, unplannedHistory.planning(NOTICE));
        assertNull(unplannedHistory.getPlannedAt());
    }

    @Test
    void anUnplannedWindowCannotBecomePlannedOnceItHasStarted() {
        var window = recorded(START.minus(Duration.ofDays(3)), START, false);
        var rejected = assertThrows(ConflictException.class, () -> change(window, START, true, START));
        assertEquals("admin.maintenance.startedCannotBecomePlanned", rejected.messageKey());
        assertThrows(ConflictException.class, () -> change(window, START, true, START.plusSeconds(600)));
        assertFalse(window.isPlanned(), "nothing changed");
        assertNull(window.getPlannedAt());
        assertEquals(0, window.getSequence());
        assertEquals(Planning.UNPLANNED, window.planning(NOTICE));

        // Moving it into the past and making it planned at once is making a started window planned too.
        Instant now = START.minus(Duration.ofHours(1));
        assertThrows(ConflictException.class, () -> change(window, now.minusSeconds(60), true, now));
        assertFalse(window.isPlanned());
    }

    @Test
    void aPlannedWindowMovedEarlierIsAnnouncedFromTheMove() {
        var window = recorded(START.minus(Duration.ofDays(3)), START, true);
        assertEquals(Planning.ANNOUNCED, window.planning(NOTICE));
        // two hours before the announced start, it is moved an hour earlier: an hour's notice of the new start
        Instant move = START.minus(Duration.ofHours(2));
        assertTrue(change(window, START.minus(Duration.ofHours(1)), true, move));
        assertEquals(move, window.getPlannedAt(), "the earlier start was announced only now");
        assertEquals(Planning.ANNOUNCED_TOO_LATE, window.planning(NOTICE));
        assertEquals(1, view(window).hoursAnnouncedAhead());

        var early = recorded(START.minus(Duration.ofDays(5)), START, true);
        Instant twoDaysAhead = START.minus(Duration.ofDays(2));
        assertTrue(change(early, START.minus(Duration.ofHours(3)), true, twoDaysAhead));
        assertEquals(twoDaysAhead, early.getPlannedAt());
        assertEquals(Planning.ANNOUNCED, early.planning(NOTICE), "moved with notice enough to spare");
    }

    @Test
    void aPlannedWindowMovedLaterOrHistoryMovedKeepsItsAnnouncement() {
        Instant recordedAt = START.minus(Duration.ofDays(3));
        var later = recorded(recordedAt, START, true);
        assertTrue(change(later, START.plus(Duration.ofHours(5)), true, START.minus(Duration.ofHours(1))));
        assertEquals(recordedAt, later.getPlannedAt());
        assertEquals(Planning.ANNOUNCED, later.planning(NOTICE));

        var history = recorded(START.plus(Duration.ofDays(30)), START, true);
        assertTrue(change(history, START.minus(Duration.ofHours(1)), true, START.plus(Duration.ofDays(31))));
        assertEquals(Planning.RECORDED_AFTERWARDS, history.planning(NOTICE), "history is corrected, taken as given");
    }

    @Test
    void anUnplannedWindowMadePlannedTwoHoursAheadCountsAsUnplanned() {
        var window = recorded(START.minus(Duration.ofDays(3)), START, false);
        Instant twoHoursAhead = START.minus(Duration.ofHours(2));
        assertTrue(change(window, START, true, twoHoursAhead));
        assertEquals(twoHoursAhead, window.getPlannedAt(), "planned since the change, not since its creation");
        assertEquals(Planning.ANNOUNCED_TOO_LATE, window.planning(NOTICE));
        assertEquals(2, view(window).hoursAnnouncedAhead());
    }

    @Test
    void plannedAgainAfterBeingUnplannedCountsFromTheLastChange() {
        var window = recorded(START.minus(Duration.ofDays(5)), START, true);
        assertEquals(Planning.ANNOUNCED, window.planning(NOTICE));
        change(window, START, false, START.minus(Duration.ofDays(4)));
        assertNull(window.getPlannedAt());
        assertEquals(Planning.UNPLANNED, window.planning(NOTICE));
        Instant again = START.minus(Duration.ofHours(30));
        change(window, START, true, again);
        assertEquals(again, window.getPlannedAt());
        assertEquals(Planning.ANNOUNCED, window.planning(NOTICE));
        // Other changes of a planned window keep the moment it was planned.
        change(window, START.plus(Duration.ofHours(1)), true, START.minus(Duration.ofHours(3)));
        assertEquals(again, window.getPlannedAt());
    }

    @Test
    void aPlannedWindowWhoseStartIsMovedBeforeItWasPlannedCountsAsUnplanned() {
        Instant recordedAt = START.minus(Duration.ofHours(2));
        var window = recorded(recordedAt, START, true);
        change(window, recordedAt.minus(Duration.ofHours(1)), true, START.plus(Duration.ofHours(1)));
        assertFalse(window.isRecordedAfterwards(), "recorded afterwards is a fact of its creation");
        assertEquals(Planning.PLANNED_AFTER_START, window.planning(NOTICE));
        assertFalse(window.planning(NOTICE).countsAsPlanned());
    }

    @Test
    void noNoticeMakesEveryWindowPlannedBeforeItsStartCount() {
        assertEquals(Planning.ANNOUNCED, recorded(START.minusSeconds(1), START, true).planning(Duration.ZERO));
    }

    @Test
    void theViewTravelsAsJsonWithWhetherItCountsAsPlanned() throws Exception {
        var window = recorded(START.minus(Duration.ofHours(2)), START, true);
        MaintenanceView view = view(window);
        Jsonb jsonb = JSONB;
        String json = jsonb.toJson(view);
        assertTrue(json.contains("\"countsAsPlanned\":false"), json);
        assertTrue(json.contains("\"planning\":\"ANNOUNCED_TOO_LATE\""), json);
        assertTrue(json.contains("\"recordedAfterwards\":false"), json);
        assertEquals(view, jsonb.fromJson(json, MaintenanceView.class));
        String older = json.replace(",\"planning\":\"ANNOUNCED_TOO_LATE\"", "");
        assertFalse(older.contains("planning"), older);
        assertEquals(Planning.ANNOUNCED, jsonb.fromJson(older, MaintenanceView.class).planning(),
                "a node that does not know the rule yet sends the flag alone");
    }

    private static MaintenanceView view(MaintenanceWindow m) {
        return new MaintenanceView(1, List.of(), m.getStartsAt(), m.getEndsAt(), m.isPlanned(),
                new MaintenanceView.Text(m.getTitleNl(), m.getTitleEn()), new MaintenanceView.Text(null, null),
                m.getVersion(), m.getCancelledAt(), m.getCancelledBy(), m.getSequence(), m.getChangedAt(),
                m.getPlannedAt(), m.isRecordedAfterwards(), m.planning(NOTICE));
    }
}
