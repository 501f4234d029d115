package org.serviceportal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private static WebhookDelivery delivery() {
        return new WebhookDelivery("k-1", 7, "outage.created", "{}", T0);
    }

    @Test
    void isDueAtOnceAndEndsWithA2xx() {
        var d = delivery();
        assertTrue(d.isDueAt(T0));
        d.delivered(T0.plusSeconds(1), 204);
        assertEquals(WebhookDelivery.Status.DELIVERED, d.getStatus());
        assertEquals(1, d.getAttempts());
        assertEquals(204, d.getLastStatus());
        assertFalse(d.isDueAt(T0.plus(Duration.ofDays(1))));
    }

    @Test
    void retriesWithADoublingWaitAndGivesUpAfterTheLastAttempt() {
        var d = delivery();
        List<Long> waits = new ArrayList<>();
        Instant at = T0;
        for (int i = 1; i < WebhookDelivery.MAX_ATTEMPTS; i++) {
            d.failed(at, 500, "HTTP 500");
            assertEquals(WebhookDelivery.Status.PENDING, d.getStatus());
            assertFalse(d.isDueAt(at), "not again at once");
            waits.add(Duration.between(at, d.getNextAttemptAt()).toSeconds());
            at = d.getNextAttemptAt();
            assertTrue(d.isDueAt(at));
        }
        assertEquals(List.of(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3840L, 7200L), waits);
        d.failed(at, null, "time-out");
        assertEquals(WebhookDelivery.Status.FAILED, d.getStatus());
        assertEquals(WebhookDelivery.MAX_ATTEMPTS, d.getAttempts());
        assertEquals("time-out", d.getLastError());
        assertNull(d.getLastStatus());
        assertFalse(d.isDueAt(at.plus(Duration.ofDays(1))));
    }

    @Test
    void aCancelledDeliveryIsNeverDue() {
        var d = delivery();
        d.cancel();
        assertEquals(WebhookDelivery.Status.CANCELLED, d.getStatus());
        assertFalse(d.isDueAt(T0.plusSeconds(60)));
    }

    @Test
    void theJsonBodyCarriesTheDeliveryIdTheEventItsTimeAndItsData() {
        var data = Json.createObjectBuilder().add("id", 12).add("product", "sleutelbeheer").build();
        var m = new WebhookPayloads.Message("outage.created", data, "Storing bij Sleutelbeheer");
        var body = Json.createReader(new StringReader(WebhookPayloads.body(Webhook.Format.JSON, "k-9", T0, m))).readObject();
        assertEquals("k-9", body.getString("id"));
        assertEquals("outage.created", body.getString("event"));
        assertEquals(T0.toString(), body.getString("occurredAt"));
        assertEquals(data, body.getJsonObject("data"));
    }

    @Test
    void theChatBodyIsOnlyTheText() {
        var m = new WebhookPayloads.Message("outage.created", Json.createObjectBuilder().build(), "Storing bij \"Sleutelbeheer\"");
        assertEquals("{\"text\":\"Storing bij \\\"Sleutelbeheer\\\"\"}", WebhookPayloads.body(Webhook.Format.CHAT, "k-9", T0, m));
    }

    @Test
    void chatTextsAreDutchWithTheTimeInBrussels() {
        assertEquals("2 maart 2026 11:00 (Belgische tijd)", WebhookPayloads.time(T0));
        assertEquals("Storing bij Sleutelbeheer: Storing, sinds x. Volg het op https://portal.example.org/public/status.xhtml",
                WebhookPayloads.text("webhook.chat.outage.created", "Sleutelbeheer", "Storing", "x", "",
                        "https://portal.example.org/public/status.xhtml"));
    }
}
