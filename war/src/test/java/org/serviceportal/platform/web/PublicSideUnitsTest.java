package org.serviceportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.i18n.Language;

/** The small rules of the stateless public side: origins, snapshot keys, signed form stamps. */
class PublicSideUnitsTest {

    @Test
    void anOriginMatchesOnlyTheHostTheRequestWasSentTo() {
        assertTrue(SameOriginFilter.originMatchesHost("http://portal.example:8080", "portal.example:8080"));
        assertTrue(SameOriginFilter.originMatchesHost("https://portal.example", "portal.example"));
        assertTrue(SameOriginFilter.originMatchesHost("https://portal.example", "portal.example:443"));
        assertTrue(SameOriginFilter.originMatchesHost("http://Portal.Example:80", "portal.example"));
        assertFalse(SameOriginFilter.originMatchesHost("https://evil.example", "portal.example"));
        assertFalse(SameOriginFilter.originMatchesHost("https://portal.example.evil.example", "portal.example"));
        assertFalse(SameOriginFilter.originMatchesHost("http://portal.example:8081", "portal.example:8080"));
        assertFalse(SameOriginFilter.originMatchesHost("null", "portal.example"));
        assertFalse(SameOriginFilter.originMatchesHost("http://portal.example", null));
    }

    @Test
    void aSnapshotPageTakesOnlyTheParametersItNames() {
        var faq = PublicPages.Page.of("/public/faq.xhtml", "category");
        Map<String, String> into = new HashMap<>();
        assertTrue(PageSnapshotFilter.parameters("category=fas&lang=en", faq, into));
        assertEquals(Map.of("category", "fas"), into);
        assertFalse(PageSnapshotFilter.parameters("q=eid", faq, new HashMap<>()), "a search is rendered per request");
        assertFalse(PageSnapshotFilter.parameters("category=a&category=b", faq, new HashMap<>()));
        assertTrue(PageSnapshotFilter.parameters(null, faq, new HashMap<>()));
        assertTrue(PageSnapshotFilter.parameters("lang=nl", PublicPages.Page.of("/"), new HashMap<>()));
    }

    @Test
    void aSnapshotKeyHoldsPathLanguageAndParametersInOneOrder() {
        assertEquals("/p|en|a=1|b=2", PageSnapshots.key("/p", Language.EN, Map.of("b", "2", "a", "1")));
        assertEquals("/|nl", PageSnapshots.key("/", Language.NL, Map.of()));
    }

    @Test
    void aFormStampIsGoodForItsPurposeAndAgeOnly() {
        Instant t0 = Instant.parse("2026-03-02T10:00:00Z");
        FormTokens tokens = tokens(t0, "secret");
        String token = tokens.issue("report");
        assertEquals(Optional.of(t0), tokens.issuedAt("report", token, Duration.ofHours(1)));
        assertEquals(Optional.empty(), tokens.issuedAt("other", token, Duration.ofHours(1)), "another form's stamp");
        assertEquals(Optional.empty(), tokens(t0, "another secret").issuedAt("report", token, Duration.ofHours(1)));
        assertEquals(Optional.empty(), tokens(t0.plus(Duration.ofHours(2)), "secret").issuedAt("report", token,
                Duration.ofHours(1)), "too old");
        String forged = (t0.getEpochSecond() - 60) + token.substring(token.indexOf('.'));
        assertEquals(Optional.empty(), tokens.issuedAt("report", forged, Duration.ofHours(1)), "an earlier time, forged");
        assertEquals(Optional.empty(), tokens.issuedAt("report", "nonsense", Duration.ofHours(1)));
        assertEquals(Optional.empty(), tokens.issuedAt("report", null, Duration.ofHours(1)));
    }

    @Test
    void withoutASecretEachNodeSignsWithAKeyOfItsOwn() {
        Instant t0 = Instant.parse("2026-03-02T10:00:00Z");
        String token = tokens(t0, null).issue("report");
        assertEquals(Optional.empty(), tokens(t0, null).issuedAt("report", token, Duration.ofHours(1)));
    }

    private static FormTokens tokens(Instant now, String secret) {
        FormTokens tokens = new FormTokens();
        tokens.clock = Clock.fixed(now, ZoneOffset.UTC);
        tokens.secret = Optional.ofNullable(secret);
        tokens.init();
        return tokens;
    }
}
