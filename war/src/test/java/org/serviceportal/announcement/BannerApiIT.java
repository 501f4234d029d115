package org.serviceportal.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.announcement.Fixtures.request;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.PortalServer;

/**
 * {@code /api/v1/banners} as a login page of another application calls it: what is in it for
 * windows in the past, ongoing, upcoming within and beyond the horizon, cancelled; per product and
 * language; entity tags and 304; CORS. Each test makes its own product.
 */
@ExtendWith(PortalServer.class)
class BannerApiIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static JsonArray banner(String product, String lang) {
        var response = request("GET", "/api/v1/banners?product=" + product + "&lang=" + lang);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return array(response);
    }

    private static List<String> ids(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(i -> i.getString("id")).toList();
    }

    private static JsonObject item(JsonArray items, String id) {
        return items.getValuesAs(JsonObject.class).stream().filter(i -> i.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + items));
    }

    private static String id(JsonObject window) {
        return "maintenance-" + window.getJsonNumber("id");
    }

    @Test
    void showsOngoingAndUpcomingWithinTheHorizonButNotPastFarOrCancelledMaintenance() {
        Auth editor = Api.newUser("editor");
        String p = Fixtures.product(false);
        String other = Fixtures.product(false);
        var past = Fixtures.window(editor, p, NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2)), "Voorbij", "Past");
        var ongoing = Fixtures.window(editor, p, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)), "Bezig", "Ongoing");
        var soon = Fixtures.window(editor, p, NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)),
                "Binnenkort", "Soon");
        var far = Fixtures.window(editor, p, NOW.plus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(20)).plus(Duration.ofHours(2)),
                "Later", "Later");
        var cancelled = Fixtures.window(editor, p, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)),
                "Geannuleerd", "Cancelled");
        var elsewhere = Fixtures.window(editor, other, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)), "Ander", "Other");
        Fixtures.cancel(editor, cancelled);

        JsonArray en = banner(p, "en");
        assertEquals(List.of(id(ongoing), id(soon)), ids(en), en.toString());
        JsonObject now = item(en, id(ongoing));
        assertEquals("MAINTENANCE", now.getString("kind"));
        assertEquals("WARNING", now.getString("severity"));
        assertEquals("Ongoing", now.getString("title"));
        assertEquals("Message Ongoing", now.getString("message"));
        assertEquals(NOW.minus(Duration.ofHours(1)), Instant.parse(now.getString("startsAt")));
        assertEquals(NOW.plus(Duration.ofHours(1)), Instant.parse(now.getString("endsAt")));
        assertEquals(List.of(p), now.getJsonArray("products").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals("INFO", item(en, id(soon)).getString("severity"));

        JsonArray nl = banner(p, "nl");
        assertEquals(List.of(id(ongoing), id(soon)), ids(nl));
        assertEquals("Bezig", item(nl, id(ongoing)).getString("title"));
        assertEquals("Bericht Binnenkort", item(nl, id(soon)).getString("message"));

        assertEquals(List.of(id(elsewhere)), ids(banner(other, "en")));
        List<String> all = ids(array(request("GET", "/api/v1/banners?lang=en")));
        assertTrue(all.containsAll(List.of(id(ongoing), id(soon), id(elsewhere))), all.toString());
        assertFalse(all.contains(id(past)) || all.contains(id(far)) || all.contains(id(cancelled)), all.toString());
        // Dutch is the default language
        assertEquals("Bezig", item(array(request("GET", "/api/v1/banners?product=" + p)), id(ongoing)).getString("title"));
    }

    @Test
    void answers304ForAMatchingEntityTagAndANewTagAfterAChange() {
        Auth editor = Api.newUser("editor");
        String p = Fixtures.product(false);
        var w = Fixtures.window(editor, p, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)),
                "Eerst", "First");
        String path = "/api/v1/banners?product=" + p + "&lang=en";
        var first = request("GET", path);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String cache = first.headers().firstValue("Cache-Control").orElseThrow();
        assertTrue(cache.contains("max-age=") && !cache.contains("no-store"), cache);

        var again = request("GET", path, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, request("GET", path, "If-None-Match", "\"other\", " + etag).statusCode());
        assertEquals(200, request("GET", path, "If-None-Match", "\"other\"").statusCode());

        var changed = send("PUT", "/api/v1/maintenance/" + w.getJsonNumber("id"), Fixtures.windowJson(p,
                NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(3)), true, "Eerst", "First changed",
                w.getJsonNumber("version").longValue()), editor);
        assertEquals(200, changed.statusCode(), changed.body());
        var after = request("GET", path, "If-None-Match", etag);
        assertEquals(200, after.statusCode(), "a change must show at once");
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        JsonObject item = item(array(after), id(w));
        assertEquals("First changed", item.getString("title"));
        assertTrue(item.getJsonNumber("version").longValue() > 0, "the version changes with what it says");
    }

    @Test
    void isOpenToPagesOfEveryOriginWithoutCredentials() {
        String p = Fixtures.product(false);
        var response = request("GET", "/api/v1/banners?product=" + p + "&lang=nl", "Origin", "https://app.example.org");
        assertEquals(200, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no cookie on the hot path");
        assertEquals("[]", response.body());

        var preflight = request("OPTIONS", "/api/v1/banners?product=" + p, "Origin", "https://app.example.org",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match");
        assertTrue(preflight.statusCode() == 204 || preflight.statusCode() == 200, "preflight " + preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));

        var script = request("GET", "/banner.js", "Origin", "https://app.example.org");
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals("*", script.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(script.headers().firstValue("Cache-Control").orElse("").contains("max-age="));
        assertTrue(script.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 5 * 1024,
                "banner.js is " + script.body().length() + " bytes");
        assertTrue(script.body().contains("\"Sluiten\"") && script.body().contains("\"Close\""));
        assertEquals(304, request("GET", "/banner.js", "If-None-Match",
                script.headers().firstValue("ETag").orElseThrow()).statusCode());
    }

    @Test
    void checksCredentialsSentWithTheBannerAsEveryEndpointDoes() {
        // anonymous reads skip authentication; a request that carries credentials does not
        String p = Fixtures.product(false);
        String path = "/api/v1/banners?product=" + p + "&lang=en";
        var wrong = Api.get(path, Auth.basic("admin", "not-the-password"));
        assertEquals(401, wrong.statusCode());
        assertTrue(Api.isProblem(wrong));
        var right = Api.get(path, Api.ADMIN);
        assertEquals(200, right.statusCode(), right.body());
        assertEquals("[]", right.body());
        var anonymousHead = request("HEAD", path);
        assertEquals(200, anonymousHead.statusCode());
        assertTrue(anonymousHead.headers().firstValue("ETag").isPresent());
        // the shortcut is for this exact path only: its neighbours are authenticated as before
        var feed = Api.get("/api/v1/maintenance", Auth.basic("admin", "not-the-password"));
        assertEquals(401, feed.statusCode());
    }

    @Test
    void showsOngoingOutagesAndFasDownButTheEidFallBackOnlyOnceItIsSwitchedOn() {
        Auth operator = Api.newUser("operator");
        String p = Fixtures.product(true);
        Instant start = NOW.minus(Duration.ofMinutes(10));
        var outage = send("POST", "/api/v1/outages", json("product", p, "startedAt", start.toString(),
                "severity", "MAJOR", "causedBy", "fas", "cause", "FAS down"), operator);
        assertEquals(201, outage.statusCode(), outage.body());
        JsonObject o = object(outage);
        try {
            JsonArray en = banner(p, "en");
            JsonObject down = item(en, "outage-" + o.getJsonNumber("id"));
            assertEquals("OUTAGE", down.getString("kind"));
            assertEquals("CRITICAL", down.getString("severity"));
            assertEquals("Product " + p + " is unavailable", down.getString("title"));
            assertEquals(start, Instant.parse(down.getString("startsAt")));
            JsonObject fas = item(en, "external-fas");
            assertEquals("Federal Authentication Service (FAS) is unavailable", fas.getString("title"));
            assertTrue(fas.getString("message").contains("Product " + p), fas.toString());
            assertFalse(fas.getString("message").contains("eID"), "no back-up promised before its activation: " + fas);
            assertFalse(ids(en).contains("fallback-fas"), en.toString());
            assertTrue(item(banner(p, "nl"), "external-fas").getString("title").contains("Federale authenticatiedienst"));

            var on = send("PUT", "/api/v1/external-services/fas/fallback", json("active", true), operator);
            assertEquals(200, on.statusCode(), on.body());
            try {
                en = banner(p, "en");
                JsonObject fallback = item(en, "fallback-fas");
                assertEquals("FALLBACK", fallback.getString("kind"));
                assertTrue(fallback.getString("message").contains("eID"), fallback.toString());
                assertFalse(ids(en).contains("external-fas"), "the fall-back says it all: " + en);
                assertTrue(item(banner(p, "nl"), "fallback-fas").getString("message").contains("eID"));
            } finally {
                var off = send("PUT", "/api/v1/external-services/fas/fallback", json("active", false), operator);
                assertEquals(200, off.statusCode(), off.body());
            }
            assertFalse(ids(banner(p, "en")).contains("fallback-fas"), "gone once switched off");
        } finally {
            var closed = send("PUT", "/api/v1/outages/" + o.getJsonNumber("id"), json("product", p,
                    "startedAt", start.toString(), "endedAt", Instant.now().toString(), "severity", "MAJOR",
                    "causedBy", "fas", "cause", "FAS down", "version", o.getInt("version")), operator);
            assertEquals(200, closed.statusCode(), closed.body());
        }
        assertEquals(List.of(), ids(banner(p, "en")), "gone once the outage is closed");
    }

    @Test
    void rejectsAnUnknownLanguageAndAnUnknownProductWithProblems() {
        var badLang = request("GET", "/api/v1/banners?lang=fr");
        assertEquals(400, badLang.statusCode());
        assertTrue(Api.isProblem(badLang));
        assertTrue(object(badLang).getString("detail").contains("lang"));
        var unknown = request("GET", "/api/v1/banners?product=no-such-product&lang=en");
        assertEquals(404, unknown.statusCode());
        assertTrue(Api.isProblem(unknown));
        assertEquals("*", unknown.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }
}
