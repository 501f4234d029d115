package org.serviceportal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;
import static org.serviceportal.testing.Mailbox.awaitMessagesTo;
import static org.serviceportal.testing.Mailbox.messagesTo;
import static org.serviceportal.testing.Mailbox.outboxTo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.TestClock;
import org.serviceportal.testing.Wait;

/**
 * The newsletter by mail, through the real outbox and a real SMTP server (GreenMail): double opt-in,
 * no difference between known and unknown addresses, one-click unsubscribe, issues that reach exactly
 * the confirmed subscribers of their products in their language, once, and maintenance announcements.
 */
@ExtendWith(PortalServer.class)
class NewsletterMailIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_.%-]+)");

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A product of the test's own, so that no other test's subscribers are involved. */
    static String newProduct() {
        String code = unique("nl-prod");
        var product = Json.createObjectBuilder().add("nameNl", "Product " + code).add("nameEn", "Product " + code + " (en)")
                .add("sortOrder", 90).add("dependsOnProducts", strings()).add("dependsOnExternal", strings()).add("version", 0).build();
        var created = send("POST", "/api/v1/products", Json.createObjectBuilder().add("code", code).add("product", product).build().toString(), ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    static HttpResponse<String> subscribe(String email, String language, String... products) {
        return send("POST", "/api/v1/subscriptions", json("email", email, "language", language, "products", strings(products)), Api.Auth.NONE);
    }

    /** Subscribes and confirms by the mailed link; answers the manage-link token of the first newsletter-ready state. */
    static void subscribeAndConfirm(String email, String language, String... products) throws Exception {
        int before = messagesTo(email).size();
        assertEquals(202, subscribe(email, language, products).statusCode());
        MimeMessage mail = awaitMessagesTo(email, before + 1).get(before);
        String token = token(text(mail));
        var confirmed = send("POST", "/api/v1/subscriptions/confirmation", json("token", token), Api.Auth.NONE);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("CONFIRMED", object(confirmed).getString("state"));
    }

    @Test
    void doubleOptInConfirmsOnlyFromTheMailedLink() throws Exception {
        String product = newProduct();
        String email = unique("optin") + "@example.org";
        var answer = subscribe(email, "en", product);
        assertEquals(202, answer.statusCode(), answer.body());

        MimeMessage mail = awaitMessagesTo(email, 1).get(0);
        assertEquals("Confirm your subscription to the ICT newsletter", mail.getSubject());
        String text = text(mail);
        assertTrue(text.contains("/public/newsletter-confirm.xhtml?token="), text);
        assertTrue(html(mail).contains("lang=\"en\""));

        var wrong = send("POST", "/api/v1/subscriptions/confirmation", json("token", "not-the-token"), Api.Auth.NONE);
        assertEquals(400, wrong.statusCode());
        assertEquals("token", object(wrong).getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject pending = subscriber(email);
        assertEquals("PENDING", pending.getString("state"));
        assertEquals(SubscriptionService.CONSENT_VERSION, pending.getString("consentVersion"));
        assertTrue(pending.getJsonArray("products").isEmpty(), "nothing applies before confirmation");

        var confirmed = send("POST", "/api/v1/subscriptions/confirmation", json("token", token(text)), Api.Auth.NONE);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        JsonObject s = subscriber(email);
        assertEquals("CONFIRMED", s.getString("state"));
        assertEquals("en", s.getString("language"));
        assertEquals(List.of(product), s.getJsonArray("products").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertNotNull(s.getString("confirmedAt"));
        var again = send("POST", "/api/v1/subscriptions/confirmation", json("token", token(text)), Api.Auth.NONE);
        assertEquals(400, again.statusCode(), "a confirm link works once");
    }

    @Test
    void knownAndUnknownAddressesGetTheSameAnswerAndTheSameMail() throws Exception {
        String product = newProduct();
        String known = unique("known") + "@example.org";
        String unknown = unique("unknown") + "@example.org";
        subscribeAndConfirm(known, "nl", product);
        int before = messagesTo(known).size();

        var forKnown = subscribe(known, "nl", product);
        var forUnknown = subscribe(unknown, "nl", product);
        assertEquals(202, forKnown.statusCode());
        assertEquals(forKnown.statusCode(), forUnknown.statusCode());
        assertEquals(forKnown.body(), forUnknown.body());

        MimeMessage k = awaitMessagesTo(known, before + 1).get(before);
        MimeMessage u = awaitMessagesTo(unknown, 1).get(0);
        assertEquals(k.getSubject(), u.getSubject());
        assertEquals(k.getContentType().replaceAll("boundary=.*", ""), u.getContentType().replaceAll("boundary=.*", ""));
        assertEquals(shape(text(k)), shape(text(u)));
        assertEquals(shape(html(k)), shape(html(u)));
        assertEquals(Arrays.toString(headerNames(k)), Arrays.toString(headerNames(u)));
        assertEquals("CONFIRMED", subscriber(known).getString("state"), "a request changes nothing until it is confirmed");
    }

    @Test
    void anIssueReachesExactlyTheConfirmedSubscribersOfItsProductsInTheirLanguageOnce() throws Exception {
        String product = newProduct();
        String other = newProduct();
        String nl = unique("issue-nl") + "@example.org";
        String en = unique("issue-en") + "@example.org";
        String pending = unique("issue-pending") + "@example.org";
        String otherProduct = unique("issue-other") + "@example.org";
        String left = unique("issue-left") + "@example.org";
        subscribeAndConfirm(nl, "nl", product);
        subscribeAndConfirm(en, "en", product, other);
        assertEquals(202, subscribe(pending, "nl", product).statusCode());
        subscribeAndConfirm(otherProduct, "nl", other);
        subscribeAndConfirm(left, "nl", product);
        unsubscribeByLink(left);

        var issue = send("POST", "/api/v1/newsletter-issues", json("subjectNl", "Nieuws " + product, "subjectEn", "News " + product,
                "bodyNl", "<p>Hallo <script>alert(1)</script><b>allen</b></p>", "bodyEn", "<p>Hello <b>all</b></p>",
                "products", strings(product), "version", 0), Api.newUser("editor"));
        assertEquals(201, issue.statusCode(), issue.body());
        JsonObject created = object(issue);
        assertFalse(created.getString("bodyNl").contains("script"), "sanitised on save");
        long id = created.getJsonNumber("id").longValue();
        var sent = send("POST", "/api/v1/newsletter-issues/" + id + "/send", json("version", created.getInt("version")), ADMIN);
        assertEquals(202, sent.statusCode(), sent.body());
        var twice = send("POST", "/api/v1/newsletter-issues/" + id + "/send", json("version", created.getInt("version")), ADMIN);
        assertEquals(409, twice.statusCode(), "sent once: the version moved on");

        JsonObject done = awaitIssue(id, 2);
        assertEquals("SENT", done.getString("status"));
        assertEquals(2, done.getInt("recipients"));

        MimeMessage toNl = awaitSubject(nl, "Nieuws " + product);
        MimeMessage toEn = awaitSubject(en, "News " + product);
        assertTrue(text(toNl).contains("Hallo allen"), text(toNl));
        assertTrue(text(toEn).contains("Hello all"), text(toEn));
        assertTrue(html(toNl).contains("<b>allen</b>"));
        // the issue is SENT: every copy is in the outbox; two more rounds of the sender hand over any that remain
        TestClock.twoMoreSenderRounds();
        for (String nobody : List.of(pending, otherProduct, left)) {
            assertTrue(messagesTo(nobody).stream().noneMatch(m -> subject(m).equals("Nieuws " + product) || subject(m).equals("News " + product)),
                    nobody + " must not get the issue");
        }
        assertEquals(1, messagesTo(nl).stream().filter(m -> subject(m).equals("Nieuws " + product)).count());
        assertEquals(1, messagesTo(en).stream().filter(m -> subject(m).equals("News " + product)).count());
    }

    @Test
    void oneClickUnsubscribeFromTheListUnsubscribeHeader() throws Exception {
        String product = newProduct();
        String email = unique("oneclick") + "@example.org";
        subscribeAndConfirm(email, "en", product);
        MimeMessage issue = sendIssueAndAwait(product, email);

        String listUnsubscribe = issue.getHeader("List-Unsubscribe", null);
        assertEquals("List-Unsubscribe=One-Click", issue.getHeader("List-Unsubscribe-Post", null));
        assertTrue(listUnsubscribe.startsWith("<") && listUnsubscribe.endsWith(">"), listUnsubscribe);
        URI url = URI.create(listUnsubscribe.substring(1, listUnsubscribe.length() - 1));
        assertTrue(url.getPath().endsWith("/api/v1/subscriptions/unsubscribe"), url.toString());

        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var getOnly = client.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(getOnly.statusCode() >= 400, "a GET (a link scanner) does not unsubscribe");
        assertEquals("CONFIRMED", subscriber(email).getString("state"));

        var oneClick = client.send(HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, oneClick.statusCode(), oneClick.body());
        assertEquals("UNSUBSCRIBED", subscriber(email).getString("state"));

        var forged = send("POST", "/api/v1/subscriptions/unsubscribe?token=" + URLEncoder.encode(
                subscriber(email).getJsonNumber("id") + ".forged", StandardCharsets.UTF_8), "", Api.Auth.NONE);
        assertEquals(400, forged.statusCode());
    }

    @Test
    void announcedMaintenanceIsMailedAndSoAreItsChangeAndCancellation() throws Exception {
        String product = newProduct();
        String email = unique("announce") + "@example.org";
        subscribeAndConfirm(email, "nl", product);
        Instant start = Instant.now().plus(Duration.ofDays(3));
        String title = unique("Onderhoud");
        var window = send("POST", "/api/v1/maintenance", json("products", strings(product), "startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(2)).toString(), "planned", true,
                "title", Json.createObjectBuilder().add("nl", title).add("en", title + " en").build(),
                "message", Json.createObjectBuilder().add("nl", "Korte onderbreking").add("en", "Short break").build()), ADMIN);
        assertEquals(201, window.statusCode(), window.body());
        JsonObject w = object(window);
        long windowId = w.getJsonNumber("id").longValue();

        var editor = Api.newUser("editor");
        var announced = send("POST", "/api/v1/newsletter-issues/announcements", json("windowId", windowId), editor);
        assertEquals(201, announced.statusCode(), announced.body());
        MimeMessage a = awaitSubject(email, "Gepland onderhoud: " + title);
        assertTrue(text(a).contains("Korte onderbreking"), text(a));
        assertEquals(400, send("POST", "/api/v1/newsletter-issues/announcements", json("windowId", windowId), editor).statusCode(),
                "announced once");

        var changed = send("PUT", "/api/v1/maintenance/" + windowId, json("products", strings(product),
                "startsAt", start.plus(Duration.ofHours(1)).toString(), "endsAt", start.plus(Duration.ofHours(3)).toString(),
                "planned", true, "title", w.getJsonObject("title"), "message", w.getJsonObject("message"),
                "version", w.getInt("version")), ADMIN);
        assertEquals(200, changed.statusCode(), changed.body());
        awaitSubject(email, "Gewijzigd onderhoud: " + title);

        var cancelled = send("DELETE", "/api/v1/maintenance/" + windowId + "?version=" + object(changed).getInt("version"), null, ADMIN);
        assertTrue(cancelled.statusCode() < 300, cancelled.body());
        awaitSubject(email, "Onderhoud geannuleerd: " + title);
    }

    @Test
    void anAnnouncementNamesProductsAndTimesInEachReadersLanguage() throws Exception {
        String code = unique("vault");
        var product = Json.createObjectBuilder().add("nameNl", "Sleutelkluis " + code.substring(6))
                .add("nameEn", "Key vault " + code.substring(6)).add("sortOrder", 90).add("dependsOnProducts", strings())
                .add("dependsOnExternal", strings()).add("version", 0).build();
        assertEquals(201, send("POST", "/api/v1/products", Json.createObjectBuilder().add("code", code).add("product", product)
                .build().toString(), ADMIN).statusCode());
        String dutch = unique("lezer") + "@example.org";
        String english = unique("reader") + "@example.org";
        subscribeAndConfirm(dutch, "nl", code);
        subscribeAndConfirm(english, "en", code);
        // 9:00 in Brussels, three days on, so that the mail's time is known to the minute
        Instant start = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).plusDays(3).atTime(9, 0)
                .atZone(java.time.ZoneId.of("Europe/Brussels")).toInstant();
        String title = unique("Vernieuwing");
        var window = send("POST", "/api/v1/maintenance", json("products", strings(code), "startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofMinutes(90)).toString(), "planned", true,
                "title", Json.createObjectBuilder().add("nl", title).add("en", title + " en").build()), ADMIN);
        assertEquals(201, window.statusCode(), window.body());
        var announced = send("POST", "/api/v1/newsletter-issues/announcements",
                json("windowId", object(window).getJsonNumber("id").longValue()), Api.newUser("editor"));
        assertEquals(201, announced.statusCode(), announced.body());

        String nl = text(awaitSubject(dutch, "Gepland onderhoud: " + title));
        assertTrue(nl.contains("Sleutelkluis " + code.substring(6)), nl);
        assertFalse(nl.contains(code), "the product by name, not by code: " + nl);
        assertTrue(nl.contains(" 09:00 (Belgische tijd)") && nl.contains(" 10:30 (Belgische tijd)"), nl);
        assertFalse(Pattern.compile("\\d\\d:\\d\\d:\\d\\d").matcher(nl).find(), "no seconds: " + nl);
        String en = text(awaitSubject(english, "Planned maintenance: " + title + " en"));
        assertTrue(en.contains("Key vault " + code.substring(6)), en);
        assertFalse(en.contains(code), en);
        assertTrue(en.contains(" 09:00 (Brussels time)"), en);
    }

    @Test
    void tooManyRequestsForOneAddressAreAcceptedButNotMailed() throws Exception {
        String product = newProduct();
        String email = unique("flood") + "@example.org";
        for (int i = 0; i < SubscriptionService.LIMIT_PER_ADDRESS + 2; i++) {
            assertEquals(202, subscribe(email, "nl", product).statusCode());
        }
        // each request queued its mail (or not) before it was answered
        assertEquals(SubscriptionService.LIMIT_PER_ADDRESS, outboxTo(email).size(), "queued up to the limit");
        awaitMessagesTo(email, SubscriptionService.LIMIT_PER_ADDRESS);
        TestClock.twoMoreSenderRounds();
        assertEquals(SubscriptionService.LIMIT_PER_ADDRESS, messagesTo(email).size());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        String email = unique("bad") + "@example.org";
        var badLanguage = subscribe(email, "fr", "sleutelbeheer");
        assertEquals(400, badLanguage.statusCode());
        assertEquals("language", object(badLanguage).getJsonArray("errors").getJsonObject(0).getString("field"));
        var unknownProduct = subscribe(email, "nl", "no-such-product");
        assertEquals(400, unknownProduct.statusCode());
        assertEquals("products", object(unknownProduct).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(array(get("/api/v1/subscribers?q=" + email, ADMIN)).isEmpty());
        assertEquals(401, get("/api/v1/subscribers").statusCode());
        assertEquals(403, get("/api/v1/subscribers", Api.newUser("operator")).statusCode());
        assertEquals(403, send("POST", "/api/v1/newsletter-issues", "{}", Api.newUser("operator")).statusCode());
    }

    @Test
    void erasureRemovesTheAddressAndVoidsLinksButKeepsCounts() throws Exception {
        String product = newProduct();
        String email = unique("erase") + "@example.org";
        subscribeAndConfirm(email, "nl", product);
        MimeMessage issue = sendIssueAndAwait(product, email);
        String manageToken = token(text(issue));
        JsonObject s = subscriber(email);
        long id = s.getJsonNumber("id").longValue();

        var export = get("/api/v1/subscribers/" + id + "/export", ADMIN);
        assertEquals(200, export.statusCode(), export.body());
        assertEquals(email, object(export).getJsonObject("subscriber").getString("email"));
        assertEquals(1, object(export).getJsonArray("received").size());
        assertEquals(403, get("/api/v1/subscribers/" + id + "/export", Api.newUser("editor")).statusCode());

        assertEquals(204, send("DELETE", "/api/v1/subscribers/" + id + "?version=" + s.getInt("version"), null, ADMIN).statusCode());
        assertTrue(array(get("/api/v1/subscribers?q=" + email, ADMIN)).isEmpty());
        JsonObject erased = object(get("/api/v1/subscribers/" + id + "/export", ADMIN));
        assertEquals("ERASED", erased.getJsonObject("subscriber").getString("state"));
        assertFalse(erased.toString().contains(email));
        assertEquals(1, erased.getJsonArray("received").size(), "the copy sent still counts");
        assertEquals(400, get("/api/v1/subscriptions/preferences?token=" + URLEncoder.encode(manageToken, StandardCharsets.UTF_8)).statusCode());
        assertTrue(array(get("/api/v1/outbox?max=500", ADMIN)).getValuesAs(JsonObject.class).stream()
                .noneMatch(m -> m.getString("recipient").equals(email)), "the outbox forgot the address too");
    }

    // --- helpers ---

    static MimeMessage sendIssueAndAwait(String product, String email) throws Exception {
        String subject = unique("Issue");
        var issue = send("POST", "/api/v1/newsletter-issues", json("subjectNl", subject, "subjectEn", subject,
                "bodyNl", "<p>Tekst</p>", "bodyEn", "<p>Text</p>", "products", strings(product), "version", 0), ADMIN);
        assertEquals(201, issue.statusCode(), issue.body());
        JsonObject created = object(issue);
        assertEquals(202, send("POST", "/api/v1/newsletter-issues/" + created.getJsonNumber("id") + "/send",
                json("version", created.getInt("version")), ADMIN).statusCode());
        return awaitSubject(email, subject);
    }

    static void unsubscribeByLink(String email) throws Exception {
        String product = subscriber(email).getJsonArray("products").getString(0);
        MimeMessage m = sendIssueAndAwait(product, email);
        var r = send("POST", "/api/v1/subscriptions/unsubscribe?token=" + token(text(m)), "", Api.Auth.NONE);
        assertEquals(200, r.statusCode(), r.body());
    }

    static JsonObject subscriber(String email) {
        var found = array(get("/api/v1/subscribers?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8), ADMIN));
        assertEquals(1, found.size(), found.toString());
        return found.getJsonObject(0);
    }

    static JsonObject awaitIssue(long id, int delivered) {
        return Wait.until("issue " + id + " delivered to " + delivered, Duration.ofSeconds(30),
                () -> object(get("/api/v1/newsletter-issues/" + id, ADMIN)),
                i -> "SENT".equals(i.getString("status")) && i.getInt("sent") >= delivered);
    }

    static MimeMessage awaitSubject(String to, String subject) {
        return Wait.until("a mail '" + subject + "' to " + to, Duration.ofSeconds(40),
                () -> messagesTo(to).stream().filter(x -> subject(x).equals(subject)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(String text) {
        Matcher m = TOKEN.matcher(text);
        assertTrue(m.find(), text);
        return java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    /** The mail with its address and tokens taken out: what remains must not tell two addresses apart. */
    static String shape(String s) {
        return s.replaceAll("token=[A-Za-z0-9_.%-]+", "token=T").replaceAll("[a-z0-9-]+@example\\.org", "A");
    }

    static String[] headerNames(MimeMessage m) throws Exception {
        return java.util.Collections.list(m.getAllHeaders()).stream().map(jakarta.mail.Header::getName).sorted().toArray(String[]::new);
    }

    static String text(MimeMessage m) throws Exception {
        return part(m.getContent(), "text/plain");
    }

    static String html(MimeMessage m) throws Exception {
        return part(m.getContent(), "text/html");
    }

    private static String part(Object content, String type) throws Exception {
        if (content instanceof String s) {
            return type.equals("text/plain") ? s : "";
        }
        Multipart mp = (Multipart) content;
        for (int i = 0; i < mp.getCount(); i++) {
            BodyPart p = mp.getBodyPart(i);
            if (p.isMimeType(type)) {
                return (String) p.getContent();
            }
        }
        return "";
    }

}
