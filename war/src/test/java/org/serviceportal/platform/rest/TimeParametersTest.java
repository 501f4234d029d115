package org.serviceportal.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.error.InvalidInputException;

class TimeParametersTest {

    @Test
    void refusesInstantsNoDatabaseCanHold() {
        var e = assertThrows(InvalidInputException.class,
                () -> TimeParameters.instant("to", "+1000000000-12-31T23:59:59Z"));
        assertEquals("to must lie between the years 1 and 9999", e.getMessage());
        assertThrows(InvalidInputException.class, () -> TimeParameters.instant("to", "+99999-01-01T00:00:00Z"));
        assertThrows(InvalidInputException.class, () -> TimeParameters.month("to", "+99999-01"));
    }

    @Test
    void readsOrdinaryInstantsAndDates() {
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), TimeParameters.instant("from", "2026-03-01T10:00:00Z").orElseThrow());
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), TimeParameters.instant("from", "2026-03-01").orElseThrow());
    }
}
