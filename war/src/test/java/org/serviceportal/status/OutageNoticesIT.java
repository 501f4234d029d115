package org.serviceportal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.PortalServer;

/**
 * An outage's public notice through the API and on the public side: its title and updates in
 * {@code /api/v1/status}, on the status page in both languages and on its own page; after an update
 * resolved it, in the history and still on its page. Bad input, unknown outages, ended outages and
 * callers without the role are refused with problem details.
 */
@ExtendWith(PortalServer.class)
class OutageNoticesIT {

    private static JsonObject listed(JsonObject status, long id) {
        return status.getJsonArray("outages").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElse(null);
    }

    private static String page(String path) {
        var r = Api.plain(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void anOutageWithTwoUpdatesShowsEverywhereAndStaysInTheHistoryOnceAnUpdateResolvedIt() {
        Auth operator = Api.newUser("operator");
        String product = NoticeFixtures.product();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1800);
        JsonObject outage = NoticeFixtures.outage(operator, product, start, "Aanmelden lukt niet", "Signing in fails");
        long id = outage.getJsonNumber("id").longValue();
        assertEquals("Aanmelden lukt niet", outage.getJsonObject("title").getString("nl"));

        var first = send("POST", "/api/v1/outages/" + id + "/updates", json("status", "INVESTIGATING",
                "message", NoticeFixtures.text("We onderzoeken de aanmeldfout.", "We are looking into the sign-in errors.")),
                operator);
        assertEquals(201, first.statusCode(), first.body());
        long firstId = object(first).getJsonNumber("id").longValue();
        String location = first.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/outages/" + id + "/updates/" + firstId), location);
        assertEquals(200, Api.get(location.substring(location.indexOf("/api/v1"))).statusCode());
        NoticeFixtures.update(operator, id, "IDENTIFIED", "Een certificaat is verlopen.", "A certificate expired.");

        // the outage with its notice, newest update first, nobody's name in it
        JsonObject read = object(Api.get("/api/v1/outages/" + id));
        assertEquals("Signing in fails", read.getJsonObject("title").getString("en"));
        assertEquals(List.of("IDENTIFIED", "INVESTIGATING"), read.getJsonArray("updates").getValuesAs(JsonObject.class)
                .stream().map(u -> u.getString("status")).toList());
        assertFalse(read.toString().contains("postedBy"), read.toString());

        JsonObject status = object(Api.get("/api/v1/status"));
        JsonObject listed = listed(status, id);
        assertEquals("Aanmelden lukt niet", listed.getJsonObject("title").getString("nl"));
        assertEquals(2, listed.getJsonArray("updates").size());
        JsonObject latest = listed.getJsonArray("updates").getJsonObject(0);
        assertEquals("IDENTIFIED", latest.getString("status"));
        assertEquals("A certificate expired.", latest.getJsonObject("message").getString("en"));
        Instant.parse(latest.getString("at"));

        String nl = page("/public/status.xhtml?lang=nl");
        // other tests' outages may be going on too: the overall line names every product with an outage
        String overallNl = overallLine(nl);
        assertTrue(overallNl.startsWith("Storing bij ") && overallNl.contains("Dienst " + product), overallNl);
        assertTrue(nl.contains("Aanmelden lukt niet"));
        assertTrue(nl.contains("Oorzaak gevonden") && nl.contains("Een certificaat is verlopen."), "the latest update");
        assertFalse(nl.contains("We onderzoeken de aanmeldfout."), "only the latest update on the status page");
        assertTrue(nl.contains("/public/outage.xhtml?id=" + id), "a link to its page");
        String en = page("/public/status.xhtml?lang=en");
        String overallEn = overallLine(en);
        assertTrue(overallEn.startsWith("Outage of ") && overallEn.contains("Service " + product), overallEn);
        assertTrue(en.contains("Signing in fails") && en.contains("Identified") && en.contains("A certificate expired."));
        // percentages as each language writes them (the 90-day figures too): "99,986 %" and "99.986%"
        assertFalse(Pattern.compile("\\d\\.\\d+(\\s|\u00a0|&#160;)*%").matcher(text(nl)).find(), "no decimal point in Dutch");
        assertFalse(Pattern.compile("\\d,\\d+(\\s|\u00a0|&#160;)*%").matcher(text(en)).find(), "no decimal comma in English");

        String own = page("/public/outage.xhtml?id=" + id + "&lang=nl");
        assertTrue(own.contains("Aanmelden lukt niet") && own.contains("Dienst " + product) && own.contains("duurt nog"));
        assertTrue(own.contains("We onderzoeken de aanmeldfout.") && own.contains("Een certificaat is verlopen."),
                "the whole timeline");

        NoticeFixtures.update(operator, id, "RESOLVED", "Het certificaat is vernieuwd.", "The certificate was renewed.");
        JsonObject resolved = object(Api.get("/api/v1/outages/" + id));
        assertTrue(resolved.containsKey("endedAt"), "RESOLVED ended it: " + resolved);
        assertTrue(listed(object(Api.get("/api/v1/status")), id) == null, "no longer going on");

        String after = page("/public/status.xhtml?lang=en");
        assertFalse(overallLine(after).contains("Service " + product), "the overall line moved on");
        int past = after.indexOf("id=\"past\"");
        assertTrue(past > 0 && after.indexOf("/public/outage.xhtml?id=" + id, past) > 0, "in the history");
        String ownAfter = page("/public/outage.xhtml?id=" + id + "&lang=en");
        assertTrue(ownAfter.contains("This outage is over.") && ownAfter.contains("The certificate was renewed.")
                && ownAfter.contains("We are looking into the sign-in errors."), "its page keeps the whole timeline");

        var late = send("POST", "/api/v1/outages/" + id + "/updates", json("status", "MONITORING",
                "message", NoticeFixtures.text("Nog iets", "One more")), operator);
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(Api.isProblem(late));
    }

    @Test
    void badUpdatesAreRefusedNamingTheField() {
        Auth operator = Api.newUser("operator");
        String product = NoticeFixtures.product();
        long id = NoticeFixtures.outage(operator, product, Instant.now().minusSeconds(60), "Traag", "Slow")
                .getJsonNumber("id").longValue();
        try {
            assertField("status", send("POST", "/api/v1/outages/" + id + "/updates",
                    json("message", NoticeFixtures.text("a", "b")), operator));
            assertField("status", send("POST", "/api/v1/outages/" + id + "/updates",
                    json("status", "FIXED", "message", NoticeFixtures.text("a", "b")), operator));
            assertField("message", send("POST", "/api/v1/outages/" + id + "/updates",
                    json("status", "MONITORING"), operator));
            assertField("message.en", send("POST", "/api/v1/outages/" + id + "/updates",
                    json("status", "MONITORING", "message", NoticeFixtures.text("a", " ")), operator));
            assertField("title.en", send("POST", "/api/v1/outages", json("product", product, "startedAt",
                    Instant.now().toString(), "severity", "DEGRADED",
                    "title", NoticeFixtures.text("Alleen Nederlands", "")), operator));

            var unknown = send("POST", "/api/v1/outages/999999999/updates", json("status", "MONITORING",
                    "message", NoticeFixtures.text("a", "b")), operator);
            assertEquals(404, unknown.statusCode(), unknown.body());
            assertTrue(Api.isProblem(unknown));
            assertEquals(404, Api.get("/api/v1/outages/999999999").statusCode());

            String body = json("status", "MONITORING", "message", NoticeFixtures.text("a", "b"));
            assertEquals(401, send("POST", "/api/v1/outages/" + id + "/updates", body, Auth.NONE).statusCode());
            var editor = send("POST", "/api/v1/outages/" + id + "/updates", body, Api.newUser("editor"));
            assertEquals(403, editor.statusCode(), editor.body());
            assertEquals(0, object(Api.get("/api/v1/outages/" + id)).getJsonArray("updates").size(),
                    "nothing half-written");
        } finally {
            NoticeFixtures.update(operator, id, "RESOLVED", "Voorbij", "Over");
        }
    }

    @Test
    void aPutKeepsThePublicTitleUnlessItGivesOne() {
        Auth operator = Api.newUser("operator");
        String product = NoticeFixtures.product();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        JsonObject outage = NoticeFixtures.outage(operator, product, start, "Trage dienst", "Slow service");
        long id = outage.getJsonNumber("id").longValue();
        var closed = send("PUT", "/api/v1/outages/" + id, json("product", product, "startedAt", start.toString(),
                "endedAt", Instant.now().toString(), "severity", "MAJOR", "version", outage.getInt("version")), operator);
        assertEquals(200, closed.statusCode(), closed.body());
        assertEquals("Trage dienst", object(closed).getJsonObject("title").getString("nl"), "a close keeps the title");
        var retitled = send("PUT", "/api/v1/outages/" + id, json("product", product, "startedAt", start.toString(),
                "endedAt", object(closed).getString("endedAt"), "severity", "MAJOR", "title", NoticeFixtures.text("", ""),
                "version", object(closed).getInt("version")), operator);
        assertEquals(200, retitled.statusCode(), retitled.body());
        assertFalse(object(retitled).containsKey("title"), "both empty takes it away");
        String page = page("/public/outage.xhtml?id=" + id + "&lang=en");
        assertTrue(page.contains("Service " + product + " is unavailable"), "a title made of product and severity");
    }

    @Test
    void aPastMaintenanceWindowIsInTheHistoryWithAPageOfItsOwn() {
        String product = NoticeFixtures.product();
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.DAYS);
        var created = send("POST", "/api/v1/maintenance", json("products", strings(product), "startsAt",
                start.toString(), "endsAt", start.plus(2, ChronoUnit.HOURS).toString(), "planned", false,
                "title", NoticeFixtures.text("Noodherstart " + product, "Emergency restart " + product),
                "message", NoticeFixtures.text("De servers zijn herstart.", "The servers were restarted."), "version", 0),
                Api.newUser("editor"));
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created).getJsonNumber("id").longValue();

        String status = page("/public/status.xhtml?lang=nl");
        int past = status.indexOf("id=\"past\"");
        assertTrue(past > 0 && status.indexOf("/public/maintenance-window.xhtml?id=" + id, past) > 0, "in the history");
        assertTrue(status.contains("Noodherstart " + product));
        String own = page("/public/maintenance-window.xhtml?id=" + id + "&lang=en");
        assertTrue(own.contains("Emergency restart " + product) && own.contains("Service " + product)
                && own.contains("The servers were restarted.") && own.contains("This maintenance is over."));
        assertTrue(own.contains("2 hours"), "its duration");
    }

    @Test
    void anUnknownOrMalformedIdIsAProper404Page() {
        for (String path : List.of("/public/outage.xhtml?id=999999999", "/public/outage.xhtml?id=abc",
                "/public/outage.xhtml", "/public/outage.xhtml?id=-1", "/public/maintenance-window.xhtml?id=999999999",
                "/public/maintenance-window.xhtml?id=1x")) {
            var r = Api.plain(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertTrue(r.body().contains("lang=\""), path + ": the portal's own page");
            assertEquals(List.of(), r.headers().allValues("Set-Cookie"), path + " sets no cookie");
        }
    }

    @Test
    void anOutagePageIsServedFromASnapshotAndRenderedAgainAfterAnUpdate() {
        Auth operator = Api.newUser("operator");
        long id = NoticeFixtures.outage(operator, NoticeFixtures.product(), Instant.now().minusSeconds(120), "Trage site", "Slow site")
                .getJsonNumber("id").longValue();
        try {
            String path = "/public/outage.xhtml?id=" + id;
            HttpResponse<String> first = Api.plain(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertEquals("public, max-age=30", first.headers().firstValue("Cache-Control").orElse(""));
            assertEquals(etag, Api.plain(path).headers().firstValue("ETag").orElseThrow(), "the same bytes");
            NoticeFixtures.update(operator, id, "IDENTIFIED", "Gevonden", "Found it");
            HttpResponse<String> after = Api.plain(path);
            assertFalse(etag.equals(after.headers().firstValue("ETag").orElseThrow()), "rendered again");
            assertTrue(after.body().contains("Gevonden"));
        } finally {
            NoticeFixtures.update(operator, id, "RESOLVED", "Voorbij", "Over");
        }
    }

    private static void assertField(String field, HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(Api.isProblem(response), response.body());
        List<String> fields = object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.contains(field), field + " named in " + response.body());
    }

    /** The text of the status page's overall line. */
    private static String overallLine(String page) {
        Matcher m = Pattern.compile("id=\"overall\">([^<]*)</p>").matcher(page);
        assertTrue(m.find(), "an overall line");
        return m.group(1);
    }

    /** A page without its style attributes (the date axis places month labels by CSS percentages). */
    private static String text(String page) {
        return page.replaceAll("style=\"[^\"]*\"", "");
    }
}
