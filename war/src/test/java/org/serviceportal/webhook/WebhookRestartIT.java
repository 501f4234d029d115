package org.serviceportal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.serviceportal.testing.PortalProcess;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.TestClock;
import org.serviceportal.testing.Wait;

/**
 * Nothing lost: a delivery enqueued while its receiver is down survives a kill (SIGKILL) of the
 * portal, and is delivered, once and with its id, by the restarted portal when the receiver is back.
 */
class WebhookRestartIT {

    private static List<JsonObject> deliveries(URI base, long webhookId) {
        var r = send(base, "GET", "/api/v1/webhooks/" + webhookId + "/deliveries", null, ADMIN);
        assertEquals(200, r.statusCode(), r.body());
        return array(r).getValuesAs(JsonObject.class);
    }

    private static int freeLoopbackPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aDeliveryPendingWhenThePortalIsKilledIsDeliveredAfterTheRestart() throws Exception {
        assumeFalse(PortalServer.onPostgres(), "a portal of its own on the embedded database");
        Path work = PortalServer.dataDir().getParent().resolve("webhook-restart");
        PortalServer.deleteRecursively(work);
        Path data = work.resolve("data");
        int port = Integer.getInteger("portal.it.port", 18080) + 9;
        int hazelcastPort = Integer.getInteger("portal.it.hazelcast-port", 6920) + 50;
        Map<String, String> settings = PortalServer.settings();
        int receiverPort = freeLoopbackPort(); // nobody listens there yet: the receiver is down
        String url = "http://127.0.0.1:" + receiverPort + "/after-restart";

        long webhookId;
        String secret;
        String deliveryId;
        try (var node = new PortalProcess(port, hazelcastPort, data, work.resolve("node.log"), settings)) {
            node.start(Duration.ofSeconds(300));
            var registered = send(node.base(), "POST", "/api/v1/webhooks",
                    json("url", url, "events", strings("outage.created")), ADMIN);
            assertEquals(201, registered.statusCode(), registered.body());
            webhookId = object(registered).getJsonNumber("id").longValue();
            secret = object(registered).getString("secret");
            var outage = send(node.base(), "POST", "/api/v1/outages", json("product", "sleutelbeheer", "startedAt",
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(1)).toString(), "severity", "PARTIAL"), ADMIN);
            assertEquals(201, outage.statusCode(), outage.body());
            JsonObject failed = Wait.until("a first attempt, refused", Duration.ofSeconds(30), () -> deliveries(node.base(), webhookId),
                    l -> l.size() == 1 && l.get(0).getInt("attempts") == 1).get(0);
            assertEquals("PENDING", failed.getString("status"));
            deliveryId = failed.getString("id");
            node.kill();
        }

        try (var receiver = new Receiver(receiverPort);
                var restarted = new PortalProcess(port, hazelcastPort, data, work.resolve("node-restarted.log"), settings)) {
            restarted.start(Duration.ofSeconds(300));
            // its next attempt is 30 s after the first: move the clock past it and ask for a round
            TestClock.movedBy(restarted.base(), ADMIN, Duration.ofHours(1),
                    () -> TestClock.runRound(restarted.base(), ADMIN, WebhookApiIT.SENDER));
            var got = Wait.until("the delivery after the restart", Duration.ofSeconds(30), receiver::received, l -> !l.isEmpty());
            TestClock.runRound(restarted.base(), ADMIN, WebhookApiIT.SENDER);
            assertEquals(1, receiver.received().size(), "delivered once: " + receiver.received());
            assertEquals(deliveryId, got.get(0).delivery());
            assertEquals("outage.created", got.get(0).event());
            assertEquals(WebhookSignature.header(secret, got.get(0).body()), got.get(0).signature());
            JsonObject log = deliveries(restarted.base(), webhookId).get(0);
            assertEquals("DELIVERED", log.getString("status"));
            assertEquals(2, log.getInt("attempts"));
        }
    }
}
