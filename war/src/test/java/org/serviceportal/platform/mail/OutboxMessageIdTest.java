package org.serviceportal.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutboxMessageIdTest {

    @Test
    void theMessageIdComesFromTheOutboxIdAndThePortalsHost() {
        assertEquals("<portal-outbox-42@portal.example.org>", OutboxDelivery.messageId(42, "https://portal.example.org/x"));
        assertEquals(OutboxDelivery.messageId(42, "https://portal.example.org"),
                OutboxDelivery.messageId(42, "https://portal.example.org:8443/"), "the same on every node");
    }

    @Test
    void aBaseUrlWithoutHostGivesLocalhost() {
        assertEquals("<portal-outbox-7@localhost>", OutboxDelivery.messageId(7, "not a url"));
        assertEquals("<portal-outbox-7@localhost>", OutboxDelivery.messageId(7, "/relative"));
    }
}
