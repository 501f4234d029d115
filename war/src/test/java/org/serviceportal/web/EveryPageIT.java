package org.serviceportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.Mailbox;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.Wait;

/**
 * Every page, public and staff, in Dutch and English, on a phone (390 px) and a laptop (1366 px):
 * the page never scrolls sideways, and axe-core finds no WCAG A/AA violation of any impact. Pages
 * that show one thing (an outage, a maintenance window, an incident, a subscription) show a real one
 * made through the API. Each width runs the whole list and reports every failure at once.
 */
@ExtendWith(PortalServer.class)
class EveryPageIT {

    private static final Pattern MANAGE = Pattern.compile("newsletter-manage\\.xhtml\\?[^\\s\"<>]*?token=([A-Za-z0-9_.%-]+)");
    private static final Pattern CONFIRM = Pattern.compile("token=([A-Za-z0-9_.%-]+)");

    private static String product;
    private static JsonObject outage;
    private static Instant outageStart;
    private static String windowId;
    private static String incidentReference;
    private static String followPath;
    private static String confirmToken;
    private static String manageToken;
    private static Api.Auth operator;

    @BeforeAll
    static void makeWhatThePagesShow() throws Exception {
        product = "every-" + UUID.randomUUID().toString().substring(0, 8);
        var created = send("POST", "/api/v1/products", json("code", product, "product", Json.createObjectBuilder()
                .add("nameNl", "Elke pagina " + product).add("nameEn", "Every page " + product).add("sortOrder", 97)
                .add("dependsOnProducts", strings()).add("dependsOnExternal", strings()).add("version", 0).build()),
                Api.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        operator = Api.newUser("operator");

        // a confirmed subscriber of this product, so that the outage below mails it a manage link
        String email = "every-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var subscribed = subscribe(json("email", email, "language", "nl", "products", strings(product)));
        assertEquals(202, subscribed.statusCode(), subscribed.body());
        MimeMessage confirmation = Wait.until("the confirmation mail to " + email, Duration.ofSeconds(30),
                () -> Mailbox.messagesTo(email).stream().findFirst(), Optional::isPresent).orElseThrow();
        confirmToken = first(CONFIRM, text(confirmation));
        var confirmed = send("POST", "/api/v1/subscriptions/confirmation", json("token", confirmToken), Api.Auth.NONE);
        assertEquals(200, confirmed.statusCode(), confirmed.body());

        outageStart = Instant.now().minusSeconds(900);
        var o = send("POST", "/api/v1/outages", json("product", product, "startedAt", outageStart.toString(),
                "severity", "PARTIAL", "cause", "Certificate expired on the login server",
                "title", Json.createObjectBuilder().add("nl", "Aanmelden mislukt soms").add("en", "Sign-in fails at times").build()),
                operator);
        assertEquals(201, o.statusCode(), o.body());
        outage = object(o);
        var update = send("POST", "/api/v1/outages/" + outage.getJsonNumber("id") + "/updates", json("status", "IDENTIFIED",
                "message", Json.createObjectBuilder().add("nl", "De oorzaak is gevonden: een verlopen certificaat.")
                        .add("en", "The cause is found: an expired certificate.").build()), operator);
        assertEquals(201, update.statusCode(), update.body());
        manageToken = Wait.until("a mail with a manage link to " + email, Duration.ofSeconds(40),
                () -> Mailbox.messagesTo(email).stream().map(EveryPageIT::text).filter(t -> MANAGE.matcher(t).find())
                        .findFirst(), Optional::isPresent).map(t -> first(MANAGE, t)).orElseThrow();

        Instant start = Instant.now().plus(Duration.ofDays(20));
        var w = send("POST", "/api/v1/maintenance", Json.createObjectBuilder().add("products", strings(product))
                .add("startsAt", start.toString()).add("endsAt", start.plus(Duration.ofHours(2)).toString())
                .add("planned", true)
                .add("title", Json.createObjectBuilder().add("nl", "Nieuwe versie van de aanmeldpagina")
                        .add("en", "New version of the sign-in page"))
                .add("message", Json.createObjectBuilder().add("nl", "Tijdens het onderhoud kun je niet aanmelden.")
                        .add("en", "During the maintenance you cannot sign in."))
                .add("version", 0).build().toString(), operator);
        assertEquals(201, w.statusCode(), w.body());
        windowId = object(w).getJsonNumber("id").toString();

        var incident = send("POST", "/api/v1/incidents", Json.createObjectBuilder().add("product", product)
                .add("impact", "HIGH").add("urgency", "MEDIUM").add("description", "Sign-in shows an error page after the eID step")
                .add("reporter", Json.createObjectBuilder().add("name", "An Peeters").add("email", email)
                        .add("organisation", "Agentschap Voorbeeld"))
                .build().toString(), Api.Auth.NONE);
        assertEquals(201, incident.statusCode(), incident.body());
        incidentReference = object(incident).getString("reference");
        URI follow = URI.create(object(incident).getString("followUrl"));
        followPath = follow.getRawPath() + "?" + follow.getRawQuery();
    }

    @AfterAll
    static void endTheOutage() {
        if (outage == null) {
            return;
        }
        var current = object(Api.get("/api/v1/outages/" + outage.getJsonNumber("id"), operator));
        var closed = send("PUT", "/api/v1/outages/" + outage.getJsonNumber("id"), json("product", product,
                "startedAt", outageStart.toString(), "endedAt", Instant.now().toString(), "severity", "PARTIAL",
                "cause", "Certificate expired on the login server", "version", current.getInt("version")), operator);
        assertEquals(200, closed.statusCode(), closed.body());
    }

    /** The public pages, as a visitor without a session reaches them. */
    private static List<String> publicPages() {
        return List.of("/", "/public/status.xhtml", "/public/availability.xhtml",
                "/public/availability.xhtml?product=" + product + "&per=quarter",
                "/public/maintenance.xhtml", "/public/maintenance-window.xhtml?id=" + windowId,
                "/public/outage.xhtml?id=" + outage.getJsonNumber("id"), "/public/conditions.xhtml",
                "/public/faq.xhtml", "/public/faq.xhtml?q=sleutel", "/public/faq.xhtml?q=zzzz-nothing",
                "/public/report.xhtml", followPath, "/public/escalation.xhtml", "/public/escalation-request.xhtml",
                "/public/newsletter.xhtml", "/public/newsletter-confirm.xhtml?token=" + encode(confirmToken),
                "/public/newsletter-manage.xhtml?token=" + encode(manageToken),
                "/public/newsletter-unsubscribe.xhtml?token=" + encode(manageToken),
                "/public/newsletter-manage.xhtml?token=not-a-token",
                "/login.xhtml", "/sign-in-refused.xhtml", "/no-such-page.xhtml", "/error/403.xhtml", "/error/500.xhtml",
                "/error/expired.xhtml");
    }

    /** Every page of the administration, as the administrator sees it. */
    private static List<String> adminPages() {
        return List.of("/admin/index.xhtml", "/admin/audit.xhtml", "/admin/backups.xhtml", "/admin/calendars.xhtml",
                "/admin/escalation-contacts.xhtml", "/admin/external-services.xhtml", "/admin/faq.xhtml",
                "/admin/incident-matrix.xhtml", "/admin/incident.xhtml?reference=" + incidentReference,
                "/admin/incidents.xhtml", "/admin/log-incident.xhtml", "/admin/maintenance.xhtml",
                "/admin/newsletter.xhtml", "/admin/outages.xhtml", "/admin/outbox.xhtml", "/admin/products.xhtml",
                "/admin/second-factor.xhtml", "/admin/sla-targets.xhtml", "/admin/subscribers.xhtml",
                "/admin/support-lines.xhtml", "/admin/tokens.xhtml", "/admin/users.xhtml", "/admin/webhooks.xhtml");
    }

    @ParameterizedTest(name = "public pages at {0} px")
    @ValueSource(ints = {390, 1366})
    void everyPublicPageFitsItsWidthAndPassesAxe(int width) {
        try (var b = new Browser()) {
            b.viewport(width, 900);
            assertEquals(width, b.innerWidth(), "the viewport is as wide as asked");
            assertEquals("", check(b, publicPages(), width));
        }
    }

    @ParameterizedTest(name = "admin pages at {0} px")
    @ValueSource(ints = {390, 1366})
    void everyAdminPageFitsItsWidthAndPassesAxe(int width) {
        try (var b = new Browser()) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            b.viewport(width, 900);
            assertEquals(width, b.innerWidth(), "the viewport is as wide as asked");
            assertEquals("", check(b, adminPages(), width));
        }
    }

    /** Opens each page in both languages and answers what failed, one line per problem; empty when nothing. */
    private static String check(Browser b, List<String> pages, int width) {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("nl", "en")) {
            for (String page : pages) {
                b.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                if (!lang.equals(b.htmlLang())) {
                    problems.add(lang + " " + page + ": html lang is " + b.htmlLang());
                }
                if (b.all("h1").size() != 1) {
                    problems.add(lang + " " + page + ": " + b.all("h1").size() + " h1 headings");
                }
                String overflow = b.overflowReport();
                if (!overflow.isEmpty()) {
                    problems.add(lang + " " + page + " at " + width + ": " + overflow);
                    b.screenshot("every-page-" + width + "-" + lang + page.replaceAll("[^A-Za-z0-9]+", "-"));
                }
                String axe = b.axeReport(true);
                if (!axe.isEmpty()) {
                    problems.add(lang + " " + page + " at " + width + ": " + axe.replace("\n", "\n    "));
                }
            }
        }
        return String.join("\n", problems);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), text);
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    /** A mail's plain text. */
    private static String text(MimeMessage m) {
        try {
            return plain(m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        StringBuilder all = new StringBuilder();
        if (content instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart part = mp.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    all.append(plain(part.getContent())).append('\n');
                }
            }
        }
        return all.toString();
    }

    /** A subscription from an address of its own, as the API's per-address throttle counts them. */
    private static HttpResponse<String> subscribe(String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(PortalServer.uri("/api/v1/subscriptions")).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("X-Forwarded-For", "198.51.100." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
