package org.serviceportal.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Mailbox.awaitMessagesTo;
import static org.serviceportal.testing.Mailbox.messagesTo;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.PortalServer;

/** The outbox delivers through a real SMTP server (GreenMail) and records each message's state. */
@ExtendWith(PortalServer.class)
class OutboxDeliveryIT {

    @Test
    void aQueuedMailIsDeliveredOnceAndMarkedSent() throws Exception {
        String to = "check-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var queued = send("POST", "/api/v1/outbox/test-mail", json("to", to), ADMIN);
        assertEquals(202, queued.statusCode(), queued.body());

        List<MimeMessage> received = awaitMessagesTo(to, 1);
        assertEquals(1, received.size());
        assertTrue(received.get(0).getSubject().contains("Test"));
        assertTrue(((String) received.get(0).getContent()).contains("service portal"));

        JsonObject sent = awaitStatus(to, "SENT");
        assertEquals(1, sent.getInt("attempts"));
        Thread.sleep(2500);
        assertEquals(1, messagesTo(to).size(), "sent once, not again on the next rounds");
    }

    @Test
    void aTestMailToABadAddressIsRefusedWithoutQueueing() {
        int before = array(get("/api/v1/outbox?max=500", ADMIN)).size();
        var bad = send("POST", "/api/v1/outbox/test-mail", json("to", "not an address"), ADMIN);
        assertEquals(400, bad.statusCode());
        assertEquals(before, array(get("/api/v1/outbox?max=500", ADMIN)).size());
    }

    private static JsonObject awaitStatus(String to, String status) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            var mine = array(get("/api/v1/outbox?max=500", ADMIN)).getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getString("recipient").equals(to)).findFirst();
            if (mine.isPresent() && mine.get().getString("status").equals(status)) {
                return mine.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The message to " + to + " never reached " + status);
    }

}
