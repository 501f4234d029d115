package org.serviceportal.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.audit.AuditChanges.Kind;
import org.serviceportal.platform.i18n.Language;

/** An audit entry's states said as "field: before → after" lines, in words and in the reader's language. */
class AuditChangesTest {

    private static List<String> lines(String type, String before, String after, Language language) {
        return AuditChanges.describe(type, before, after, language).lines().stream().map(AuditChanges.Line::text)
                .toList();
    }

    @Test
    void anSlaTargetEditIsItsPercentageAndTheMomentItTookEffect() {
        String before = "{\"target\":{\"id\":7,\"product\":\"toegangsbeheer\",\"calendar\":\"24-7\",\"availabilityPercent\":99.500,\"version\":1}}";
        String after = "{\"target\":{\"id\":7,\"product\":\"toegangsbeheer\",\"calendar\":\"24-7\",\"availabilityPercent\":99.700,\"version\":2},"
                + "\"validFrom\":\"2026-12-04T16:45:00Z\"}";
        assertEquals(List.of("Percentage: 99,5\u00a0% \u2192 99,7\u00a0%", "Geldig vanaf: (leeg) \u2192 4 dec 2026 17:45"),
                lines("SlaTarget", before, after, Language.NL));
        assertEquals(List.of("Percentage: 99.5% \u2192 99.7%", "Valid from: (empty) \u2192 4 Dec 2026 17:45"),
                lines("SlaTarget", before, after, Language.EN));
    }

    @Test
    void unchangedFieldsAndBookkeepingAreLeftOut() {
        var d = AuditChanges.describe("Product", "{\"id\":1,\"code\":\"x\",\"version\":3,\"sortOrder\":10}",
                "{\"id\":1,\"code\":\"x\",\"version\":4,\"sortOrder\":10.0}", Language.NL);
        assertEquals(Kind.CHANGED, d.kind());
        assertTrue(d.lines().isEmpty(), d.lines().toString());
    }

    @Test
    void booleansStatesAndTextsInBothLanguagesAreSaidInWords() {
        String before = "{\"planned\":false,\"severity\":\"MAJOR\",\"title\":{\"nl\":\"Oud\",\"en\":\"Old\"},\"nameNl\":\"A\"}";
        String after = "{\"planned\":true,\"severity\":\"PARTIAL\",\"title\":{\"nl\":\"Nieuw\",\"en\":\"Old\"},\"nameNl\":\"B\"}";
        assertEquals(List.of("Gepland: nee \u2192 ja", "Ernst: Storing \u2192 Gedeeltelijke storing",
                "Titel (Nederlands): Oud \u2192 Nieuw", "Naam (Nederlands): A \u2192 B"),
                lines("MaintenanceWindow", before, after, Language.NL));
        assertEquals(List.of("Planned: no \u2192 yes", "Severity: Major outage \u2192 Partial outage",
                "Title (Dutch): Oud \u2192 Nieuw", "Name (Dutch): A \u2192 B"),
                lines("MaintenanceWindow", before, after, Language.EN));
    }

    @Test
    void theSameFieldNameIsTheStateOfItsOwnKindOfRecord() {
        assertEquals(List.of("Status: Nieuw \u2192 Opgelost"),
                lines("Incident", "{\"status\":\"NEW\"}", "{\"status\":\"RESOLVED\"}", Language.NL));
        assertEquals(List.of("Status: wachtend \u2192 verzonden"),
                lines("OutboxMessage", "{\"status\":\"PENDING\"}", "{\"status\":\"SENT\"}", Language.NL));
        assertEquals(List.of("Rollen: redacteur \u2192 beheerder, redacteur"),
                lines("User", "{\"roles\":[\"EDITOR\"]}", "{\"roles\":[\"ADMINISTRATOR\",\"EDITOR\"]}", Language.NL));
    }

    @Test
    void aStateWithoutItsTextIsSpelledOutNeverShownAsItsCode() {
        assertEquals(List.of("Planning: announced in time \u2192 Some new state"),
                lines("MaintenanceWindow", "{\"planning\":\"ANNOUNCED\"}", "{\"planning\":\"SOME_NEW_STATE\"}",
                        Language.EN));
    }

    @Test
    void aCreationListsItsFieldsAndARemovalWhatItTookAway() {
        var created = AuditChanges.describe("ExtraHoliday", null,
                "{\"id\":3,\"date\":\"2026-07-11\",\"nameNl\":\"Vlaamse feestdag\",\"nameEn\":\"Flemish holiday\"}",
                Language.NL);
        assertEquals(Kind.CREATED, created.kind());
        assertEquals(List.of("Datum: 11 juli 2026", "Naam (Nederlands): Vlaamse feestdag",
                "Naam (Engels): Flemish holiday"), created.lines().stream().map(AuditChanges.Line::text).toList());
        var removed = AuditChanges.describe("Webhook", "{\"url\":\"https://x.example/h\",\"events\":[\"outage.created\"],\"format\":\"JSON\",\"createdBy\":null}",
                null, Language.EN);
        assertEquals(Kind.REMOVED, removed.kind());
        assertEquals(List.of("Address: https://x.example/h", "Events: outage.created", "Format: JSON (for systems)"),
                removed.lines().stream().map(AuditChanges.Line::text).toList());
    }

    @Test
    void unknownFieldsAreSpelledOutFromTheirNames() {
        assertEquals(List.of("Some new field: a \u2192 b", "Other count: (empty) \u2192 3"),
                lines("Incident", "{\"someNewField\":\"a\"}", "{\"someNewField\":\"b\",\"otherCount\":3}", Language.EN));
    }

    @Test
    void numbersTimesAndWeeklyRangesAreFormatted() {
        assertEquals(List.of("Grootte (bytes): 1.234.567"),
                lines("Backup", null, "{\"bytes\":1234567}", Language.NL));
        assertEquals(List.of("Uren: maandag 07:30\u201319:00 \u2192 maandag 08:00\u201319:00; dinsdag 08:00\u201317:00"),
                lines("Calendar", "{\"ranges\":[{\"day\":\"MONDAY\",\"from\":\"07:30\",\"to\":\"19:00\"}]}",
                        "{\"ranges\":[{\"day\":\"MONDAY\",\"from\":\"08:00\",\"to\":\"19:00\"},{\"day\":\"TUESDAY\",\"from\":\"08:00\",\"to\":\"17:00\"}]}",
                        Language.NL));
        assertEquals(List.of("Opens at: 07:30 \u2192 08:00"),
                lines("SupportLine", "{\"opensAt\":\"07:30:00\"}", "{\"opensAt\":\"08:00:00\"}", Language.EN));
    }

    @Test
    void aStateCutOffAtItsMaximumLengthIsShownAsStored() {
        var d = AuditChanges.describe("FaqEntry", "{\"answerNl\":\"abc", "{\"answerNl\":\"abd\"}", Language.NL);
        assertEquals(Kind.UNREADABLE, d.kind());
        assertEquals("Opgeslagen tekst: {\"answerNl\":\"abc \u2192 {\"answerNl\":\"abd\"}", d.lines().get(0).text());
    }

    @Test
    void kindsOfRecordAreNamedInWords() {
        assertEquals("SLA-doel", AuditChanges.typeName("SlaTarget", Language.NL));
        assertEquals("SLA target", AuditChanges.typeName("SlaTarget", Language.EN));
        assertEquals("Something new", AuditChanges.typeName("SomethingNew", Language.EN));
    }

    @Test
    void aListOfRecordsSaysWhatItLostAndWhatItGained() {
        String cells = "{\"cells\":[{\"impact\":\"HIGH\",\"urgency\":\"HIGH\",\"priority\":\"P1\"},"
                + "{\"impact\":\"HIGH\",\"urgency\":\"LOW\",\"priority\":\"P%s\"},"
                + "{\"impact\":\"LOW\",\"urgency\":\"LOW\",\"priority\":\"P4\"}]}";
        assertEquals(List.of("Matrix: HIGH LOW P3 \u2192 HIGH LOW P2"),
                lines("IncidentMatrix", cells.formatted("3"), cells.formatted("2"), Language.NL));
        assertEquals(List.of("Hours: (nothing) \u2192 Tuesday 08:00\u201317:00"),
                lines("Calendar", "{\"ranges\":[{\"day\":\"MONDAY\",\"from\":\"07:30\",\"to\":\"19:00\"}]}",
                        "{\"ranges\":[{\"day\":\"MONDAY\",\"from\":\"07:30\",\"to\":\"19:00\"},"
                                + "{\"day\":\"TUESDAY\",\"from\":\"08:00\",\"to\":\"17:00\"}]}", Language.EN));
    }

    @Test
    void richTextIsReadAsItsWordsAndTimesThatReadTheSameAreNoChange() {
        assertEquals(List.of("Tekst (Nederlands): Er is een storing. Volg het op & lees."),
                lines("NewsletterIssue", null, "{\"bodyNl\":\"<p>Er is een <strong>storing</strong>.</p>\\n<p>Volg het op &amp; lees.</p>\"}",
                        Language.NL));
        assertEquals(List.of(), lines("MaintenanceWindow", "{\"plannedAt\":\"2026-12-04T16:45:10Z\",\"sequence\":1}",
                "{\"plannedAt\":\"2026-12-04T16:45:50Z\",\"sequence\":2}", Language.NL));
    }
}
