package org.serviceportal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.newsletter.NewsletterMailIT.awaitSubject;
import static org.serviceportal.newsletter.NewsletterMailIT.html;
import static org.serviceportal.newsletter.NewsletterMailIT.subject;
import static org.serviceportal.newsletter.NewsletterMailIT.subscriber;
import static org.serviceportal.newsletter.NewsletterMailIT.text;
import static org.serviceportal.newsletter.NewsletterMailIT.token;
import static org.serviceportal.newsletter.NewsletterMailIT.unique;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;
import static org.serviceportal.testing.Mailbox.awaitMessagesTo;
import static org.serviceportal.testing.Mailbox.messagesTo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.TestClock;

/**
 * Notifications by mail through the real outbox and GreenMail: topics chosen by the API, outage
 * notices (recorded, each update, resolved) to the OUTAGES subscribers of the product only, once, in
 * their language; maintenance to the MAINTENANCE subscribers, announced by itself and reminded of once
 * the day before, however often the sender runs.
 */
@ExtendWith(PortalServer.class)
class NotificationMailIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** A product of the test's own whose names differ from its code. */
    static String[] newProduct() {
        String code = unique("nt-prod");
        String suffix = code.substring(code.length() - 8);
        String nl = "Sleutelkast " + suffix;
        String en = "Key cabinet " + suffix;
        var product = Json.createObjectBuilder().add("nameNl", nl).add("nameEn", en).add("sortOrder", 91)
                .add("dependsOnProducts", strings()).add("dependsOnExternal", strings()).add("version", 0).build();
        var created = send("POST", "/api/v1/products", Json.createObjectBuilder().add("code", code).add("product", product).build().toString(), ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return new String[] {code, nl, en};
    }

    static String subscribeJson(String email, String language, List<String> topics, String... products) {
        var b = Json.createObjectBuilder().add("email", email).add("language", language).add("products", strings(products));
        if (topics != null) {
            b.add("topics", strings(topics.toArray(String[]::new)));
        }
        return b.build().toString();
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * {@code POST /api/v1/subscriptions} from a client address of its own (through the trusted proxy's
     * X-Forwarded-For), so that the per-client rate limit of the whole test run is not spent here.
     */
    static HttpResponse<String> subscribe(String json) {
        var request = HttpRequest.newBuilder(PortalServer.uri("/api/v1/subscriptions")).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("X-Forwarded-For", "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Subscribes with these topics (null: none given) and confirms by the mailed link. */
    static void subscribeAndConfirm(String email, String language, List<String> topics, String... products) {
        int before = messagesTo(email).size();
        var answer = subscribe(subscribeJson(email, language, topics, products));
        assertEquals(202, answer.statusCode(), answer.body());
        try {
            MimeMessage mail = awaitMessagesTo(email, before + 1).get(before);
            var confirmed = send("POST", "/api/v1/subscriptions/confirmation", json("token", token(text(mail))), Api.Auth.NONE);
            assertEquals(200, confirmed.statusCode(), confirmed.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<String> topics(String email) {
        return subscriber(email).getJsonArray("topics").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static long count(String to, String subject) {
        return messagesTo(to).stream().filter(m -> subject(m).equals(subject)).count();
    }

    static String time(Instant t, String lang) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", Locale.forLanguageTag(lang)).withZone(BRUSSELS).format(t);
    }

    @Test
    void topicsAreChosenWhenSubscribingAllByDefaultAndAnUnknownOneIsRefused() throws Exception {
        String product = newProduct()[0];
        String chosen = unique("topics-chosen") + "@example.org";
        String all = unique("topics-all") + "@example.org";
        subscribeAndConfirm(chosen, "en", List.of("outages", "MAINTENANCE"), product);
        subscribeAndConfirm(all, "nl", null, product);
        assertEquals(List.of("MAINTENANCE", "OUTAGES"), topics(chosen));
        assertEquals(List.of("NEWSLETTER", "MAINTENANCE", "OUTAGES"), topics(all));

        String refused = unique("topics-bad") + "@example.org";
        var unknown = subscribe(subscribeJson(refused, "nl", List.of("OUTAGES", "WEATHER"), product));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("topics", object(unknown).getJsonArray("errors").getJsonObject(0).getString("field"));
        var none = subscribe(subscribeJson(refused, "nl", List.of(), product));
        assertEquals(400, none.statusCode(), none.body());
        assertEquals("topics", object(none).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(Api.array(Api.get("/api/v1/subscribers?q=" + refused, ADMIN)).isEmpty(), "nothing written");
        assertTrue(messagesTo(refused).isEmpty());

        // the manage link of a mailing changes the topics; absent topics stay as they are
        var outage = send("POST", "/api/v1/outages", json("product", product, "startedAt", Instant.now().minusSeconds(60).toString(),
                "severity", "DEGRADED"), Api.newUser("operator"));
        assertEquals(201, outage.statusCode(), outage.body());
        String link = URLEncoder.encode(token(text(awaitSubject(chosen, "Outage: Key cabinet " + product.substring(product.length() - 8)))),
                StandardCharsets.UTF_8);
        JsonObject s = object(Api.get("/api/v1/subscriptions/preferences?token=" + link));
        var changed = send("PUT", "/api/v1/subscriptions/preferences?token=" + link, json("language", "en", "products", strings(product),
                "topics", strings("NEWSLETTER"), "version", s.getInt("version")), Api.Auth.NONE);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(List.of("NEWSLETTER"), topics(chosen));
        var kept = send("PUT", "/api/v1/subscriptions/preferences?token=" + link, json("language", "nl", "products", strings(product),
                "version", object(changed).getInt("version")), Api.Auth.NONE);
        assertEquals(200, kept.statusCode(), kept.body());
        assertEquals(List.of("NEWSLETTER"), topics(chosen));
        var bad = send("PUT", "/api/v1/subscriptions/preferences?token=" + link, json("language", "nl", "products", strings(product),
                "topics", strings("SPAM"), "version", object(kept).getInt("version")), Api.Auth.NONE);
        assertEquals(400, bad.statusCode(), bad.body());
    }

    @Test
    void anOutageSubscriberGetsTheNoticeEachUpdateAndTheResolutionOnceInTheirLanguage() throws Exception {
        String[] p = newProduct();
        String product = p[0];
        String other = newProduct()[0];
        String nl = unique("outage-nl") + "@example.org";
        String en = unique("outage-en") + "@example.org";
        String otherProduct = unique("outage-otherproduct") + "@example.org";
        String otherTopics = unique("outage-othertopics") + "@example.org";
        subscribeAndConfirm(nl, "nl", List.of("OUTAGES"), product);
        subscribeAndConfirm(en, "en", List.of("OUTAGES", "NEWSLETTER"), product, other);
        subscribeAndConfirm(otherProduct, "nl", List.of("OUTAGES"), other);
        subscribeAndConfirm(otherTopics, "nl", List.of("NEWSLETTER", "MAINTENANCE"), product);
        var operator = Api.newUser("operator");

        Instant started = Instant.now().minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.MINUTES);
        var created = send("POST", "/api/v1/outages", json("product", product, "startedAt", started.toString(), "severity", "MAJOR",
                "cause", "intern"), operator);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject o = object(created);
        long id = o.getJsonNumber("id").longValue();

        MimeMessage noticeNl = awaitSubject(nl, "Storing: " + p[1]);
        MimeMessage noticeEn = awaitSubject(en, "Outage: " + p[2]);
        String textNl = text(noticeNl);
        String textEn = text(noticeEn);
        assertTrue(textNl.contains("Er is een storing bij " + p[1]), textNl);
        assertTrue(textNl.contains(time(started, "nl") + " (Belgische tijd)"), textNl);
        assertTrue(textNl.contains("Storing") && textNl.contains("/public/status.xhtml?lang=nl"), textNl);
        assertTrue(textEn.contains("There is an outage of " + p[2]), textEn);
        assertTrue(textEn.contains(time(started, "en") + " (Brussels time)"), textEn);
        assertTrue(textEn.contains("/public/status.xhtml?lang=en"), textEn);
        assertTrue(html(noticeEn).contains("lang=\"en\""));
        assertTrue(textNl.contains("/public/newsletter-manage.xhtml?token=") && textNl.contains("/public/newsletter-unsubscribe.xhtml?token="),
                textNl);
        assertEquals("List-Unsubscribe=One-Click", noticeNl.getHeader("List-Unsubscribe-Post", null));
        assertTrue(noticeNl.getHeader("List-Unsubscribe", null).contains("/api/v1/subscriptions/unsubscribe?token="));

        var updated = send("PUT", "/api/v1/outages/" + id, json("product", product, "startedAt", started.toString(), "severity", "PARTIAL",
                "cause", "intern", "version", o.getInt("version")), operator);
        assertEquals(200, updated.statusCode(), updated.body());
        MimeMessage updateNl = awaitSubject(nl, "Gewijzigde gegevens van de storing: " + p[1]);
        assertTrue(text(updateNl).contains("Gedeeltelijke storing"), text(updateNl));
        awaitSubject(en, "Outage details changed: " + p[2]);

        // a correction that changes nothing a notice shows mails nobody
        var unseen = send("PUT", "/api/v1/outages/" + id, json("product", product, "startedAt", started.toString(), "severity", "PARTIAL",
                "cause", "intern, nader bekeken", "version", object(updated).getInt("version")), operator);
        assertEquals(200, unseen.statusCode(), unseen.body());

        Instant ended = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES);
        var resolved = send("PUT", "/api/v1/outages/" + id, json("product", product, "startedAt", started.toString(), "endedAt",
                ended.toString(), "severity", "PARTIAL", "cause", "intern", "version", object(unseen).getInt("version")), operator);
        assertEquals(200, resolved.statusCode(), resolved.body());
        MimeMessage resolvedNl = awaitSubject(nl, "Opgelost: storing " + p[1]);
        assertTrue(text(resolvedNl).contains(time(ended, "nl")), text(resolvedNl));
        awaitSubject(en, "Resolved: outage of " + p[2]);

        // every notice is in the outbox once it is dispatched; two more rounds hand over any copy sent twice
        TestClock.runRound(TestClock.NEWSLETTER_SENDER);
        TestClock.twoMoreSenderRounds();
        for (String subject : List.of("Storing: ", "Gewijzigde gegevens van de storing: ", "Opgelost: storing ")) {
            assertEquals(1, count(nl, subject + p[1]), subject);
        }
        for (String subject : List.of("Outage: ", "Outage details changed: ", "Resolved: outage of ")) {
            assertEquals(1, count(en, subject + p[2]), subject);
        }
        assertEquals(3, messagesTo(nl).size() - 1, "the confirmation and three notices, nothing else");
        assertEquals(1, messagesTo(otherProduct).size(), "only the confirmation: the outage was of another product");
        assertEquals(1, messagesTo(otherTopics).size(), "only the confirmation: outages are not among the topics");
    }

    @Test
    void aNoticeUpdateIsMailedWithItsStatusMessageAndTheOutagesTitle() throws Exception {
        String[] p = newProduct();
        String reader = unique("outage-update") + "@example.org";
        subscribeAndConfirm(reader, "nl", List.of("OUTAGES"), p[0]);
        var operator = Api.newUser("operator");
        var created = send("POST", "/api/v1/outages", json("product", p[0], "startedAt", Instant.now().minusSeconds(600).toString(),
                "severity", "MAJOR", "title", Json.createObjectBuilder().add("nl", "Aanmelden lukt niet").add("en", "Sign-in fails").build()),
                operator);
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created).getJsonNumber("id").longValue();
        assertTrue(text(awaitSubject(reader, "Storing: " + p[1])).contains("Aanmelden lukt niet"));

        var update = send("POST", "/api/v1/outages/" + id + "/updates", json("status", "IDENTIFIED",
                "message", Json.createObjectBuilder().add("nl", "Een certificaat is verlopen").add("en", "A certificate expired").build()),
                operator);
        assertEquals(201, update.statusCode(), update.body());
        String updated = text(awaitSubject(reader, "Update over de storing: " + p[1]));
        assertTrue(updated.contains("Aanmelden lukt niet") && updated.contains("Een certificaat is verlopen"), updated);

        var resolved = send("POST", "/api/v1/outages/" + id + "/updates", json("status", "RESOLVED",
                "message", Json.createObjectBuilder().add("nl", "Het certificaat is vervangen").add("en", "The certificate was replaced").build()),
                operator);
        assertEquals(201, resolved.statusCode(), resolved.body());
        assertTrue(text(awaitSubject(reader, "Opgelost: storing " + p[1])).contains("Het certificaat is vervangen"));
        TestClock.runRound(TestClock.NEWSLETTER_SENDER);
        TestClock.twoMoreSenderRounds();
        assertEquals(4, messagesTo(reader).size(), "the confirmation and three notices, each once");
    }

    @Test
    void maintenanceGoesToItsSubscribersByItselfAndTheReminderOnceHoweverOftenTheSenderRuns() throws Exception {
        String[] p = newProduct();
        String product = p[0];
        String reader = unique("maint-reader") + "@example.org";
        String newsOnly = unique("maint-newsonly") + "@example.org";
        subscribeAndConfirm(reader, "en", List.of("MAINTENANCE"), product);
        subscribeAndConfirm(newsOnly, "nl", List.of("NEWSLETTER", "OUTAGES"), product);
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        String title = unique("Window");
        var window = send("POST", "/api/v1/maintenance", json("products", strings(product), "startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(2)).toString(), "planned", true,
                "title", Json.createObjectBuilder().add("nl", title + " nl").add("en", title + " en").build(),
                "message", Json.createObjectBuilder().add("nl", "Korte onderbreking").add("en", "Short break").build()), ADMIN);
        assertEquals(201, window.statusCode(), window.body());
        long windowId = object(window).getJsonNumber("id").longValue();
        JsonArray scheduled = Api.array(Api.get("/api/v1/newsletter-issues?max=200", ADMIN));
        assertEquals(List.of("SCHEDULED", "SCHEDULED"), scheduled.getValuesAs(JsonObject.class).stream()
                .filter(i -> i.containsKey("windowId") && !i.isNull("windowId") && i.getJsonNumber("windowId").longValue() == windowId)
                .map(i -> i.getString("status")).toList(), "the announcement and the reminder wait");

        TestClock.movedBy(Duration.ofMinutes(15), () -> {
            TestClock.runRound(TestClock.NEWSLETTER_SENDER);
            TestClock.twoMoreSenderRounds();
            MimeMessage announced = awaitSubject(reader, "Planned maintenance: " + title + " en");
            assertTrue(text(announced).contains("Short break") && text(announced).contains(p[2]), text(announced));
        });
        assertEquals(400, send("POST", "/api/v1/newsletter-issues/announcements", json("windowId", windowId), ADMIN).statusCode(),
                "announced once");

        TestClock.movedBy(Duration.ofDays(2).plusHours(1), () -> {
            TestClock.runRound(TestClock.NEWSLETTER_SENDER);
            TestClock.runRound(TestClock.NEWSLETTER_SENDER);
            TestClock.twoMoreSenderRounds();
            MimeMessage reminder = awaitSubject(reader, "Reminder, maintenance tomorrow: " + title + " en");
            assertTrue(text(reminder).contains(time(start, "en") + " (Brussels time)"), text(reminder));
            TestClock.runRound(TestClock.NEWSLETTER_SENDER);
            TestClock.twoMoreSenderRounds();
        });
        assertEquals(1, count(reader, "Planned maintenance: " + title + " en"));
        assertEquals(1, count(reader, "Reminder, maintenance tomorrow: " + title + " en"));
        assertTrue(messagesTo(newsOnly).stream().noneMatch(m -> subject(m).contains(title)), "maintenance is not among the topics");
    }

    @Test
    void aCancelledWindowIsNeverAnnouncedNorRemindedOf() throws Exception {
        String product = newProduct()[0];
        String reader = unique("maint-cancelled") + "@example.org";
        subscribeAndConfirm(reader, "nl", List.of("MAINTENANCE"), product);
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        String title = unique("Gone");
        var window = send("POST", "/api/v1/maintenance", json("products", strings(product), "startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(1)).toString(), "planned", true,
                "title", Json.createObjectBuilder().add("nl", title).add("en", title).build(),
                "message", Json.createObjectBuilder().add("nl", "").add("en", "").build()), ADMIN);
        assertEquals(201, window.statusCode(), window.body());
        JsonObject w = object(window);
        var cancelled = send("DELETE", "/api/v1/maintenance/" + w.getJsonNumber("id") + "?version=" + w.getInt("version"), null, ADMIN);
        assertTrue(cancelled.statusCode() < 300, cancelled.body());
        TestClock.movedBy(Duration.ofDays(2).plusHours(1), () -> {
            TestClock.runRound(TestClock.NEWSLETTER_SENDER);
            TestClock.twoMoreSenderRounds();
        });
        assertTrue(messagesTo(reader).stream().noneMatch(m -> subject(m).contains(title)), "cancelled before it was announced");
    }
}
