package org.serviceportal.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ServiceDeskPublicPagesTest {

    private static final LocalTime OPENS = LocalTime.of(9, 0);
    private static final LocalTime CLOSES = LocalTime.of(19, 0);

    @Test
    void theHomePageChangesAtTheNextOpeningOrClosingInBrussels() {
        // 08:00 in Brussels (winter): opens at 09:00
        assertEquals(Instant.parse("2026-01-12T08:00:00Z"),
                ServiceDeskPublicPages.nextOf(Instant.parse("2026-01-12T07:00:00Z"), OPENS, CLOSES));
        // 12:00: closes at 19:00
        assertEquals(Instant.parse("2026-01-12T18:00:00Z"),
                ServiceDeskPublicPages.nextOf(Instant.parse("2026-01-12T11:00:00Z"), OPENS, CLOSES));
        // 20:00: opens tomorrow (a day off only makes a boundary that changes nothing)
        assertEquals(Instant.parse("2026-01-13T08:00:00Z"),
                ServiceDeskPublicPages.nextOf(Instant.parse("2026-01-12T19:00:00Z"), OPENS, CLOSES));
    }
}
