package org.serviceportal.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.serviceportal.calendar.CalendarChanged;
import org.serviceportal.catalog.ProductStatusChanged;
import org.serviceportal.incident.IncidentsChanged;
import org.serviceportal.maintenance.MaintenanceChanged;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.change.CommittedChange;

/** The bus's messages: every committed change of the portal travels as text and comes back equal. */
class ChangeMessageTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final ClassLoader LOADER = ChangeMessageTest.class.getClassLoader();

    /** A change of nested records, enums, instants, lists and nulls, as a feature might fire. */
    public record Nested(Kind kind, Instant at, List<Part> parts, Part none) implements CommittedChange {
        public enum Kind {
            ONE, TWO
        }

        public record Part(String name, long count) {
        }
    }

    static volatile boolean initialised;

    /** Has a static initialiser that must never run for a message. */
    public static final class NotAChange {
        static {
            initialised = true;
        }
    }

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private static Optional<CommittedChange> roundTrip(CommittedChange change) {
        String message = ChangeMessage.encode(change, JSONB);
        assertTrue(message.startsWith(change.getClass().getName() + "\n"), message);
        return ChangeMessage.decode(message, LOADER, JSONB);
    }

    @Test
    void everyChangeOfThePortalTravelsAsTextAndBack() {
        var before = new MaintenanceView(7, List.of("toegangsbeheer", "fas"), Instant.parse("2026-12-05T20:00:00Z"),
                Instant.parse("2026-12-05T22:30:00Z"), true, new MaintenanceView.Text("Onderhoud", "Maintenance"),
                new MaintenanceView.Text("Korte onderbreking", null), 3, null, null, 2,
                Instant.parse("2026-12-04T10:15:30.123456Z"));
        var after = new MaintenanceView(7, List.of("toegangsbeheer"), before.startsAt(), before.endsAt().plusSeconds(600),
                false, before.title(), before.message(), 4, Instant.parse("2026-12-04T11:00:00Z"), "operator", 3,
                Instant.parse("2026-12-04T11:00:00Z"));
        for (CommittedChange change : List.of(
                new MaintenanceChanged(7, MaintenanceChanged.Change.UPDATED, before, after),
                new MaintenanceChanged(8, MaintenanceChanged.Change.CREATED, null, after),
                new ProductStatusChanged("toegangsbeheer"),
                new CalendarChanged(),
                new IncidentsChanged("INC-2026-000001"),
                new IncidentsChanged(null),
                new Nested(Nested.Kind.TWO, Instant.parse("2026-01-01T00:00:00Z"),
                        List.of(new Nested.Part("a", 1), new Nested.Part("b", 2)), null))) {
            assertEquals(Optional.of(change), roundTrip(change));
        }
    }

    @Test
    void aChangeThisNodeDoesNotKnowIsIgnored() {
        assertTrue(ChangeMessage.decode("org.serviceportal.future.SomethingChanged\n{\"x\":1}", LOADER, JSONB).isEmpty());
        assertTrue(ChangeMessage.decode(null, LOADER, JSONB).isEmpty());
        assertTrue(ChangeMessage.decode("PRODUCT_STATUS toegangsbeheer", LOADER, JSONB).isEmpty(), "an old node's message");
        assertTrue(ChangeMessage.decode("\n{}", LOADER, JSONB).isEmpty());
    }

    @Test
    void aClassThatIsNoChangeIsNeitherReadNorInitialised() {
        assertTrue(ChangeMessage.decode(ChangeMessageTest.class.getName() + "$NotAChange\n{}", LOADER, JSONB).isEmpty());
        assertFalse(initialised, "the class named was not initialised");
        assertTrue(ChangeMessage.decode("java.lang.String\n\"x\"", LOADER, JSONB).isEmpty());
        assertTrue(ChangeMessage.decode(CommittedChange.class.getName() + "\n{}", LOADER, JSONB).isEmpty());
    }

    @Test
    void aMessageThatIsNoJsonOfItsClassIsIgnored() {
        assertTrue(ChangeMessage.decode(ProductStatusChanged.class.getName() + "\nnot json", LOADER, JSONB).isEmpty());
    }
}
