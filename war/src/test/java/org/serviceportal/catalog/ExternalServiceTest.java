package org.serviceportal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.error.InvalidInputException;

class ExternalServiceTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void cannotBeSwitchedOnWithoutAMessage() {
        var fas = new ExternalService("fas");
        assertThrows(InvalidInputException.class, () -> fas.switchFallback(true, null, null, AT, "op"));
        assertFalse(fas.isFallbackActive());
        assertNull(fas.getFallbackChangedAt(), "nothing changed");
    }

    @Test
    void aMessageInOneLanguageOnlyIsRefused() {
        var fas = new ExternalService("fas");
        assertThrows(InvalidInputException.class, () -> fas.switchFallback(true, "Aanmelden met eID", " ", AT, "op"));
        assertThrows(InvalidInputException.class, () -> fas.switchFallback(false, null, "Log in with eID", AT, "op"));
        assertFalse(fas.isFallbackActive());
    }

    @Test
    void aTooLongMessageIsRefused() {
        var fas = new ExternalService("fas");
        String longText = "x".repeat(ExternalService.MESSAGE_MAX + 1);
        assertThrows(InvalidInputException.class, () -> fas.switchFallback(true, longText, "ok", AT, "op"));
    }

    @Test
    void switchesOnWithAMessageAndOffKeepingIt() {
        var fas = new ExternalService("fas");
        fas.switchFallback(true, "  Meld je aan met je eID. ", "Log in with your eID.", AT, "op");
        assertTrue(fas.isFallbackActive());
        assertEquals("Meld je aan met je eID.", fas.getFallbackMessageNl());
        assertEquals(AT, fas.getFallbackChangedAt());
        assertEquals("op", fas.getFallbackChangedBy());

        fas.switchFallback(false, null, null, AT.plusSeconds(60), "admin");
        assertFalse(fas.isFallbackActive());
        assertEquals("Log in with your eID.", fas.getFallbackMessageEn(), "the message is kept for next time");
        assertEquals("admin", fas.getFallbackChangedBy());

        fas.switchFallback(true, null, null, AT.plusSeconds(120), "op");
        assertTrue(fas.isFallbackActive(), "on again with the kept message");
    }
}
