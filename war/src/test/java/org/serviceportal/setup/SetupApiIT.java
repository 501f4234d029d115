package org.serviceportal.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.PortalServer;

/**
 * The setup checklist of {@code GET /api/v1/setup}: each item is missing until it is fixed and
 * missing again when it is undone. The test portal runs with an SMTP server and without
 * {@code portal.base-url}; the test puts back what it changes, so tests that need a fresh install's
 * service desk still find one.
 */
@ExtendWith(PortalServer.class)
class SetupApiIT {

    private static Map<String, JsonObject> checklist(String lang) {
        var response = get("/api/v1/setup?lang=" + lang, ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        return array(response).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(o -> o.getString("key"), Function.identity()));
    }

    private static boolean done(String key) {
        return checklist("en").get(key).getBoolean("done");
    }

    @Test
    void onlyAdministratorsReadTheChecklistInTheirLanguage() {
        assertEquals(401, get("/api/v1/setup").statusCode());
        assertEquals(403, get("/api/v1/setup", Api.newUser("operator")).statusCode());
        var nl = checklist("nl");
        var en = checklist("en");
        assertEquals(List.of("escalation-contact", "support-lines", "smtp", "base-url", "incident-matrix", "administrators"),
                array(get("/api/v1/setup", ADMIN)).getValuesAs(JsonObject.class).stream().map(o -> o.getString("key")).toList());
        assertTrue(nl.get("smtp").getBoolean("done"), "the test portal sends to GreenMail");
        assertFalse(nl.get("base-url").getBoolean("done"), "the test portal runs without portal.base-url");
        assertTrue(nl.get("base-url").getString("message").contains("PORTAL_BASE_URL"));
        assertTrue(nl.get("base-url").getString("message").contains("publieke adres"), nl.get("base-url").toString());
        assertTrue(en.get("base-url").getString("message").contains("public address"), en.get("base-url").toString());
        assertEquals(400, get("/api/v1/setup?lang=fr", ADMIN).statusCode());
    }

    @Test
    void anEscalationContactWithAnAddressClearsItsItem() {
        // the seed's Service Delivery Manager has no address
        boolean before = done("escalation-contact");
        var created = send("POST", "/api/v1/escalation-contacts", json("roleNl", "Escalatie setup", "roleEn", "Escalation setup",
                "name", "Setup Test", "email", "setup-" + UUID.randomUUID() + "@example.org", "sortOrder", 90,
                "products", strings(), "version", 0), ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(done("escalation-contact"));
        JsonObject contact = object(created);
        assertEquals(204, send("DELETE", "/api/v1/escalation-contacts/" + contact.getJsonNumber("id") + "?version="
                + contact.getJsonNumber("version"), null, ADMIN).statusCode());
        assertEquals(before, done("escalation-contact"));
    }

    @Test
    void supportLinesWithAddressesClearTheirItem() {
        var nl = array(get("/api/v1/support-lines?lang=nl")).getValuesAs(JsonObject.class);
        var en = array(get("/api/v1/support-lines?lang=en")).getValuesAs(JsonObject.class);
        boolean before = done("support-lines");
        if (!before) {
            assertTrue(checklist("en").get("support-lines").getString("message").matches(".*\\d.*"), "names the lines");
        }
        for (int i = 0; i < nl.size(); i++) {
            if (nl.get(i).getInt("number") <= 3) {
                update(nl.get(i), en.get(i), "line" + nl.get(i).getInt("number") + "@example.org");
            }
        }
        assertTrue(done("support-lines"));
        var changed = array(get("/api/v1/support-lines?lang=nl")).getValuesAs(JsonObject.class);
        for (int i = 0; i < nl.size(); i++) {
            if (nl.get(i).getInt("number") <= 3) {
                update(changed.get(i), en.get(i), string(nl.get(i), "email"));
            }
        }
        assertEquals(before, done("support-lines"));
    }

    /** A field's text, or null when it is absent or null (JSON-B leaves nulls out). */
    private static String string(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field) ? o.getString(field) : null;
    }

    private static void update(JsonObject nl, JsonObject en, String email) {
        var b = Json.createObjectBuilder().add("nameNl", nl.getString("name")).add("nameEn", en.getString("name"))
                .add("whoNl", nl.getString("who")).add("whoEn", en.getString("who"))
                .add("channels", nl.getJsonArray("channels")).add("freeOfCharge", nl.getBoolean("freeOfCharge"))
                .add("version", nl.getJsonNumber("version").longValue());
        // a line whose hours come from a calendar takes no hours of its own
        boolean ownHours = string(nl, "hoursCalendar") == null;
        for (String f : List.of("phone", "opensAt", "closesAt", "openWeekdays")) {
            if (string(nl, f) != null && (ownHours || f.equals("phone"))) {
                b.add(f, nl.getString(f));
            }
        }
        if (string(nl, "how") != null) {
            b.add("howNl", nl.getString("how")).add("howEn", en.getString("how"));
        }
        if (email != null) {
            b.add("email", email);
        }
        var response = send("PUT", "/api/v1/support-lines/" + nl.getJsonNumber("id"), b.build().toString(), ADMIN);
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void aConfirmedMatrixClearsItsItemAndANewVersionIsProvisionalAgain() {
        JsonObject matrix = object(get("/api/v1/incident-matrix"));
        int version = matrix.getInt("version");
        String confirm = json("version", version);
        assertEquals(401, send("POST", "/api/v1/incident-matrix/confirmation", confirm, Auth.NONE).statusCode());
        assertEquals(403, send("POST", "/api/v1/incident-matrix/confirmation", confirm, Api.newUser("operator")).statusCode());
        assertEquals(409, send("POST", "/api/v1/incident-matrix/confirmation", json("version", version + 1), ADMIN).statusCode());
        if (!matrix.getBoolean("confirmed")) {
            assertProvisional(true);
        }
        var confirmed = send("POST", "/api/v1/incident-matrix/confirmation", confirm, ADMIN);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(object(confirmed).getBoolean("confirmed"));
        assertTrue(object(get("/api/v1/incident-matrix")).getBoolean("confirmed"));
        assertTrue(done("incident-matrix"));
        assertProvisional(false);
        var audit = get("/api/v1/audit-entries?entityType=IncidentMatrix&max=5", ADMIN);
        assertEquals(200, audit.statusCode(), audit.body());
        assertTrue(audit.body().contains("confirmedAt"), "the confirmation is audited: " + audit.body());

        // a new version (the same content) is provisional until it is confirmed in turn
        var change = Json.createObjectBuilder().add("basedOn", version)
                .add("impacts", matrix.getJsonArray("impacts")).add("urgencies", matrix.getJsonArray("urgencies"))
                .add("priorities", matrix.getJsonArray("priorities")).add("cells", matrix.getJsonArray("cells"))
                .add("note", "Reviewed, unchanged").build().toString();
        var updated = send("PUT", "/api/v1/incident-matrix", change, ADMIN);
        assertEquals(200, updated.statusCode(), updated.body());
        assertFalse(object(updated).getBoolean("confirmed"));
        assertFalse(object(get("/api/v1/incident-matrix")).getBoolean("confirmed"));
        assertFalse(done("incident-matrix"));
        assertProvisional(true);
    }

    /** Whether the public pages that show the matrix call it provisional, in both languages. */
    private static void assertProvisional(boolean provisional) {
        for (String page : List.of("/public/conditions.xhtml", "/public/report.xhtml")) {
            String nl = Api.plain(page + "?lang=nl").body();
            String en = Api.plain(page + "?lang=en").body();
            assertEquals(provisional, nl.contains("id=\"matrix-provisional\"") && nl.toLowerCase(java.util.Locale.ROOT).contains("voorlopig"), page + " nl");
            assertEquals(provisional, en.contains("id=\"matrix-provisional\"") && en.toLowerCase(java.util.Locale.ROOT).contains("provisional"), page + " en");
        }
        // targets in working days of office hours, in hours for 24/7 (the seed: P1 24/7, the others office hours)
        String conditions = Api.plain("/public/conditions.xhtml?lang=nl").body();
        assertTrue(conditions.contains("werkdag"), "targets in working days");
        assertTrue(Api.plain("/public/conditions.xhtml?lang=en").body().contains("working day"));
    }

    @Test
    void aPersonalAdministratorClearsItsItem() {
        boolean before = done("administrators");
        String name = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        var created = send("POST", "/api/v1/users", json("username", name, "displayName", "Setup admin",
                "email", name + "@example.org", "password", "pw-" + UUID.randomUUID(), "roles", strings("ADMINISTRATOR")), ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(done("administrators"));
        JsonObject user = object(created);
        var disabled = send("PUT", "/api/v1/users/" + user.getJsonNumber("id"), json("displayName", "Setup admin",
                "email", name + "@example.org", "enabled", false, "roles", strings("ADMINISTRATOR"),
                "version", user.getJsonNumber("version").longValue()), ADMIN);
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertEquals(before, done("administrators"), "a disabled administrator does not count");
    }
}
