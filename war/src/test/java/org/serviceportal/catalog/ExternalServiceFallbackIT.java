package org.serviceportal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.parse;
import static org.serviceportal.testing.Api.send;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.PortalServer;

/**
 * {@code PUT /api/v1/external-services/{code}/fallback}: the eID back-up process of FAS is announced
 * in the status API, on the status page and in the banner only while an operator has switched it on,
 * whether or not an outage caused by FAS is open; bad input, unknown codes and callers without the
 * role are refused; every switch is audited.
 */
@ExtendWith(PortalServer.class)
class ExternalServiceFallbackIT {

    private static final String SWITCH = "/api/v1/external-services/fas/fallback";

    private static JsonObject fasInStatus(String lang) {
        var r = get("/api/v1/status?lang=" + lang);
        assertEquals(200, r.statusCode(), r.body());
        return parse(r.body()).asJsonObject().getJsonArray("externalServices").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("code").equals("fas")).findFirst().orElseThrow();
    }

    private static boolean bannerAnnouncesFallBack(String lang) {
        return array(get("/api/v1/banners?product=toegangsbeheer&lang=" + lang)).getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("id").equals("fallback-fas"));
    }

    private static String statusPage(String lang) {
        var r = get("/public/status.xhtml?lang=" + lang);
        assertEquals(200, r.statusCode());
        return r.body();
    }

    private static void switchOff(Api.Auth operator) {
        var off = send("PUT", SWITCH, json("active", false), operator);
        assertEquals(200, off.statusCode(), off.body());
    }

    @Test
    void switchingOnAndOffWithoutAnOutageShowsAndHidesItEverywhere() {
        Api.Auth operator = Api.newUser("operator");
        String marker = "eID-" + UUID.randomUUID().toString().substring(0, 8);
        var message = Json.createObjectBuilder().add("nl", "Meld je aan met je eID (" + marker + ").")
                .add("en", "Log in with your eID (" + marker + ").").build();
        var on = send("PUT", SWITCH, json("active", true, "message", message), operator);
        assertEquals(200, on.statusCode(), on.body());
        try {
            JsonObject state = object(on);
            assertTrue(state.getBoolean("fallbackActive"));
            assertEquals("fas", state.getString("code"));
            assertEquals("OPERATIONAL", state.getString("status"), "no outage open: FAS works");
            assertTrue(state.getJsonObject("message").getString("en").contains(marker));
            Instant.parse(state.getString("fallbackChangedAt"));

            assertTrue(fasInStatus("en").getBoolean("fallbackActive"));
            assertEquals("OPERATIONAL", fasInStatus("en").getString("status"));
            assertTrue(bannerAnnouncesFallBack("en"));
            assertTrue(statusPage("en").contains("Log in with your eID (" + marker + ")."));
            assertTrue(statusPage("nl").contains("Meld je aan met je eID (" + marker + ")."));

            var listed = array(get("/api/v1/external-services?lang=en")).getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("code").equals("fas")).findFirst().orElseThrow();
            assertEquals("Federal Authentication Service (FAS)", listed.getString("name"));
            assertTrue(listed.getBoolean("fallbackActive"));
        } finally {
            switchOff(operator);
        }
        assertFalse(fasInStatus("en").getBoolean("fallbackActive"));
        assertFalse(bannerAnnouncesFallBack("en"));
        assertFalse(statusPage("en").contains(marker), "gone from the status page at once");
        assertFalse(statusPage("nl").contains(marker));
        assertTrue(get("/api/v1/external-services/fas").body().contains(marker), "the message is kept for next time");
    }

    @Test
    void withAFasOutageOpenFasIsDownButTheBackUpIsPromisedOnlyOnceSwitchedOn() {
        Api.Auth operator = Api.newUser("operator");
        Instant start = Instant.now().minusSeconds(120);
        var created = send("POST", "/api/v1/outages", json("product", "toegangsbeheer", "startedAt", start.toString(),
                "severity", "MAJOR", "causedBy", "fas", "cause", "FAS down"), operator);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject outage = object(created);
        try {
            JsonObject fas = fasInStatus("nl");
            assertEquals("MAJOR_OUTAGE", fas.getString("status"));
            assertFalse(fas.getBoolean("fallbackActive"));
            assertFalse(bannerAnnouncesFallBack("nl"));
            String page = statusPage("nl");
            assertTrue(page.contains("id=\"external-down-fas\""), "FAS is down");
            assertFalse(page.contains("id=\"fallback-fas\""));

            assertEquals(200, send("PUT", SWITCH, json("active", true), operator).statusCode());
            try {
                assertTrue(fasInStatus("nl").getBoolean("fallbackActive"));
                assertEquals("MAJOR_OUTAGE", fasInStatus("nl").getString("status"), "still down, with the back-up on");
                assertTrue(bannerAnnouncesFallBack("nl"));
                page = statusPage("nl");
                assertTrue(page.contains("id=\"fallback-fas\""));
                assertFalse(page.contains("id=\"external-down-fas\""));
            } finally {
                switchOff(operator);
            }
            assertFalse(bannerAnnouncesFallBack("nl"));
            assertTrue(statusPage("nl").contains("id=\"external-down-fas\""));
        } finally {
            var closed = send("PUT", "/api/v1/outages/" + outage.getJsonNumber("id"), json("product", "toegangsbeheer",
                    "startedAt", start.toString(), "endedAt", Instant.now().toString(), "severity", "MAJOR",
                    "causedBy", "fas", "cause", "FAS down", "version", outage.getInt("version")), operator);
            assertEquals(200, closed.statusCode(), closed.body());
        }
        assertEquals("OPERATIONAL", fasInStatus("nl").getString("status"));
    }

    @Test
    void badInputIsRefusedWithProblemsAndChangesNothing() {
        Api.Auth operator = Api.newUser("operator");
        String before = get("/api/v1/external-services/fas").body();
        for (String body : new String[] {"{}", "{",
                json("active", true, "message", Json.createObjectBuilder().add("nl", "Alleen Nederlands").build()),
                json("active", true, "message", Json.createObjectBuilder().add("nl", "x".repeat(2001)).add("en", "y").build())}) {
            var r = send("PUT", SWITCH, body, operator);
            assertEquals(400, r.statusCode(), body + " -> " + r.body());
            assertTrue(Api.isProblem(r), r.body());
        }
        assertEquals(before, get("/api/v1/external-services/fas").body(), "nothing half-written");
    }

    @Test
    void anUnknownServiceIs404AndCallersWithoutTheRoleAreRefused() {
        var unknown = send("PUT", "/api/v1/external-services/no-such-service/fallback", json("active", false), Api.ADMIN);
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(Api.isProblem(unknown));
        assertEquals(404, get("/api/v1/external-services/no-such-service").statusCode());
        assertEquals(401, send("PUT", SWITCH, json("active", true), Api.Auth.NONE).statusCode());
        assertEquals(403, send("PUT", SWITCH, json("active", true), Api.newUser("editor")).statusCode());
        assertFalse(fasInStatus("en").getBoolean("fallbackActive"));
    }

    @Test
    void everySwitchIsAuditedBeforeAndAfter() {
        Api.Auth operator = Api.newUser("operator");
        assertEquals(200, send("PUT", SWITCH, json("active", true), operator).statusCode());
        switchOff(operator);
        var audit = get("/api/v1/audit-entries?entityType=ExternalService&max=10", Api.ADMIN);
        assertEquals(200, audit.statusCode(), audit.body());
        var entries = array(audit).getValuesAs(JsonObject.class);
        JsonObject off = entries.get(0);
        JsonObject on = entries.get(1);
        assertEquals("fas", off.getString("entityId"));
        assertEquals("UPDATE", off.getString("action"));
        assertTrue(off.getString("before").contains("\"fallbackActive\":true"), off.toString());
        assertTrue(off.getString("after").contains("\"fallbackActive\":false"), off.toString());
        assertTrue(on.getString("before").contains("\"fallbackActive\":false"), on.toString());
        assertTrue(on.getString("after").contains("\"fallbackActive\":true"), on.toString());
        assertEquals(off.getString("actor"), on.getString("actor"));
        assertTrue(off.getString("actor").startsWith("operator-"), off.toString());
    }
}
