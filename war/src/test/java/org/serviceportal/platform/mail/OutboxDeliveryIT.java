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
import static org.serviceportal.testing.Mailbox.outboxTo;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.TestClock;
import org.serviceportal.testing.Wait;

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
        TestClock.twoMoreSenderRounds();
        assertEquals(1, messagesTo(to).size(), "sent once, not again on the next rounds");
        assertEquals(1, outboxTo(to).size());
    }

    @Test
    void aTestMailToABadAddressIsRefusedWithoutQueueing() {
        int before = array(get("/api/v1/outbox?max=500", ADMIN)).size();
        var bad = send("POST", "/api/v1/outbox/test-mail", json("to", "not an address"), ADMIN);
        assertEquals(400, bad.statusCode());
        assertEquals(before, array(get("/api/v1/outbox?max=500", ADMIN)).size());
    }

    private static JsonObject awaitStatus(String to, String status) {
        return Wait.until("the message to " + to + " is " + status, Duration.ofSeconds(10),
                () -> outboxTo(to).stream().findFirst().orElse(null),
                m -> m != null && m.getString("status").equals(status));
    }

}
