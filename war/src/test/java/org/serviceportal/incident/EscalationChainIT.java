package org.serviceportal.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;
import static org.serviceportal.testing.Mailbox.awaitMessagesTo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.PortalServer;

/**
 * An escalation always reaches someone who can act: on a fresh install (no escalation contact and
 * no third-line address) the administrators; then the third line once it has an address; then the
 * general escalation contact. The reporter is told which. Other tests may have given contacts or
 * line 3 an address: this test takes those away for its run and puts them back.
 */
@ExtendWith(PortalServer.class)
class EscalationChainIT {

    private static String string(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field) ? o.getString(field) : null;
    }

    /** Sets (or clears, with null) the address of a general contact, keeping the rest. */
    private static void contactEmail(JsonObject nl, JsonObject en, String email) {
        var b = Json.createObjectBuilder().add("roleNl", nl.getString("role")).add("roleEn", en.getString("role"))
                .add("sortOrder", 50).add("products", nl.getJsonArray("products"))
                .add("version", object(get("/api/v1/escalation-contacts/" + nl.getJsonNumber("id"))).getJsonNumber("version"));
        if (string(nl, "name") != null) {
            b.add("name", nl.getString("name"));
        }
        if (string(nl, "phone") != null) {
            b.add("phone", nl.getString("phone"));
        }
        b.add("email", email == null ? JsonValue.NULL : Json.createValue(email));
        var r = send("PUT", "/api/v1/escalation-contacts/" + nl.getJsonNumber("id"), b.build().toString(), ADMIN);
        assertEquals(200, r.statusCode(), r.body());
    }

    /** Sets (or clears) line 3's address, keeping the rest. */
    private static void thirdLineEmail(String email) {
        JsonObject nl = line("nl");
        JsonObject en = line("en");
        var b = Json.createObjectBuilder().add("nameNl", nl.getString("name")).add("nameEn", en.getString("name"))
                .add("whoNl", nl.getString("who")).add("whoEn", en.getString("who"))
                .add("channels", nl.getJsonArray("channels")).add("freeOfCharge", nl.getBoolean("freeOfCharge"))
                .add("version", nl.getJsonNumber("version").longValue());
        for (String f : List.of("phone", "opensAt", "closesAt", "openWeekdays")) {
            if (string(nl, f) != null) {
                b.add(f, nl.getString(f));
            }
        }
        if (string(nl, "how") != null) {
            b.add("howNl", nl.getString("how")).add("howEn", en.getString("how"));
        }
        if (email != null) {
            b.add("email", email);
        }
        var r = send("PUT", "/api/v1/support-lines/" + nl.getJsonNumber("id"), b.build().toString(), ADMIN);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static JsonObject line(String lang) {
        return array(get("/api/v1/support-lines?lang=" + lang)).getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getInt("number") == 3).findFirst().orElseThrow();
    }

    private static List<JsonObject> generalContactsWithAddress(String lang) {
        return array(get("/api/v1/escalation-contacts?lang=" + lang)).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonArray("products").isEmpty() && string(c, "email") != null).toList();
    }

    private static String newProduct() {
        String code = "esc-" + UUID.randomUUID().toString().substring(0, 8);
        var product = Json.createObjectBuilder().add("nameNl", "Product " + code).add("nameEn", "Product " + code)
                .add("sortOrder", 99).add("dependsOnProducts", strings()).add("dependsOnExternal", strings())
                .add("version", 0).build();
        assertEquals(201, send("POST", "/api/v1/products", json("code", code, "product", product), ADMIN).statusCode());
        return code;
    }

    /** Logs an incident, escalates it by its follow link and answers the reporter's view of it. */
    private static JsonObject escalate(String product, Api.Auth operator) {
        var report = Json.createObjectBuilder().add("product", product).add("impact", "LOW").add("urgency", "LOW")
                .add("description", "Nobody answers").add("channel", "PHONE")
                .add("reporter", Json.createObjectBuilder().add("name", "Reporter").add("email",
                        "reporter-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org")).build().toString();
        var created = send("POST", "/api/v1/incidents", report, operator);
        assertEquals(201, created.statusCode(), created.body());
        String ref = object(created).getString("reference");
        String followUrl = object(created).getString("followUrl");
        String token = followUrl.substring(followUrl.indexOf("token=") + 6);
        var escalated = send("POST", "/api/v1/incidents/" + ref + "/escalations", json("token", token, "reason",
                "No answer for a week"), Api.Auth.NONE);
        assertEquals(201, escalated.statusCode(), escalated.body());
        JsonObject view = object(escalated);
        String page = Api.plain("/public/follow.xhtml?reference=" + ref + "&token=" + token + "&lang=en").body();
        return Json.createObjectBuilder(view).add("page", page).add("reference", ref).build();
    }

    private static String reach(JsonObject view) {
        var escalations = view.getJsonArray("escalations").getValuesAs(JsonObject.class);
        return escalations.get(escalations.size() - 1).getString("reach");
    }

    @Test
    void anEscalationReachesTheAdministratorsThenTheThirdLineThenTheEscalationContact() throws Exception {
        List<JsonObject> generalNl = generalContactsWithAddress("nl");
        List<JsonObject> generalEn = new ArrayList<>();
        for (JsonObject c : generalNl) {
            generalEn.add(object(get("/api/v1/escalation-contacts/" + c.getJsonNumber("id") + "?lang=en")));
        }
        String thirdLine = string(line("nl"), "email");
        String product = newProduct();
        Api.Auth operator = Api.newUser("operator");
        String[] administrator = Api.newUserCredentials("administrator"); // its address: <name>@example.org
        String administratorAddress = administrator[0] + "@example.org";
        String contactId = null;
        try {
            for (int i = 0; i < generalNl.size(); i++) {
                contactEmail(generalNl.get(i), generalEn.get(i), null);
            }
            thirdLineEmail(null);

            // a fresh install: nobody but the administrators has an address
            JsonObject view = escalate(product, operator);
            assertEquals("ADMINISTRATORS", reach(view));
            assertTrue(view.getString("page").contains("mailed to the portal&#39;s administrators")
                    || view.getString("page").contains("mailed to the portal's administrators"), view.getString("page"));
            var mails = awaitMessagesTo(administratorAddress, 1);
            assertTrue(mails.get(0).getSubject().contains(view.getString("reference")), mails.get(0).getSubject());
            assertTrue(((String) mails.get(0).getContent()).contains("No answer for a week"));

            // the third line, once it has an address
            String line3 = "line3-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            thirdLineEmail(line3);
            view = escalate(product, operator);
            assertEquals("THIRD_LINE", reach(view));
            assertTrue(view.getString("page").contains("mailed to the third line"), view.getString("page"));
            assertTrue(awaitMessagesTo(line3, 1).get(0).getSubject().contains(view.getString("reference")));

            // a general escalation contact with an address comes first
            String sdm = "sdm-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            var c = send("POST", "/api/v1/escalation-contacts", json("roleNl", "Service Delivery Manager", "roleEn",
                    "Service Delivery Manager", "email", sdm, "sortOrder", 60, "products", strings(), "version", 0), ADMIN);
            assertEquals(201, c.statusCode(), c.body());
            contactId = object(c).getJsonNumber("id").toString();
            view = escalate(product, operator);
            assertEquals("GENERAL_CONTACT", reach(view));
            assertTrue(view.getString("page").contains("mailed to Service Delivery Manager"), view.getString("page"));
            assertTrue(awaitMessagesTo(sdm, 1).get(0).getSubject().contains(view.getString("reference")));

            // the board shows escalated incidents, with a filter
            var board = object(get("/api/v1/incidents?product=" + product + "&escalated=true", operator)).getJsonArray("items");
            assertEquals(3, board.size(), board.toString());
            assertTrue(board.getValuesAs(JsonObject.class).stream().allMatch(r -> r.getBoolean("escalated")));
            assertEquals(0, object(get("/api/v1/incidents?product=" + product + "&escalated=false", operator))
                    .getJsonArray("items").size());
            assertEquals(400, get("/api/v1/incidents?escalated=maybe", operator).statusCode());
        } finally {
            if (contactId != null) {
                contactEmail(object(get("/api/v1/escalation-contacts/" + contactId + "?lang=nl")),
                        object(get("/api/v1/escalation-contacts/" + contactId + "?lang=en")), null);
            }
            thirdLineEmail(thirdLine);
            for (int i = 0; i < generalNl.size(); i++) {
                contactEmail(generalNl.get(i), generalEn.get(i), generalNl.get(i).getString("email"));
            }
        }
    }

    @Test
    void aRequestOrProblemIsEscalatedWithoutAnIncidentAndEveryoneGetsTheSameAnswer() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        try (var b = new org.serviceportal.testing.Browser()) {
            for (String lang : List.of("nl", "en")) {
                b.open("/public/escalation.xhtml?lang=" + lang);
                b.byId("escalation-form-link").sendKeys(org.openqa.selenium.Keys.ENTER);
                b.await(d -> !d.findElements(org.openqa.selenium.By.id("escalation:reason")).isEmpty());
                b.assertAccessible();
                b.byId("escalation:submit").click();
                b.awaitText("nl".equals(lang) ? "Geef de reden van je escalatie." : "Give the reason for your escalation.");
                b.byId("escalation:name").sendKeys("Requester " + lang);
                b.byId("escalation:email").sendKeys("requester-" + marker + "@example.org");
                b.byId("escalation:reference").sendKeys("nl".equals(lang) ? "REQ-" + marker : "no such thing at all");
                b.byId("escalation:reason").sendKeys("Request " + marker + " " + lang + " waits for weeks");
                // a person takes a few seconds to fill in the form (the minimum fill time, against scripts)
                org.serviceportal.testing.TestClock.movedBy(java.time.Duration.ofSeconds(5), () -> {
                    b.byId("escalation:submit").click();
                    b.awaitText("nl".equals(lang) ? "We hebben je escalatie doorgegeven" : "We passed your escalation on");
                });
                b.assertAccessible();
            }
        }
        // kept for the administrators, whoever it reached
        var audit = get("/api/v1/audit-entries?entityType=EscalationRequest&max=50", ADMIN);
        assertEquals(200, audit.statusCode());
        assertTrue(audit.body().contains("Request " + marker + " nl"), audit.body());
        assertTrue(audit.body().contains("Request " + marker + " en"), audit.body());
    }
}
