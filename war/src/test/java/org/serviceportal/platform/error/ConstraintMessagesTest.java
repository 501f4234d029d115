package org.serviceportal.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.i18n.Language;

/** Bean Validation's complaints and the statuses' titles said by the portal's bundles, in the request's language. */
class ConstraintMessagesTest {

    @Test
    void standardConstraintsAreSaidWithTheirLimitsInBothLanguages() {
        assertEquals(Optional.of("Vul dit in."), ConstraintMessages.message("NotBlank", Map.of(), Language.NL));
        assertEquals(Optional.of("Fill this in."), ConstraintMessages.message("NotBlank", Map.of(), Language.EN));
        assertEquals(Optional.of("Te lang: hoogstens 16.000."),
                ConstraintMessages.message("Size", Map.of("min", 0, "max", 16000), Language.NL));
        assertEquals(Optional.of("Too long: at most 16,000."),
                ConstraintMessages.message("Size", Map.of("min", 0, "max", 16000), Language.EN));
        assertEquals(Optional.of("De lengte moet tussen 1 en 10 liggen."),
                ConstraintMessages.message("Size", Map.of("min", 1, "max", 10), Language.NL));
        assertEquals(Optional.of("Too short: at least 1."),
                ConstraintMessages.message("Size", Map.of("min", 1, "max", Integer.MAX_VALUE), Language.EN));
        assertEquals(Optional.of("Mag hoogstens 100 zijn."),
                ConstraintMessages.message("DecimalMax", Map.of("value", "100", "inclusive", true), Language.NL));
        assertEquals(Optional.of("Moet groter zijn dan 0,5."),
                ConstraintMessages.message("DecimalMin", Map.of("value", "0.5", "inclusive", false), Language.NL));
        assertEquals(Optional.of("Use at most 3 digits before and 3 after the decimal point."),
                ConstraintMessages.message("Digits", Map.of("integer", 3, "fraction", 3), Language.EN));
        assertEquals(Optional.empty(), ConstraintMessages.message("SomethingNew", Map.of(), Language.NL),
                "unknown constraints keep the validator's text");
    }

    @Test
    void answersAreDutchUnlessEnglishIsAskedFor() {
        assertEquals(Language.NL, ProblemTexts.language(null, null));
        assertEquals(Language.NL, ProblemTexts.language(null, "fr-FR,fr;q=0.9"));
        assertEquals(Language.EN, ProblemTexts.language(null, "en-GB,en;q=0.9"));
        assertEquals(Language.EN, ProblemTexts.language("en", "nl"), "?lang= wins");
        assertEquals(Language.NL, ProblemTexts.language("xx", "nl-BE"));
    }

    @Test
    void titlesAreTheStatusesInWords() {
        assertEquals("Niet gevonden", ProblemTexts.title(404, Language.NL));
        assertEquals("Not Found", ProblemTexts.title(404, Language.EN));
        assertEquals("Niet aangemeld", ProblemTexts.title(401, Language.NL));
        assertEquals("Geen toegang", ProblemTexts.title(403, Language.NL));
        assertEquals("Ongeldig verzoek", ProblemTexts.title(400, Language.NL));
        assertTrue(!ProblemTexts.title(418, Language.NL).isBlank());
    }

    @Test
    void notFoundNamesTheKindOfRecordInWords() {
        var nl = ExceptionMappers.answer(new NotFoundException("SlaTarget", 42), Language.NL);
        assertEquals(404, nl.status());
        assertEquals("Niet gevonden", nl.title());
        assertEquals("SLA-doel 42 bestaat niet.", nl.detail());
        assertEquals("SLA target 42 does not exist.",
                ExceptionMappers.answer(new NotFoundException("SlaTarget", 42), Language.EN).detail());
        assertEquals("Outage update 7 does not exist.",
                ExceptionMappers.answer(new NotFoundException("Outage update", 7), Language.EN).detail());
        assertEquals("SlaTarget 42 does not exist", new NotFoundException("SlaTarget", 42).getMessage(), "logs read English");
    }
}
