package org.serviceportal.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.serviceportal.maintenance.Planning;
import org.serviceportal.platform.i18n.Language;

/** What a report says of a window that counts otherwise than its flag says, in both languages. */
class MaintenanceNoteTest {

    private static MaintenanceNote note(Planning planning, long hoursAhead) {
        return new MaintenanceNote(7, Instant.parse("2026-12-10T19:00:00Z"), Instant.parse("2026-12-10T21:00:00Z"),
                "Onderhoud", "Maintenance", planning, hoursAhead, 24);
    }

    @Test
    void aWindowAnnouncedTooLateSaysHowLongAheadItWasAnnounced() {
        assertEquals("announced too late: 2 hours before (at least 24 needed), so counted as unplanned",
                note(Planning.ANNOUNCED_TOO_LATE, 2).reason(Language.EN));
        assertEquals("announced too late: 1 hour before (at least 24 needed), so counted as unplanned",
                note(Planning.ANNOUNCED_TOO_LATE, 1).reason(Language.EN));
        assertEquals("te laat aangekondigd: 2 uur vooraf (minstens 24 nodig), dus geteld als ongepland",
                note(Planning.ANNOUNCED_TOO_LATE, 2).reason(Language.NL));
        assertFalse(note(Planning.ANNOUNCED_TOO_LATE, 2).excluded(), "it counted as downtime");
    }

    @Test
    void aWindowRecordedAfterwardsIsMarkedSo() {
        assertTrue(note(Planning.RECORDED_AFTERWARDS, 0).reason(Language.EN).startsWith("recorded afterwards"));
        assertTrue(note(Planning.RECORDED_AFTERWARDS, 0).reason(Language.NL).startsWith("achteraf geregistreerd"));
        assertTrue(note(Planning.RECORDED_AFTERWARDS, 0).excluded(), "it was left out");
        assertTrue(note(Planning.PLANNED_AFTER_START, 0).reason(Language.NL).contains("ongepland"));
    }
}
