package org.serviceportal.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.i18n.Language;

class ExceptionMappersTest {

    @Test
    void aDomainErrorIs400InTheRequestsLanguageWithItsField() {
        var e = new InvalidInputException("endedAt", "error.endBeforeStart");
        var nl = ExceptionMappers.answer(e, Language.NL);
        assertEquals(400, nl.status());
        assertEquals("Het einde moet na het begin liggen.", nl.detail());
        assertEquals(List.of(new Problems.FieldError("endedAt", "Het einde moet na het begin liggen.")), nl.errors());
        var en = ExceptionMappers.answer(new EJBException(e), Language.EN);
        assertEquals(400, en.status(), "found inside the container's wrapper");
        assertEquals("The end must be after the start.", en.detail());
    }

    @Test
    void argumentsFillTheMessage() {
        var e = new InvalidInputException("product", "error.product.unknown", "no-such-thing");
        assertEquals("Onbekend product: no-such-thing", ExceptionMappers.answer(e, Language.NL).detail());
        assertEquals("Unknown product: no-such-thing", e.getMessage(), "logs read English");
    }

    @Test
    void aConflictIs409InTheRequestsLanguage() {
        var a = ExceptionMappers.answer(new ConflictException("admin.backups.busy"), Language.NL);
        assertEquals(409, a.status());
        assertFalse(a.detail().isBlank());
        assertFalse(a.detail().equals("admin.backups.busy"), a.detail());
    }

    @Test
    void anIllegalArgumentIsA500WithALoggedReferenceNeverItsMessage() {
        var logged = new java.util.ArrayList<LogRecord>();
        Logger log = Logger.getLogger(ExceptionMappers.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        boolean parents = log.getUseParentHandlers();
        log.setUseParentHandlers(false);
        try {
            IllegalArgumentException overflow = null;
            try {
                Timestamp.from(Instant.MAX);
            } catch (IllegalArgumentException e) {
                overflow = e;
            }
            assertNotNull(overflow);
            var a = ExceptionMappers.answer(new IllegalArgumentException("secret internals: java.lang.Foo"), Language.EN);
            assertEquals(500, a.status());
            assertNotNull(a.reference());
            assertTrue(a.detail().contains(a.reference()), a.detail());
            assertFalse(a.detail().contains("secret"), a.detail());
            assertFalse(a.detail().contains("java."), a.detail());
            assertNull(a.errors());
            assertTrue(logged.stream().anyMatch(r -> r.getMessage().contains(a.reference()) && r.getThrown() != null),
                    "the log carries the reference and the whole exception");

            var library = ExceptionMappers.answer(overflow, Language.NL);
            assertEquals(500, library.status());
            assertTrue(library.detail().startsWith("Er ging bij ons iets mis"), library.detail());
            assertFalse(library.reference().equals(a.reference()), "each failure has its own reference");
        } finally {
            log.removeHandler(handler);
            log.setUseParentHandlers(parents);
        }
    }

    @Test
    void aStaleVersionIs409() {
        assertEquals(409, ExceptionMappers.answer(new StaleVersionException("Outage", 1), Language.EN).status());
        assertEquals(404, ExceptionMappers.answer(new NotFoundException("Outage", 1), Language.EN).status());
    }

    @Test
    void aKeyTheBundlesLackIsShownAsItIsRatherThanFailingAgain() {
        assertEquals("A sentence from an older branch.",
                new InvalidInputException("x", "A sentence from an older branch.").message(Language.NL));
    }
}
