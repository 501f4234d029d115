package org.serviceportal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.PageSession;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.TestClock;
import org.serviceportal.testing.Wait;

/**
 * Webhooks against a real receiver on loopback (the test portal allows private targets): signed
 * deliveries of outage and maintenance events, retried with the same id after a failure, each
 * accepted once; and the API's answers to bad input and to callers without the role.
 */
@ExtendWith(PortalServer.class)
class WebhookApiIT {

    static final String SENDER = "webhook-sender";
    private static final Duration DELIVERED = Duration.ofSeconds(30);

    /** A product of this test's own, so that its events reach only its webhooks. */
    static String newProduct() {
        String code = "wh" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var product = Json.createObjectBuilder().add("nameNl", "Haak " + code).add("nameEn", "Hook " + code)
                .add("sortOrder", 99).add("dependsOnProducts", Json.createArrayBuilder())
                .add("dependsOnExternal", Json.createArrayBuilder()).add("version", 0).build();
        var r = send("POST", "/api/v1/products", json("code", code, "product", product), ADMIN);
        assertEquals(201, r.statusCode(), r.body());
        return code;
    }

    /** The webhooks this class registered: deleted after each test, so that no later test's change is sent to a closed receiver. */
    private static final List<Long> REGISTERED = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void deleteRegisteredWebhooks() {
        for (Long id : REGISTERED) {
            send("DELETE", "/api/v1/webhooks/" + id, null, ADMIN);
        }
        REGISTERED.clear();
    }

    static JsonObject register(String url, List<String> events, List<String> products, String format) {
        var body = Json.createObjectBuilder().add("url", url).add("events", strings(events.toArray(String[]::new)))
                .add("products", strings(products.toArray(String[]::new)));
        if (format != null) {
            body.add("format", format);
        }
        var r = send("POST", "/api/v1/webhooks", body.build().toString(), ADMIN);
        assertEquals(201, r.statusCode(), r.body());
        JsonObject registered = object(r);
        REGISTERED.add(registered.getJsonNumber("id").longValue());
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/webhooks/" + registered.getJsonNumber("id")));
        return registered;
    }

    static List<JsonObject> deliveries(long webhookId) {
        var r = send("GET", "/api/v1/webhooks/" + webhookId + "/deliveries", null, ADMIN);
        assertEquals(200, r.statusCode(), r.body());
        return array(r).getValuesAs(JsonObject.class);
    }

    private static JsonObject createOutage(String product) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(3));
        var r = send("POST", "/api/v1/outages", json("product", product, "startedAt", start.toString(), "severity", "MAJOR",
                "cause", "webhook test"), ADMIN);
        assertEquals(201, r.statusCode(), r.body());
        return object(r);
    }

    private static void closeOutage(JsonObject outage) {
        var r = send("PUT", "/api/v1/outages/" + outage.getJsonNumber("id"), json("product", outage.getString("product"),
                "startedAt", outage.getString("startedAt"), "endedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                "severity", "MAJOR", "cause", "webhook test", "version", outage.getJsonNumber("version").longValue()), ADMIN);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static JsonObject parse(String body) {
        return Api.parse(body).asJsonObject();
    }

    @Test
    void aPublicUpdateOfAnOutageIsDeliveredWithItsMessageAndTheOutagesOwnPage() {
        String product = newProduct();
        try (var receiver = new Receiver()) {
            register(receiver.url("/updates"), List.of("outage.updated"), List.of(product), null);
            JsonObject outage = createOutage(product);
            long id = outage.getJsonNumber("id").longValue();
            var posted = send("POST", "/api/v1/outages/" + id + "/updates", Json.createObjectBuilder()
                    .add("status", "IDENTIFIED")
                    .add("message", Json.createObjectBuilder().add("nl", "Oorzaak gevonden").add("en", "Cause found"))
                    .build().toString(), ADMIN);
            assertEquals(201, posted.statusCode(), posted.body());

            var delivered = Wait.until("the update's delivery", DELIVERED, () -> receiver.at("/updates"), l -> !l.isEmpty()).get(0);
            assertEquals("outage.updated", delivered.event());
            JsonObject data = parse(delivered.body()).getJsonObject("data");
            JsonObject update = data.getJsonObject("update");
            assertEquals("IDENTIFIED", update.getString("status"));
            assertEquals("Oorzaak gevonden", update.getJsonObject("message").getString("nl"));
            assertEquals("Cause found", update.getJsonObject("message").getString("en"));
            Instant.parse(update.getString("at"));
            assertTrue(data.getString("outagePage").endsWith("/public/outage.xhtml?id=" + id), data.toString());
        }
    }

    @Test
    void anOutageIsDeliveredSignedWithTheSecretOnceAndItsEndAsResolved() {
        String product = newProduct();
        try (var receiver = new Receiver()) {
            JsonObject hook = register(receiver.url("/signed"), List.of("outage.created", "outage.resolved"), List.of(product), null);
            String secret = hook.getString("secret");
            assertTrue(secret.startsWith("whsec_"), secret);

            JsonObject outage = createOutage(product);
            var first = Wait.until("the outage's delivery", DELIVERED, () -> receiver.at("/signed"), l -> !l.isEmpty()).get(0);
            assertEquals("outage.created", first.event());
            assertEquals(WebhookSignature.header(secret, first.body()), first.signature(), "signed with the secret");
            JsonObject body = parse(first.body());
            assertEquals(first.delivery(), body.getString("id"));
            assertEquals("outage.created", body.getString("event"));
            Instant.parse(body.getString("occurredAt"));
            JsonObject data = body.getJsonObject("data");
            assertEquals(outage.getJsonNumber("id"), data.getJsonNumber("id"));
            assertEquals(product, data.getString("product"));
            assertEquals("Haak " + product, data.getJsonObject("productName").getString("nl"));
            assertEquals("MAJOR", data.getString("severity"));
            assertEquals(outage.getString("startedAt"), data.getString("startedAt"));
            assertTrue(data.isNull("endedAt"));
            assertTrue(data.getString("statusPage").endsWith("/public/status.xhtml"), data.toString());

            closeOutage(outage);
            var resolved = Wait.until("the resolution's delivery", DELIVERED, () -> receiver.at("/signed"), l -> l.size() >= 2).get(1);
            assertEquals("outage.resolved", resolved.event());
            assertFalse(parse(resolved.body()).getJsonObject("data").isNull("endedAt"));

            TestClock.runRound(SENDER);
            TestClock.runRound(SENDER);
            assertEquals(2, receiver.at("/signed").size(), "each delivery once: " + receiver.at("/signed"));
            List<JsonObject> log = deliveries(hook.getJsonNumber("id").longValue());
            assertEquals(2, log.size());
            assertTrue(log.stream().allMatch(d -> d.getString("status").equals("DELIVERED") && d.getInt("attempts") == 1), log.toString());
        }
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameIdUntilItIsAccepted() throws Exception {
        String product = newProduct();
        try (var receiver = new Receiver().answer(500)) {
            JsonObject hook = register(receiver.url("/flaky"), List.of("outage.created"), List.of(product), "JSON");
            long id = hook.getJsonNumber("id").longValue();
            createOutage(product);
            JsonObject failed = Wait.until("a first, failed attempt", DELIVERED, () -> deliveries(id),
                    l -> l.size() == 1 && l.get(0).getInt("attempts") == 1).get(0);
            assertEquals("PENDING", failed.getString("status"));
            assertTrue(failed.getString("lastError").contains("500"), failed.toString());
            assertEquals(500, failed.getInt("lastStatus"));

            // the back-off is 30 s: move the clock past it rather than wait
            TestClock.movedBy(Duration.ofMinutes(1), () -> TestClock.runRound(SENDER));
            JsonObject delivered = Wait.until("the retry", DELIVERED, () -> deliveries(id),
                    l -> l.get(0).getString("status").equals("DELIVERED")).get(0);
            assertEquals(2, delivered.getInt("attempts"));

            var got = receiver.at("/flaky");
            assertEquals(2, got.size(), got.toString());
            assertEquals(got.get(0).delivery(), got.get(1).delivery(), "the same delivery id on the retry");
            assertEquals(got.get(0).body(), got.get(1).body(), "the same body");
            assertEquals(delivered.getString("id"), got.get(0).delivery());
            assertEquals(Map.of(got.get(0).delivery(), 1L), receiver.acceptedPerDelivery("/flaky"));
        }
    }

    @Test
    void aDeliveryRefusedAtEveryAttemptIsGivenUpAndTheDashboardCountsIt() throws Exception {
        String product = newProduct();
        try (var receiver = new Receiver().answer(500, 500, 500, 500, 500, 500, 500, 500, 500, 500)) {
            JsonObject hook = register(receiver.url("/down"), List.of("outage.created"), List.of(product), null);
            long id = hook.getJsonNumber("id").longValue();
            createOutage(product);
            Wait.until("a first attempt", DELIVERED, () -> deliveries(id), l -> l.size() == 1 && l.get(0).getInt("attempts") == 1);
            // each wait is at most 2 h: three more hours on the clock make the next attempt due
            for (int k = 1; k < WebhookDelivery.MAX_ATTEMPTS; k++) {
                TestClock.movedBy(Duration.ofHours(3L * k), () -> TestClock.runRound(SENDER));
            }
            JsonObject given = deliveries(id).get(0);
            assertEquals("FAILED", given.getString("status"), given.toString());
            assertEquals(WebhookDelivery.MAX_ATTEMPTS, given.getInt("attempts"));
            assertEquals(WebhookDelivery.MAX_ATTEMPTS, receiver.at("/down").size());
            assertEquals(1, receiver.at("/down").stream().map(Receiver.Received::delivery).distinct().count(), "one id throughout");

            var admin = new PageSession();
            admin.logIn("admin", PortalServer.ADMIN_PASSWORD, PortalServer.ADMIN_TOTP_SECRET);
            String home = admin.get("/admin/index.xhtml?lang=en").body();
            assertTrue(home.contains("id=\"count-failed-webhooks\""), "the dashboard shows webhook failures when they exist");
            assertTrue(home.contains("Webhook deliveries that failed"));
        }
    }

    @Test
    void maintenanceIsDeliveredAsTheApiShowsItAndAsDutchChatText() {
        String product = newProduct();
        try (var receiver = new Receiver()) {
            register(receiver.url("/json"), List.of("maintenance.scheduled", "maintenance.cancelled"), List.of(product), "JSON");
            register(receiver.url("/chat"), List.of("maintenance.scheduled"), List.of(), "CHAT");
            register(receiver.url("/other"), List.of("maintenance.scheduled"), List.of("sleutelbeheer"), "JSON");
            Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
            var created = send("POST", "/api/v1/maintenance", Json.createObjectBuilder().add("products", strings(product))
                    .add("startsAt", start.toString()).add("endsAt", start.plus(Duration.ofHours(2)).toString()).add("planned", true)
                    .add("title", Json.createObjectBuilder().add("nl", "Upgrade haak").add("en", "Hook upgrade"))
                    .add("message", Json.createObjectBuilder().add("nl", "Even geduld").add("en", "Bear with us"))
                    .add("version", 0).build().toString(), ADMIN);
            assertEquals(201, created.statusCode(), created.body());
            JsonObject window = object(created);

            var json = Wait.until("the JSON delivery", DELIVERED, () -> receiver.at("/json"), l -> !l.isEmpty()).get(0);
            assertEquals("maintenance.scheduled", json.event());
            JsonObject data = parse(json.body()).getJsonObject("data");
            assertEquals(window.getJsonNumber("id"), data.getJsonNumber("id"));
            assertEquals(window.getJsonArray("products"), data.getJsonArray("products"));
            assertEquals(window.getString("startsAt"), data.getString("startsAt"));
            assertEquals("Upgrade haak", data.getJsonObject("title").getString("nl"));

            var chat = Wait.until("the chat delivery", DELIVERED, () -> receiver.at("/chat"), l -> !l.isEmpty()).get(0);
            JsonObject text = parse(chat.body());
            assertEquals(1, text.size(), "only the text: " + text);
            assertTrue(text.getString("text").startsWith("Onderhoud gepland voor Haak " + product + ": Upgrade haak"), text.toString());

            var cancelled = send("DELETE", "/api/v1/maintenance/" + window.getJsonNumber("id") + "?version="
                    + window.getJsonNumber("version"), null, ADMIN);
            assertEquals(204, cancelled.statusCode(), cancelled.body());
            Wait.until("the cancellation", DELIVERED, () -> receiver.at("/json"), l -> l.size() == 2);
            assertEquals("maintenance.cancelled", receiver.at("/json").get(1).event());
            TestClock.runRound(SENDER);
            assertEquals(List.of(), receiver.at("/other"), "a webhook of another product hears nothing");
            assertEquals(1, receiver.at("/chat").size(), "not subscribed to cancellations");
        }
    }

    @Test
    void theTestActionSendsATestDeliveryAndTheListNeverShowsTheSecret() {
        try (var receiver = new Receiver()) {
            JsonObject hook = register(receiver.url("/ping"), List.of("outage.created"), List.of(), null);
            long id = hook.getJsonNumber("id").longValue();
            var test = send("POST", "/api/v1/webhooks/" + id + "/test", null, ADMIN);
            assertEquals(202, test.statusCode(), test.body());
            var got = Wait.until("the test delivery", DELIVERED, () -> receiver.at("/ping"), l -> !l.isEmpty()).get(0);
            assertEquals("webhook.test", got.event());
            assertEquals(object(test).getString("id"), got.delivery());
            assertEquals(WebhookSignature.header(hook.getString("secret"), got.body()), got.signature());

            var list = send("GET", "/api/v1/webhooks", null, ADMIN);
            assertEquals(200, list.statusCode());
            assertFalse(list.body().contains(hook.getString("secret")), "never the secret");
            assertTrue(array(list).getValuesAs(JsonObject.class).stream().anyMatch(w -> w.getJsonNumber("id").longValue() == id));
            var one = send("GET", "/api/v1/webhooks/" + id, null, ADMIN);
            assertEquals(200, one.statusCode());
            assertFalse(one.body().contains(hook.getString("secret")));

            assertEquals(204, send("DELETE", "/api/v1/webhooks/" + id, null, ADMIN).statusCode());
            assertEquals(404, send("DELETE", "/api/v1/webhooks/" + id, null, ADMIN).statusCode());
            assertEquals(404, send("GET", "/api/v1/webhooks/" + id + "/deliveries", null, ADMIN).statusCode());
            assertEquals(404, send("POST", "/api/v1/webhooks/" + id + "/test", null, ADMIN).statusCode());
            assertTrue(array(send("GET", "/api/v1/webhooks", null, ADMIN)).getValuesAs(JsonObject.class).stream()
                    .noneMatch(w -> w.getJsonNumber("id").longValue() == id));
        }
    }

    @Test
    void badInputIsRefusedWithProblemDetails() {
        for (String body : List.of(
                json("url", "ftp://127.0.0.1/hook", "events", strings("outage.created")),
                json("url", "not an address", "events", strings("outage.created")),
                json("url", "http://127.0.0.1:9/hook", "events", strings("outage.exploded")),
                json("url", "http://127.0.0.1:9/hook", "events", strings()),
                json("url", "http://127.0.0.1:9/hook", "events", strings("outage.created"), "products", strings("no-such-product")),
                json("url", "http://127.0.0.1:9/hook", "events", strings("outage.created"), "format", "XML"),
                json("events", strings("outage.created")),
                "{")) {
            var r = send("POST", "/api/v1/webhooks", body, ADMIN);
            assertEquals(400, r.statusCode(), body + " -> " + r.body());
            assertTrue(Api.isProblem(r), r.body());
        }
        var unknown = send("POST", "/api/v1/webhooks", json("url", "http://127.0.0.1:9/hook", "events", strings("outage.exploded")), ADMIN);
        assertTrue(unknown.body().contains("outage.exploded"), unknown.body());
        assertEquals(404, send("GET", "/api/v1/webhooks/999999/deliveries", null, ADMIN).statusCode());
    }

    @Test
    void onlyAdministratorsManageWebhooks() {
        String body = json("url", "http://127.0.0.1:9/hook", "events", strings("outage.created"));
        assertEquals(401, send("POST", "/api/v1/webhooks", body, Api.Auth.NONE).statusCode());
        assertEquals(401, send("GET", "/api/v1/webhooks", null, Api.Auth.NONE).statusCode());
        for (String role : List.of("operator", "editor")) {
            Api.Auth user = Api.newUser(role);
            assertEquals(403, send("POST", "/api/v1/webhooks", body, user).statusCode(), role);
            assertEquals(403, send("GET", "/api/v1/webhooks", null, user).statusCode(), role);
            assertEquals(403, send("GET", "/api/v1/webhooks/1/deliveries", null, user).statusCode(), role);
            assertEquals(403, send("DELETE", "/api/v1/webhooks/1", null, user).statusCode(), role);
            assertEquals(403, send("POST", "/api/v1/webhooks/1/test", null, user).statusCode(), role);
        }
    }
}
