package org.serviceportal.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsCaseAccentsAndSpaces() {
        assertEquals("een sleutel", SearchText.fold("  Één   SLEUTEL "));
        assertEquals("categorieen", SearchText.fold("Categorieën"));
        assertEquals("", SearchText.fold(null));
    }

    @Test
    void foldedTextMatchesAFoldedQuery() {
        String stored = SearchText.fold("Hoe activeer ik een digitale sleutel?");
        assertTrue(stored.contains(SearchText.fold("DIGITÀLE Sleutel")));
    }

    @Test
    void likePatternsEscapeWildcards() {
        assertEquals("%100\\% zeker\\_%", SearchText.likePattern("100% Zeker_"));
        assertEquals("%a\\\\b%", SearchText.likePattern("a\\b"));
    }
}
