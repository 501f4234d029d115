package org.serviceportal.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serviceportal.maintenance.Planning;
import org.serviceportal.platform.i18n.Language;

/** The maintenance notes of the availability CSV say their times in Brussels, as the CSV's language writes them. */
class CsvMaintenanceNotesTest {

    private static AvailabilityRow row(MaintenanceNote note) {
        BigDecimal p = new BigDecimal("99.900");
        return new AvailabilityRow("p", "2026-07", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), "24-7", 44_640, 0,
                60, 0, p, p, p, true, true, true, List.of(note));
    }

    @Test
    void notesGiveTheWindowInBrusselsTimeInTheReadersLanguage() {
        var note = new MaintenanceNote(7, Instant.parse("2026-07-10T19:00:00Z"), Instant.parse("2026-07-10T21:00:00Z"),
                "Onderhoud", "Maintenance", Planning.RECORDED_AFTERWARDS, 0, 24);
        assertEquals("Maintenance (10 Jul 2026 21:00 – 23:00, Belgian time): "
                + note.reason(Language.EN), AvailabilityResource.notes(row(note), Language.EN));
        assertEquals("Onderhoud (10 jul 2026 21:00 – 23:00, Belgische tijd): "
                + note.reason(Language.NL), AvailabilityResource.notes(row(note), Language.NL));
    }
}
