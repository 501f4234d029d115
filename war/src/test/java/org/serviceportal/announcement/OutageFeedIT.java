package org.serviceportal.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.announcement.Fixtures.request;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.PortalServer;

/**
 * The Atom feed of outage notices, read back with ROME, in Dutch and English: one entry per outage
 * with a stable id, titled with the product's name in the feed's language, updated when it is
 * resolved, served like the other feeds. Each test makes its own product.
 */
@ExtendWith(PortalServer.class)
class OutageFeedIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static String[] product() {
        String code = "feed-" + UUID.randomUUID().toString().substring(0, 8);
        var body = Json.createObjectBuilder().add("code", code).add("product", Json.createObjectBuilder()
                .add("nameNl", "Poortwachter " + code).add("nameEn", "Gatekeeper " + code).add("sortOrder", 92)
                .add("dependsOnProducts", strings()).add("dependsOnExternal", strings()).add("version", 0)).build().toString();
        var response = send("POST", "/api/v1/products", body, Api.ADMIN);
        assertEquals(201, response.statusCode(), response.body());
        return new String[] {code, "Poortwachter " + code, "Gatekeeper " + code};
    }

    private static Feed feed(String product, String lang) throws Exception {
        var response = request("GET", "/api/v1/outages.atom?product=" + product + "&lang=" + lang);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        return feed;
    }

    private static Map<String, Entry> byId(Feed feed) {
        return feed.getEntries().stream().collect(Collectors.toMap(Entry::getId, Function.identity()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void oneEntryPerOutageInTheFeedsLanguageWithProductNamesUpdatedWhenResolved(String lang) throws Exception {
        boolean nl = lang.equals("nl");
        String[] p = product();
        String name = nl ? p[1] : p[2];
        var operator = Api.newUser("operator");
        Instant started = NOW.minus(Duration.ofHours(3));
        var past = send("POST", "/api/v1/outages", json("product", p[0], "startedAt", NOW.minus(Duration.ofDays(2)).toString(),
                "endedAt", NOW.minus(Duration.ofDays(2)).plus(Duration.ofHours(1)).toString(), "severity", "MAJOR"), operator);
        assertEquals(201, past.statusCode(), past.body());
        var ongoing = send("POST", "/api/v1/outages", json("product", p[0], "startedAt", started.toString(), "severity", "PARTIAL"),
                operator);
        assertEquals(201, ongoing.statusCode(), ongoing.body());
        JsonObject o = object(ongoing);
        String pastId = "urn:service-portal:outage-" + object(past).getJsonNumber("id");
        String ongoingId = "urn:service-portal:outage-" + o.getJsonNumber("id");

        Feed feed = feed(p[0], lang);
        assertEquals(nl ? "Serviceportaal: storingen" : "Service portal: outages", feed.getTitleEx().getValue());
        Map<String, Entry> entries = byId(feed);
        assertEquals(2, entries.size(), entries.keySet().toString());
        Entry now = entries.get(ongoingId);
        assertEquals(nl ? "Storing: " + name : "Outage: " + name, now.getTitle());
        assertEquals(Date.from(started), now.getUpdated());
        assertTrue(now.getSummary().getValue().contains(nl ? "Gedeeltelijke storing" : "Partial outage"), now.getSummary().getValue());
        assertTrue(now.getAlternateLinks().get(0).getHref().contains("/public/status.xhtml?lang=" + lang));
        assertEquals(nl ? "Opgelost: storing " + name : "Resolved: outage of " + name, entries.get(pastId).getTitle());
        assertEquals(ongoingId, feed.getEntries().get(0).getId(), "newest change first");

        Instant ended = NOW.minus(Duration.ofMinutes(5));
        var resolved = send("PUT", "/api/v1/outages/" + o.getJsonNumber("id"), json("product", p[0], "startedAt", started.toString(),
                "endedAt", ended.toString(), "severity", "PARTIAL", "version", o.getInt("version")), operator);
        assertEquals(200, resolved.statusCode(), resolved.body());
        Map<String, Entry> after = byId(feed(p[0], lang));
        assertEquals(2, after.size(), "the same entry, updated: " + after.keySet());
        assertEquals(nl ? "Opgelost: storing " + name : "Resolved: outage of " + name, after.get(ongoingId).getTitle());
        assertEquals(Date.from(ended), after.get(ongoingId).getUpdated());

        assertEquals(404, request("GET", "/api/v1/outages.atom?product=no-such-product").statusCode());
        assertEquals(400, request("GET", "/api/v1/outages.atom?lang=fr").statusCode());
        assertEquals(200, request("GET", "/api/v1/outages.atom").statusCode());
    }
}
