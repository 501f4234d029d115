package org.serviceportal.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.error.ConflictException;
import org.serviceportal.platform.error.InvalidInputException;

/** The rules of an outage's public notice, kept by the entity itself. */
class OutageTest {

    private static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    private static Outage open() {
        var o = new Outage(null, "op", START);
        o.update(START, null, Severity.MAJOR, null, null);
        return o;
    }

    @Test
    void anUpdateOfAnOngoingOutageKeepsItOpenAndSaysWhatItWasGiven() {
        var o = open();
        var u = o.post(UpdateStatus.IDENTIFIED, " Oorzaak gevonden ", "Cause found", "op", START.plusSeconds(600));
        assertNull(o.getEndedAt());
        assertEquals(UpdateStatus.IDENTIFIED, u.getStatus());
        assertEquals("Oorzaak gevonden", u.getMessageNl(), "surrounding blanks go");
        assertEquals("Cause found", u.getMessageEn());
        assertEquals(START.plusSeconds(600), u.getPostedAt());
        assertEquals("op", u.getPostedBy());
    }

    @Test
    void resolvedEndsAnOngoingOutageAtThatMoment() {
        var o = open();
        Instant at = START.plusSeconds(3600);
        o.post(UpdateStatus.RESOLVED, "Opgelost", "Resolved", "op", at);
        assertEquals(at, o.getEndedAt());
    }

    @Test
    void anOutageThatHasEndedTakesNoMoreUpdates() {
        var o = open();
        o.post(UpdateStatus.RESOLVED, "Opgelost", "Resolved", "op", START.plusSeconds(60));
        var e = assertThrows(ConflictException.class,
                () -> o.post(UpdateStatus.MONITORING, "Nog iets", "More", "op", START.plusSeconds(120)));
        assertEquals(Outage.ENDED, e.messageKey());
        var closed = new Outage(null, "op", START);
        closed.update(START, START.plusSeconds(60), Severity.PARTIAL, null, null);
        assertThrows(ConflictException.class,
                () -> closed.post(UpdateStatus.INVESTIGATING, "x", "x", "op", START.plusSeconds(120)));
    }

    @Test
    void anOutageCannotBeResolvedBeforeItStarted() {
        // an outage may be recorded a few minutes ahead of the portal's clock
        var o = new Outage(null, "op", START);
        o.update(START.plusSeconds(120), null, Severity.MAJOR, null, null);
        var e = assertThrows(ConflictException.class,
                () -> o.post(UpdateStatus.RESOLVED, "Opgelost", "Resolved", "op", START));
        assertEquals(Outage.RESOLVED_BEFORE_START, e.messageKey());
        assertNull(o.getEndedAt(), "nothing half-done");
        o.post(UpdateStatus.INVESTIGATING, "We kijken", "Looking", "op", START);
        assertNull(o.getEndedAt());
    }

    @Test
    void anUpdateNeedsAMessageInBothLanguages() {
        var o = open();
        var e = assertThrows(InvalidInputException.class,
                () -> o.post(UpdateStatus.RESOLVED, "Opgelost", " ", "op", START.plusSeconds(60)));
        assertEquals("message.en", e.errors().getFirst().field());
        assertNull(o.getEndedAt(), "a refused resolution does not end the outage");
        assertEquals("message.nl", assertThrows(InvalidInputException.class,
                () -> o.post(UpdateStatus.INVESTIGATING, null, "x", "op", START)).errors().getFirst().field());
    }

    @Test
    void aPublicTitleHasBothLanguagesOrNeither() {
        var o = open();
        o.retitle(" Aanmelden lukt niet ", "Signing in fails");
        assertEquals("Aanmelden lukt niet", o.getTitleNl());
        assertEquals("Signing in fails", o.getTitleEn());
        assertEquals("title.en", assertThrows(InvalidInputException.class, () -> o.retitle("Alleen Nederlands", ""))
                .errors().getFirst().field());
        assertEquals("title.nl", assertThrows(InvalidInputException.class, () -> o.retitle(null, "English only"))
                .errors().getFirst().field());
        assertEquals("Aanmelden lukt niet", o.getTitleNl(), "a refused title changes nothing");
        o.retitle(" ", null);
        assertNull(o.getTitleNl());
        assertNull(o.getTitleEn());
        assertThrows(InvalidInputException.class, () -> o.retitle("x".repeat(201), "y"));
    }
}
