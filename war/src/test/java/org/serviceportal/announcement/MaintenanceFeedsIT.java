package org.serviceportal.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.announcement.Fixtures.request;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.PortalServer;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The iCalendar and Atom feeds read back by the libraries calendar and feed readers use, and
 * maintenance that is cancelled instead of deleted. Each test makes its own product.
 */
@ExtendWith(PortalServer.class)
class MaintenanceFeedsIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static Calendar calendar(String product, String lang) throws Exception {
        var response = request("GET", "/api/v1/maintenance.ics?product=" + product + "&lang=" + lang);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        return calendar;
    }

    private static Map<String, VEvent> eventsByUid(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().collect(Collectors.toMap(
                e -> e.getUid().orElseThrow().getValue(), Function.identity()));
    }

    private static String value(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String uidPrefix(JsonObject window) {
        return "maintenance-" + window.getJsonNumber("id") + "@";
    }

    private static VEvent event(Map<String, VEvent> events, JsonObject window) {
        return events.entrySet().stream().filter(e -> e.getKey().startsWith(uidPrefix(window))).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + uidPrefix(window) + " in " + events.keySet()));
    }

    @Test
    void theCalendarKeepsUidsBumpsTheSequenceOnChangesAndKeepsCancelledEvents() throws Exception {
        Auth editor = Api.newUser("editor");
        String p = Fixtures.product(false);
        Instant start = NOW.plus(Duration.ofDays(3));
        var kept = Fixtures.window(editor, p, start, start.plus(Duration.ofHours(2)), "Blijft", "Stays");
        var moved = Fixtures.window(editor, p, start.plus(Duration.ofDays(1)), start.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)),
                "Verschoven", "Moved");
        var dropped = Fixtures.window(editor, p, start.plus(Duration.ofDays(2)), start.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)),
                "Afgelast", "Dropped");

        Map<String, VEvent> before = eventsByUid(calendar(p, "en"));
        assertEquals(3, before.size(), before.keySet().toString());
        VEvent first = event(before, kept);
        assertEquals("Stays", value(first, "SUMMARY"));
        assertEquals("Message Stays", value(first, "DESCRIPTION"));
        assertEquals("0", value(first, "SEQUENCE"));
        assertEquals("CONFIRMED", value(first, "STATUS"));
        assertEquals(start, Instant.from(first.getDateTimeStart().getDate()));
        assertEquals(start.plus(Duration.ofHours(2)), Instant.from(first.getDateTimeEnd().getDate()));

        Instant newStart = start.plus(Duration.ofDays(1)).plus(Duration.ofHours(5));
        var update = send("PUT", "/api/v1/maintenance/" + moved.getJsonNumber("id"), Fixtures.windowJson(p, newStart,
                newStart.plus(Duration.ofHours(1)), true, "Verschoven", "Moved", moved.getJsonNumber("version").longValue()), editor);
        assertEquals(200, update.statusCode(), update.body());
        Fixtures.cancel(editor, dropped);

        Map<String, VEvent> after = eventsByUid(calendar(p, "en"));
        assertEquals(before.keySet(), after.keySet(), "UIDs are stable and cancelled events stay");
        assertEquals("0", value(event(after, kept), "SEQUENCE"));
        VEvent changed = event(after, moved);
        assertEquals("1", value(changed, "SEQUENCE"));
        assertEquals(newStart, Instant.from(changed.getDateTimeStart().getDate()));
        VEvent cancelled = event(after, dropped);
        assertEquals("CANCELLED", value(cancelled, "STATUS"));
        assertEquals("1", value(cancelled, "SEQUENCE"));

        assertEquals("Blijft", value(event(eventsByUid(calendar(p, "nl")), kept), "SUMMARY"));
        assertTrue(eventsByUid(calendar(Fixtures.product(false), "en")).isEmpty(), "the product filter holds");
    }

    @Test
    void aCancelledWindowStaysReadableButCountsNowhere() {
        Auth editor = Api.newUser("editor");
        String p = Fixtures.product(false);
        var w = Fixtures.window(editor, p, NOW.minus(Duration.ofMinutes(30)), NOW.plus(Duration.ofMinutes(30)), "Nu", "Now");
        assertEquals("MAINTENANCE", status(p));
        Fixtures.cancel(editor, w);

        JsonObject stored = object(get("/api/v1/maintenance/" + w.getJsonNumber("id")));
        assertNotNull(stored.getString("cancelledAt", null), stored.toString());
        assertTrue(stored.getString("cancelledBy").startsWith("editor-"));
        assertEquals(1, stored.getInt("sequence"));
        assertEquals("OPERATIONAL", status(p));
        assertTrue(array(get("/api/v1/maintenance?product=" + p)).isEmpty());
        var again = send("PUT", "/api/v1/maintenance/" + w.getJsonNumber("id"), Fixtures.windowJson(p, NOW,
                NOW.plus(Duration.ofHours(1)), true, "Nu", "Now", stored.getJsonNumber("version").longValue()), editor);
        assertEquals(400, again.statusCode(), "a cancelled window is not changed any more");
        assertTrue(Api.isProblem(again));
        var anonymous = send("DELETE", "/api/v1/maintenance/" + w.getJsonNumber("id") + "?version=0", null, Api.Auth.NONE);
        assertEquals(401, anonymous.statusCode());
    }

    private static String status(String product) {
        return array(get("/api/v1/products")).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(product)).findFirst().orElseThrow().getString("status");
    }

    @Test
    void theAtomFeedIsValidAndCarriesAnnouncementsAndStatusChanges() throws Exception {
        Auth editor = Api.newUser("editor");
        Auth operator = Api.newUser("operator");
        String p = Fixtures.product(false);
        var w = Fixtures.window(editor, p, NOW.plus(Duration.ofDays(4)), NOW.plus(Duration.ofDays(4)).plus(Duration.ofHours(1)),
                "Aangekondigd", "Announced");
        var gone = Fixtures.window(editor, p, NOW.plus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(5)).plus(Duration.ofHours(1)),
                "Weg", "Gone");
        Fixtures.cancel(editor, gone);
        var outage = send("POST", "/api/v1/outages", Api.json("product", p, "startedAt", NOW.minus(Duration.ofHours(2)).toString(),
                "endedAt", NOW.minus(Duration.ofHours(1)).toString(), "severity", "PARTIAL", "cause", "test"), operator);
        assertEquals(201, outage.statusCode(), outage.body());
        long outageId = object(outage).getJsonNumber("id").longValue();

        var response = request("GET", "/api/v1/announcements.atom?product=" + p + "&lang=en");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));

        // RFC 4287: the feed has id, title, updated and an author; every entry id, title, updated
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
        String atom = "http://www.w3.org/2005/Atom";
        Element root = doc.getDocumentElement();
        assertEquals(atom, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertTrue(directChildren(root, atom, required) == 1, "feed/" + required);
        }
        var entries = root.getElementsByTagNameNS(atom, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated")) {
                assertEquals(1, directChildren(e, atom, required), "entry/" + required);
            }
        }

        Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        Map<String, Entry> byId = feed.getEntries().stream().collect(Collectors.toMap(Entry::getId, Function.identity()));
        assertEquals("Maintenance: Announced", byId.get("urn:service-portal:maintenance-" + w.getJsonNumber("id") + "-0").getTitle());
        assertEquals("Cancelled maintenance: Gone",
                byId.get("urn:service-portal:maintenance-" + gone.getJsonNumber("id") + "-1").getTitle());
        assertTrue(byId.containsKey("urn:service-portal:outage-" + outageId + "-started"), byId.keySet().toString());
        assertTrue(byId.containsKey("urn:service-portal:outage-" + outageId + "-ended"), byId.keySet().toString());
        assertEquals(4, byId.size(), byId.keySet().toString());
        var updated = feed.getEntries().stream().map(Entry::getUpdated).toList();
        assertEquals(updated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), updated, "newest first");
        assertFalse(request("GET", "/api/v1/announcements.atom?lang=nl").body().isEmpty());
        assertEquals(404, request("GET", "/api/v1/announcements.atom?product=no-such-product").statusCode());
    }

    @Test
    void feedsAndTheMaintenancePageLinkToTheAddressTheyWereAskedAt() throws Exception {
        // The test portal runs without portal.base-url, as a fresh install does.
        Auth editor = Api.newUser("editor");
        String p = Fixtures.product(false);
        Instant start = NOW.plus(Duration.ofDays(2));
        Fixtures.window(editor, p, start, start.plus(Duration.ofHours(1)), "Adres", "Address");
        String port = ":" + PortalServer.base().getPort();
        for (String host : List.of("127.0.0.1", "localhost")) {
            String base = "http://" + host + port;
            var client = java.net.http.HttpClient.newHttpClient();
            String atom = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                    + "/api/v1/announcements.atom?product=" + p + "&lang=en")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            Feed feed = (Feed) new WireFeedInput().build(new StringReader(atom));
            assertFalse(feed.getEntries().isEmpty(), atom);
            for (Entry e : feed.getEntries()) {
                assertTrue(e.getAlternateLinks().get(0).getHref().startsWith(base + "/public/"), atom);
            }
            String ics = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                    + "/api/v1/maintenance.ics?product=" + p)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(ics.contains("URL:" + base + "/public/maintenance.xhtml"), ics);
            String page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                    + "/public/maintenance.xhtml")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains(base + "/api/v1/maintenance.ics"), page);
            assertFalse(page.contains("localhost:8080"), page);
        }
    }

    @Test
    void theAtomFeedNamesProductsAndSeveritiesInTheReadersLanguage() throws Exception {
        Auth editor = Api.newUser("editor");
        Auth operator = Api.newUser("operator");
        String code = "feed-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var product = jakarta.json.Json.createObjectBuilder().add("code", code).add("product", jakarta.json.Json.createObjectBuilder()
                .add("nameNl", "Sleutelkluis " + code.substring(5)).add("nameEn", "Key vault " + code.substring(5))
                .add("sortOrder", 90).add("dependsOnProducts", jakarta.json.Json.createArrayBuilder())
                .add("dependsOnExternal", jakarta.json.Json.createArrayBuilder()).add("version", 0)).build().toString();
        assertEquals(201, send("POST", "/api/v1/products", product, Api.ADMIN).statusCode());
        var w = Fixtures.window(editor, code, NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(3)).plus(Duration.ofHours(1)),
                "Onderhoud sleutelkluis", "Key vault maintenance");
        var outage = send("POST", "/api/v1/outages", Api.json("product", code, "startedAt", NOW.minus(Duration.ofHours(2)).toString(),
                "endedAt", NOW.minus(Duration.ofHours(1)).toString(), "severity", "MAJOR", "cause", "test"), operator);
        assertEquals(201, outage.statusCode(), outage.body());
        long outageId = object(outage).getJsonNumber("id").longValue();

        Map<String, Entry> nl = entries(code, "nl");
        Map<String, Entry> en = entries(code, "en");
        String maintenance = "urn:service-portal:maintenance-" + w.getJsonNumber("id") + "-0";
        assertEquals("Onderhoud sleutelkluis", nl.get(maintenance).getTitle(), "a title that says maintenance is not told so twice");
        assertEquals("Key vault maintenance", en.get(maintenance).getTitle());
        String started = "urn:service-portal:outage-" + outageId + "-started";
        String ended = "urn:service-portal:outage-" + outageId + "-ended";
        assertEquals("Onderbreking begonnen: Sleutelkluis " + code.substring(5), nl.get(started).getTitle());
        assertEquals("Outage ended: Key vault " + code.substring(5), en.get(ended).getTitle());
        String nlText = nl.get(ended).getSummary().getValue() + " " + nl.get(maintenance).getSummary().getValue();
        String enText = en.get(ended).getSummary().getValue() + " " + en.get(maintenance).getSummary().getValue();
        assertTrue(nlText.contains("Ernst: Storing."), nlText);
        assertTrue(nlText.contains("Producten: Sleutelkluis " + code.substring(5)), nlText);
        assertTrue(enText.contains("Severity: Major outage."), enText);
        assertTrue(enText.contains("Products: Key vault " + code.substring(5)), enText);
        for (String text : List.of(nlText, enText)) {
            assertFalse(text.contains("MAJOR"), "no enum names: " + text);
            assertFalse(text.contains(code), "no codes: " + text);
            assertFalse(java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d|\\d\\d:\\d\\d:\\d\\d").matcher(text).find(),
                    "dates as people write them, without seconds: " + text);
        }
    }

    private static Map<String, Entry> entries(String product, String lang) throws Exception {
        var response = request("GET", "/api/v1/announcements.atom?product=" + product + "&lang=" + lang);
        assertEquals(200, response.statusCode(), response.body());
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.body()));
        return feed.getEntries().stream().collect(Collectors.toMap(Entry::getId, Function.identity()));
    }

    private static int directChildren(Element parent, String ns, String name) {
        int n = 0;
        for (var c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                n++;
            }
        }
        return n;
    }
}
