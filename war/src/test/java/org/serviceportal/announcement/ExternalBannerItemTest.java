package org.serviceportal.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.serviceportal.availability.OutageView;
import org.serviceportal.availability.Severity;
import org.serviceportal.catalog.ExternalServiceView;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;

/** What the banner says of an external service (FAS): its fall-back only while it is switched on. */
class ExternalBannerItemTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");
    private static final ResourceBundle EN = ResourceBundle.getBundle(CurrentLanguage.BUNDLE, Language.EN.locale());
    private static final List<ProductView> PRODUCTS = List.of(
            new ProductView(1, "toegangsbeheer", "Toegangsbeheer", "Access management", null, null, 1, List.of(),
                    List.of("fas"), 0),
            new ProductView(2, "sleutelbeheer", "Sleutelbeheer", "Key management", null, null, 2, List.of(), List.of(), 0));

    private static ExternalServiceView fas(boolean fallback) {
        return new ExternalServiceView(1, "fas", "Federale authenticatiedienst (FAS)", "Federal Authentication Service (FAS)",
                null, null, 3, fallback, "Meld je aan met je eID.", "Log in with your eID.", AT, "op");
    }

    private static OutageView outage(Severity severity) {
        return new OutageView(7, "toegangsbeheer", AT, null, severity, "down", "fas", 0);
    }

    @Test
    void saysNothingWhileTheServiceWorksAndTheFallBackIsOff() {
        assertTrue(BannerSnapshot.externalItem(fas(false), List.of(), PRODUCTS, EN, Language.EN).isEmpty());
        assertTrue(BannerSnapshot.externalItem(fas(false), List.of(outage(Severity.DEGRADED)), PRODUCTS, EN, Language.EN)
                .isEmpty(), "degraded service is not down");
    }

    @Test
    void whileTheServiceIsDownAndTheFallBackOffItSaysSoWithoutPromisingTheBackUp() {
        var item = BannerSnapshot.externalItem(fas(false), List.of(outage(Severity.MAJOR)), PRODUCTS, EN, Language.EN)
                .orElseThrow();
        assertEquals("external-fas", item.id());
        assertEquals(BannerItem.Kind.OUTAGE, item.kind());
        assertEquals(BannerItem.Severity.CRITICAL, item.severity());
        assertEquals("Federal Authentication Service (FAS) is unavailable", item.title());
        assertTrue(item.message().contains("Access management"), item.message());
        assertFalse(item.message().contains("eID"), item.message());
        assertEquals(List.of("toegangsbeheer"), item.products());
    }

    @Test
    void whileTheFallBackIsOnItAnnouncesItWithTheStaffsMessage() {
        var item = BannerSnapshot.externalItem(fas(true), List.of(), PRODUCTS, EN, Language.EN).orElseThrow();
        assertEquals("fallback-fas", item.id());
        assertEquals(BannerItem.Kind.FALLBACK, item.kind());
        assertEquals("Log in with your eID.", item.message());
        assertEquals(AT, item.startsAt());
        assertEquals(List.of("toegangsbeheer"), item.products());
    }
}
