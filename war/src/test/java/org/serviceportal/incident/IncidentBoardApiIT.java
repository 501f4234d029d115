package org.serviceportal.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.isProblem;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.PortalServer;

/**
 * {@code GET /api/v1/incidents}: the operator board as JSON. Each test reports incidents of its own
 * (a unique reporter organisation marks them) and pages only through what it can tell apart.
 */
@ExtendWith(PortalServer.class)
class IncidentBoardApiIT {

    /** Reports an incident as a visitor would; answers its reference. */
    static String report(String product, String impact, String urgency, String description) {
        var body = Json.createObjectBuilder().add("product", product).add("impact", impact).add("urgency", urgency)
                .add("description", description)
                .add("reporter", Json.createObjectBuilder().add("name", "Test Reporter")
                        .add("email", "reporter-" + UUID.randomUUID() + "@example.org").add("organisation", "Test"))
                .build().toString();
        var response = send("POST", "/api/v1/incidents", body, Auth.NONE);
        assertEquals(201, response.statusCode(), response.body());
        return object(response).getString("reference");
    }

    private static List<String> references(JsonObject page) {
        List<String> refs = new ArrayList<>();
        page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> refs.add(i.getString("reference")));
        return refs;
    }

    @Test
    void anonymousCallersAreAskedToLogInAndEditorsAreRefused() {
        assertEquals(401, get("/api/v1/incidents", Auth.NONE).statusCode());
        var editor = get("/api/v1/incidents", Api.newUser("editor"));
        assertEquals(403, editor.statusCode());
        assertTrue(isProblem(editor));
    }

    @Test
    void unknownFilterValuesAreRejectedNamingTheField() {
        Auth operator = Api.newUser("operator");
        for (String[] bad : new String[][] {{"status=SLEEPING", "status"}, {"line=5", "line"},
                {"breached=maybe", "breached"}, {"sort=NAME", "sort"}, {"limit=101", "limit"}, {"offset=-1", "offset"},
                {"product=no-such-product", "product"}}) {
            var response = get("/api/v1/incidents?" + bad[0], operator);
            assertEquals(400, response.statusCode(), bad[0] + ": " + response.body());
            assertTrue(isProblem(response));
            assertTrue(response.body().contains("\"" + bad[1] + "\""), bad[0] + ": " + response.body());
        }
    }

    @Test
    void newestFirstWithFiltersAndAMoreFlagInsteadOfATotal() {
        Auth operator = Api.newUser("operator");
        String product = "certificatenbeheer";
        String a = report(product, "HIGH", "HIGH", "Board test A " + UUID.randomUUID());
        String b = report(product, "LOW", "LOW", "Board test B " + UUID.randomUUID());
        String c = report(product, "HIGH", "HIGH", "Board test C " + UUID.randomUUID());

        // newest first: the three are the newest of their product (tests make their own, but may run at once:
        // so look at the order among ours only)
        var page = object(get("/api/v1/incidents?product=" + product + "&limit=100", operator));
        List<String> refs = references(page);
        assertTrue(refs.indexOf(c) < refs.indexOf(b) && refs.indexOf(b) < refs.indexOf(a), refs.toString());

        // priority filter: the P1 ones, not the P4 one
        List<String> p1 = references(object(get("/api/v1/incidents?product=" + product + "&priority=P1&limit=100",
                operator)));
        assertTrue(p1.contains(a) && p1.contains(c), p1.toString());
        assertFalse(p1.contains(b), p1.toString());

        // status and line filters: new incidents wait on line 1
        List<String> newOnes = references(object(get("/api/v1/incidents?status=NEW&line=1&limit=100", operator)));
        assertTrue(newOnes.contains(c), newOnes.toString());
        List<String> line3 = references(object(get("/api/v1/incidents?line=3&limit=100", operator)));
        assertFalse(line3.contains(c), line3.toString());

        // oldest first reverses the order; resolution due soonest first puts P1 (4 h) before P4 (5 days)
        List<String> oldest = references(object(get("/api/v1/incidents?product=" + product
                + "&sort=REPORTED_ASC&limit=100", operator)));
        assertTrue(oldest.indexOf(a) >= 0 && oldest.indexOf(a) < oldest.indexOf(b)
                && oldest.indexOf(b) < oldest.indexOf(c), oldest.toString());
        List<String> due = references(object(get("/api/v1/incidents?product=" + product
                + "&sort=RESOLUTION_DUE_ASC&limit=100", operator)));
        assertTrue(due.indexOf(c) >= 0 && due.indexOf(c) < due.indexOf(b), due.toString());

        // paging: one at a time, with "more" while more follow and no overlap
        var first = object(get("/api/v1/incidents?product=" + product + "&limit=1", operator));
        var second = object(get("/api/v1/incidents?product=" + product + "&limit=1&offset=1", operator));
        assertEquals(1, first.getJsonArray("items").size());
        assertTrue(first.getBoolean("more"));
        assertFalse(references(first).get(0).equals(references(second).get(0)));

        // not breached: fresh incidents have missed nothing
        List<String> onTime = references(object(get("/api/v1/incidents?product=" + product
                + "&breached=false&limit=100", operator)));
        assertTrue(onTime.contains(c), onTime.toString());
        JsonObject row = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("reference").equals(c)).findFirst().orElseThrow();
        assertEquals("P1", row.getString("priority"));
        assertEquals(1, row.getInt("line"));
        assertEquals("NEW", row.getString("status"));
        assertEquals(product, row.getString("product"));
        assertFalse(row.getBoolean("breached"));
    }

    private static long cell(JsonObject counts, int line, String priority) {
        var perLine = counts.getJsonObject("perLine").getJsonObject(Integer.toString(line));
        return perLine == null || !perLine.containsKey(priority) ? 0 : perLine.getJsonNumber(priority).longValue();
    }

    private static long ofPriority(JsonObject counts, String priority) {
        var perPriority = counts.getJsonObject("perPriority");
        return perPriority.containsKey(priority) ? perPriority.getJsonNumber(priority).longValue() : 0;
    }

    private static JsonObject counts(Auth operator) {
        var response = get("/api/v1/incidents/counts", operator);
        assertEquals(200, response.statusCode(), response.body());
        return object(response);
    }

    @Test
    void theCountsFollowAReportThroughTheApiAndAnOperatorsActionAtOnce() {
        Auth operator = Api.newUser("operator");
        assertEquals(401, get("/api/v1/incidents/counts", Auth.NONE).statusCode());
        assertEquals(403, get("/api/v1/incidents/counts", Api.newUser("editor")).statusCode());

        // read first, so that a board that keeps its counts has them
        JsonObject before = counts(operator);
        String reference = report("certificatenbeheer", "HIGH", "HIGH", "Counts test " + UUID.randomUUID());

        JsonObject reported = counts(operator);
        assertEquals(before.getJsonNumber("total").longValue() + 1, reported.getJsonNumber("total").longValue(),
                "a report through the API counts at once: " + reported);
        assertEquals(cell(before, 1, "P1") + 1, cell(reported, 1, "P1"), reported.toString());
        assertEquals(ofPriority(before, "P1") + 1, ofPriority(reported, "P1"));

        long version = object(get("/api/v1/incidents/" + reference, operator)).getJsonNumber("version").longValue();
        var resolved = send("POST", "/api/v1/incidents/" + reference + "/resolve",
                Json.createObjectBuilder().add("version", version).add("note", "Opgelost").build().toString(), operator);
        assertEquals(200, resolved.statusCode(), resolved.body());
        JsonObject after = counts(operator);
        assertEquals(reported.getJsonNumber("total").longValue() - 1, after.getJsonNumber("total").longValue(),
                "an incident resolved through the API leaves the counts at once: " + after);
        assertEquals(cell(reported, 1, "P1") - 1, cell(after, 1, "P1"));
    }
}
