package org.serviceportal.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
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
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.TestClock;
import org.serviceportal.testing.Wait;

/** The incident contract over HTTP: matrix, reports, operator logging, the SLA clock, follow-up and escalation. */
@ExtendWith(PortalServer.class)
class IncidentApiIT {

    private static String newProduct() {
        String code = "inc-" + UUID.randomUUID().toString().substring(0, 8);
        var product = Json.createObjectBuilder().add("nameNl", "Product " + code).add("nameEn", "Product " + code)
                .add("sortOrder", 99).add("dependsOnProducts", strings()).add("dependsOnExternal", strings())
                .add("version", 0).build();
        var created = send("POST", "/api/v1/products", json("code", code, "product", product), ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    private static String report(String product, String impact, String urgency, String email, Object... extra) {
        var b = Json.createObjectBuilder().add("product", product).add("impact", impact).add("urgency", urgency)
                .add("description", "Login fails with an error page")
                .add("reporter", Json.createObjectBuilder().add("name", "Test Reporter").add("email", email)
                        .add("organisation", "Test org"));
        for (int i = 0; i < extra.length; i += 2) {
            b.add((String) extra[i], (String) extra[i + 1]);
        }
        return b.build().toString();
    }

    private static String email() {
        return "reporter-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void everyMatrixCellGivesItsPriority() {
        JsonObject matrix = object(get("/api/v1/incident-matrix"));
        var cells = matrix.getJsonArray("cells").getValuesAs(JsonObject.class);
        assertEquals(matrix.getJsonArray("impacts").size() * matrix.getJsonArray("urgencies").size(), cells.size());
        assertEquals("P1", matrix.getJsonArray("priorities").getJsonObject(0).getString("code"));
        assertEquals("24-7", matrix.getJsonArray("priorities").getJsonObject(0).getString("calendar"));
        String product = newProduct();
        Auth operator = Api.newUser("operator");
        for (JsonObject cell : cells) {
            var created = send("POST", "/api/v1/incidents", report(product, cell.getString("impact"),
                    cell.getString("urgency"), email(), "channel", "PHONE"), operator);
            assertEquals(201, created.statusCode(), created.body());
            assertEquals(cell.getString("priority"), object(created).getString("priority"),
                    cell.getString("impact") + " x " + cell.getString("urgency"));
        }
    }

    @Test
    void aPublicReportAnswersReferenceDueTimesAndAFollowUrl() {
        String product = newProduct();
        var created = send("POST", "/api/v1/incidents", report(product, "HIGH", "HIGH", email()), Auth.NONE);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = object(created);
        String reference = body.getString("reference");
        assertTrue(reference.matches("INC-\\d{4}-\\d{6}"), reference);
        assertEquals("P1", body.getString("priority"));
        assertEquals(1, body.getInt("supportLine"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/incidents/" + reference));
        Instant response = Instant.parse(body.getString("responseDue"));
        Instant resolution = Instant.parse(body.getString("resolutionDue"));
        assertTrue(resolution.isAfter(response));

        String followUrl = body.getString("followUrl");
        String token = followUrl.substring(followUrl.indexOf("token=") + 6);
        var page = Api.plain(URI.create(followUrl).getRawPath() + "?" + URI.create(followUrl).getRawQuery());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(reference), "the follow page shows the incident");
        JsonObject state = object(get("/api/v1/incidents/" + reference + "?token=" + token));
        assertEquals("NEW", state.getString("status"));
        assertEquals(404, get("/api/v1/incidents/" + reference + "?token=wrong").statusCode());
        assertEquals(404, get("/api/v1/incidents/" + reference).statusCode());
    }

    @Test
    void badReportsAreRefusedNamingTheField() {
        String product = newProduct();
        var unknownImpact = send("POST", "/api/v1/incidents", report(product, "HUGE", "HIGH", email()), Auth.NONE);
        assertEquals(400, unknownImpact.statusCode());
        assertTrue(unknownImpact.body().contains("impact"), unknownImpact.body());
        var badMail = send("POST", "/api/v1/incidents", report(product, "LOW", "LOW", "not a mail"), Auth.NONE);
        assertEquals(400, badMail.statusCode());
        assertTrue(badMail.body().contains("email"), badMail.body());
        var pastByPublic = send("POST", "/api/v1/incidents", report(product, "LOW", "LOW", email(), "reportedAt",
                "2026-01-05T10:00:00Z"), Auth.NONE);
        assertEquals(400, pastByPublic.statusCode());
        var future = send("POST", "/api/v1/incidents", report(product, "LOW", "LOW", email(), "channel", "PHONE",
                "reportedAt", Instant.now().plus(Duration.ofHours(1)).toString()), Api.newUser("operator"));
        assertEquals(400, future.statusCode());
        assertTrue(future.body().contains("reportedAt"), future.body());
    }

    @Test
    void anIncidentLoggedOnFridayEveningIsDueOnTheNextWorkingDay() {
        String product = newProduct();
        // Friday 20 November 2026, 20:00 in Brussels (19:00 UTC): office hours have ended.
        var created = send("POST", "/api/v1/incidents", report(product, "HIGH", "MEDIUM", email(), "channel", "PHONE",
                "reportedAt", "2026-11-20T19:00:00Z"), Api.newUser("operator"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = object(created);
        assertEquals("P2", body.getString("priority"));
        // P2: response 2 h, resolution 11.5 h of office hours (Mon-Fri 07:30-19:00): Monday 09:30 and 19:00.
        assertEquals("2026-11-23T08:30:00Z", body.getString("responseDue"));
        assertEquals("2026-11-23T18:00:00Z", body.getString("resolutionDue"));
    }

    @Test
    void aPausedIncidentsDueTimeMovesByThePausedBusinessTime() throws Exception {
        String product = newProduct();
        Auth operator = Api.newUser("operator");
        var created = object(send("POST", "/api/v1/incidents", report(product, "HIGH", "HIGH", email(), "channel",
                "CHAT"), operator));
        String ref = created.getString("reference");
        JsonObject started = object(send("POST", "/api/v1/incidents/" + ref + "/start", json("version",
                version(ref, operator)), operator));
        assertEquals("IN_PROGRESS", started.getString("status"));
        var noNote = send("POST", "/api/v1/incidents/" + ref + "/wait-for-reporter",
                json("version", started.getInt("version")), operator);
        assertEquals(400, noNote.statusCode());
        JsonObject waiting = object(send("POST", "/api/v1/incidents/" + ref + "/wait-for-reporter",
                json("version", started.getInt("version"), "note", "Which browser do you use?"), operator));
        assertEquals("WAITING_FOR_REPORTER", waiting.getString("status"));
        Instant dueBefore = Instant.parse(waiting.getString("resolutionDue"));
        var resumedLater = new java.util.concurrent.atomic.AtomicReference<JsonObject>();
        TestClock.movedBy(Duration.ofHours(2), () -> resumedLater.set(object(send("POST", "/api/v1/incidents/" + ref
                + "/resume", json("version", waiting.getInt("version")), operator))));
        JsonObject resumed = resumedLater.get();
        assertEquals("IN_PROGRESS", resumed.getString("status"));
        long paused = resumed.getJsonNumber("pausedSeconds").longValue();
        assertTrue(paused >= 7200 && paused < 7260, "P1 runs 24/7, so the whole pause counts: " + paused);
        assertEquals(dueBefore.plusSeconds(paused), Instant.parse(resumed.getString("resolutionDue")));

        var stale = send("POST", "/api/v1/incidents/" + ref + "/resume", json("version", waiting.getInt("version")),
                operator);
        // the resume bumped the version, so the old one is stale
        assertEquals(409, stale.statusCode());
        var history = resumed.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")).toList();
        assertEquals(List.of("LOGGED", "STARTED", "WAITING_FOR_REPORTER", "RESUMED"), history);
    }

    @Test
    void handOverNeedsANoteAndGoesOneLineUpAtATime() {
        String product = newProduct();
        Auth operator = Api.newUser("operator");
        String ref = object(send("POST", "/api/v1/incidents", report(product, "LOW", "LOW", email(), "channel",
                "MAIL"), operator)).getString("reference");
        long v = version(ref, operator);
        assertEquals(400, send("POST", "/api/v1/incidents/" + ref + "/hand-over", json("version", v, "line", 2),
                operator).statusCode());
        var skip = send("POST", "/api/v1/incidents/" + ref + "/hand-over", json("version", v, "line", 3,
                "note", "skip"), operator);
        assertEquals(400, skip.statusCode());
        assertTrue(skip.body().contains("line"), skip.body());
        JsonObject second = object(send("POST", "/api/v1/incidents/" + ref + "/hand-over", json("version", v,
                "line", 2, "note", "Key activation problem"), operator));
        assertEquals(2, second.getInt("supportLine"));
        long v2 = second.getJsonNumber("version").longValue();
        assertEquals(401, send("POST", "/api/v1/incidents/" + ref + "/hand-over", json("version", v2, "line", 3,
                "note", "x"), Auth.NONE).statusCode());
        assertEquals(403, send("POST", "/api/v1/incidents/" + ref + "/hand-over", json("version", v2, "line", 3,
                "note", "x"), Api.newUser("editor")).statusCode());
        assertEquals(409, send("POST", "/api/v1/incidents/" + ref + "/hand-over", json("version", v, "line", 3,
                "note", "stale"), operator).statusCode());
        JsonObject third = object(send("POST", "/api/v1/incidents/" + ref + "/hand-over", json("version", v2,
                "line", 3, "note", "Forwarded in writing to the building-block team"), operator));
        assertEquals(3, third.getInt("supportLine"));
        JsonObject back = object(send("POST", "/api/v1/incidents/" + ref + "/hand-over", json("version",
                third.getJsonNumber("version").longValue(), "line", 1, "note", "Answer for the helpdesk"), operator));
        assertEquals(1, back.getInt("supportLine"));
        var handOvers = back.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("HANDED_OVER")).toList();
        assertEquals(3, handOvers.size());
        assertFalse(handOvers.get(0).getBoolean("publicVisible"), "hand-over notes are internal");
    }

    @Test
    void anEscalationMailsTheContactOnce() throws Exception {
        String product = newProduct();
        String contact = "sdm-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var c = send("POST", "/api/v1/escalation-contacts", json("roleNl", "Service Delivery Manager", "roleEn",
                "Service Delivery Manager", "name", "Test Manager", "email", contact, "sortOrder", 9, "products",
                strings(product), "version", 0), ADMIN);
        assertEquals(201, c.statusCode(), c.body());
        JsonObject created = object(send("POST", "/api/v1/incidents", report(product, "MEDIUM", "LOW", email()),
                Auth.NONE));
        String ref = created.getString("reference");
        String followUrl = created.getString("followUrl");
        String token = followUrl.substring(followUrl.indexOf("token=") + 6);

        assertEquals(400, send("POST", "/api/v1/incidents/" + ref + "/escalations", json("token", token, "reason", " "),
                Auth.NONE).statusCode());
        assertEquals(404, send("POST", "/api/v1/incidents/" + ref + "/escalations", json("token", "guess", "reason",
                "No answer"), Auth.NONE).statusCode());
        var escalated = send("POST", "/api/v1/incidents/" + ref + "/escalations", json("token", token, "reason",
                "No answer after three days"), Auth.NONE);
        assertEquals(201, escalated.statusCode(), escalated.body());
        var escalations = object(escalated).getJsonArray("escalations");
        // contacts for every product (made by other tests) may be mailed too; ours answers for this product
        assertTrue(escalations.getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> "Service Delivery Manager".equals(e.getString("contactRole", null))), escalations.toString());

        List<MimeMessage> mails = awaitMessagesTo(contact, 1);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().contains(ref));
        String body = (String) mails.get(0).getContent();
        assertTrue(body.contains("No answer after three days"), body);
        assertTrue(body.contains("is geëscaleerd") && body.contains("has been escalated"),
                "staff, whose language is not known, read it in Dutch and English: " + body);
        TestClock.twoMoreSenderRounds();
        assertEquals(1, messagesTo(contact).size(), "mailed once");
        assertEquals(1, outboxTo(contact).size(), "queued once");
        JsonObject seen = object(get("/api/v1/incidents/" + ref, Api.newUser("operator")));
        assertTrue(seen.getBoolean("escalated"));
    }

    @Test
    void theReporterIsMailedTheFollowLinkAndCanAddInformation() throws Exception {
        String product = newProduct();
        String reporter = email();
        JsonObject created = object(send("POST", "/api/v1/incidents?lang=en", report(product, "LOW", "MEDIUM",
                reporter), Auth.NONE));
        String ref = created.getString("reference");
        List<MimeMessage> mails = awaitMessagesTo(reporter, 1);
        assertEquals(1, mails.size());
        String text = (String) mails.get(0).getContent();
        assertTrue(text.contains(created.getString("followUrl")), text);
        String token = created.getString("followUrl").substring(created.getString("followUrl").indexOf("token=") + 6);
        var added = send("POST", "/api/v1/incidents/" + ref + "/information", json("token", token, "text",
                "It happens in Firefox only"), Auth.NONE);
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(object(added).getJsonArray("history").toString().contains("It happens in Firefox only"));
        assertFalse(object(added).toString().contains(reporter), "the follow view shows no e-mail addresses");
    }

    @Test
    void breachesAreMarkedAndTheContactMailedOnce() throws Exception {
        String product = newProduct();
        String contact = "line-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertEquals(201, send("POST", "/api/v1/escalation-contacts", json("roleNl", "Productverantwoordelijke",
                "roleEn", "Product owner", "email", contact, "sortOrder", 9, "products", strings(product),
                "version", 0), ADMIN).statusCode());
        Auth operator = Api.newUser("operator");
        // P1 runs around the clock: 1 h to respond, 4 h to resolve.
        String ref = object(send("POST", "/api/v1/incidents", report(product, "HIGH", "HIGH", email(), "channel",
                "PHONE"), operator)).getString("reference");
        JsonObject fresh = object(get("/api/v1/incidents/" + ref, operator));
        assertFalse(fresh.getBoolean("responseBreached") || fresh.getBoolean("resolutionBreached"), fresh.toString());

        // five hours later both have passed: the move wakes the breach check
        TestClock.movedBy(Duration.ofHours(5), () -> {
            JsonObject seen = Wait.until("both breaches of " + ref + " marked", Duration.ofSeconds(20),
                    () -> object(get("/api/v1/incidents/" + ref, operator)),
                    i -> i.getBoolean("responseBreached") && i.getBoolean("resolutionBreached"));
            assertTrue(seen.getBoolean("responseBreached"), seen.toString());
            List<MimeMessage> mails = awaitMessagesTo(contact, 2);
            assertEquals(2, mails.size(), "one mail per breach");
            assertTrue(mails.stream().allMatch(m -> {
                try {
                    return m.getSubject().contains(ref);
                } catch (jakarta.mail.MessagingException e) {
                    return false;
                }
            }));

            TestClock.runRound(TestClock.BREACH_CHECK);
            TestClock.runRound(TestClock.BREACH_CHECK);
            TestClock.twoMoreSenderRounds();
            assertEquals(2, outboxTo(contact).size(), "not queued again by later checks");
            assertEquals(2, messagesTo(contact).size(), "not mailed again after later checks");
        });
    }

    @Test
    void aMatrixChangeWritesANewVersionAndIncidentsKeepTheirs() {
        String product = newProduct();
        Auth operator = Api.newUser("operator");
        String before = object(send("POST", "/api/v1/incidents", report(product, "LOW", "LOW", email(), "channel",
                "PHONE"), operator)).getString("reference");
        JsonObject matrix = object(get("/api/v1/incident-matrix"));
        int current = matrix.getInt("version");
        // the same content again: a new version that changes nothing for the other tests
        var change = Json.createObjectBuilder().add("basedOn", current)
                .add("impacts", levels(matrix.getJsonArray("impacts"))).add("urgencies", levels(matrix.getJsonArray("urgencies")))
                .add("priorities", matrix.getJsonArray("priorities")).add("cells", matrix.getJsonArray("cells"))
                .add("note", "Reviewed, unchanged").build().toString();
        assertEquals(403, send("PUT", "/api/v1/incident-matrix", change, operator).statusCode());
        assertEquals(401, send("PUT", "/api/v1/incident-matrix", change, Auth.NONE).statusCode());
        var incomplete = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(change)).readObject())
                .add("cells", Json.createArrayBuilder().add(matrix.getJsonArray("cells").get(0))).build().toString();
        var refused = send("PUT", "/api/v1/incident-matrix", incomplete, ADMIN);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("cells"), refused.body());

        var updated = send("PUT", "/api/v1/incident-matrix", change, ADMIN);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(current + 1, object(updated).getInt("version"));
        assertEquals(409, send("PUT", "/api/v1/incident-matrix", change, ADMIN).statusCode(), "based on an old version");
        assertEquals(current, object(get("/api/v1/incident-matrix/versions/" + current)).getInt("version"));

        assertEquals(current, object(get("/api/v1/incidents/" + before, operator)).getInt("matrixVersion"));
        String after = object(send("POST", "/api/v1/incidents", report(product, "LOW", "LOW", email(), "channel",
                "PHONE"), operator)).getString("reference");
        assertEquals(current + 1, object(get("/api/v1/incidents/" + after, operator)).getInt("matrixVersion"));
    }

    private static jakarta.json.JsonArray levels(jakarta.json.JsonArray levels) {
        var a = Json.createArrayBuilder();
        levels.getValuesAs(JsonObject.class).forEach(a::add);
        return a.build();
    }

    @Test
    void anIncidentIsResolvedClosedAndReopenedWithNotesAndLinkedToAnOutage() throws Exception {
        String product = newProduct();
        String reporter = email();
        Auth operator = Api.newUser("operator");
        String ref = object(send("POST", "/api/v1/incidents", report(product, "MEDIUM", "MEDIUM", reporter, "channel",
                "MAIL"), operator)).getString("reference");
        JsonObject started = object(send("POST", "/api/v1/incidents/" + ref + "/start", json("version",
                version(ref, operator)), operator));
        assertTrue(started.containsKey("respondedAt"));

        var outage = send("POST", "/api/v1/outages", json("product", product, "startedAt",
                Instant.now().minus(Duration.ofHours(1)).toString(), "severity", "MAJOR"), operator);
        assertEquals(201, outage.statusCode(), outage.body());
        long outageId = object(outage).getJsonNumber("id").longValue();
        assertEquals(400, send("POST", "/api/v1/incidents/" + ref + "/outages", json("version",
                started.getJsonNumber("version").longValue(), "outage", 999_999_999L), operator).statusCode());
        JsonObject linked = object(send("POST", "/api/v1/incidents/" + ref + "/outages", json("version",
                started.getJsonNumber("version").longValue(), "outage", outageId), operator));
        assertEquals(List.of(outageId), linked.getJsonArray("outages").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(jakarta.json.JsonNumber::longValue).toList());
        JsonObject unlinked = object(send("POST", "/api/v1/incidents/" + ref + "/outages/unlink", json("version",
                linked.getJsonNumber("version").longValue(), "outage", outageId), operator));
        assertTrue(unlinked.getJsonArray("outages").isEmpty());

        long v = unlinked.getJsonNumber("version").longValue();
        var noNote = send("POST", "/api/v1/incidents/" + ref + "/resolve", json("version", v), operator);
        assertEquals(400, noNote.statusCode());
        assertTrue(noNote.body().contains("note"), noNote.body());
        assertEquals(400, send("POST", "/api/v1/incidents/" + ref + "/close", json("version", v), operator).statusCode(),
                "only a resolved incident closes");
        JsonObject resolved = object(send("POST", "/api/v1/incidents/" + ref + "/resolve", json("version", v, "note",
                "The certificate was renewed"), operator));
        assertEquals("RESOLVED", resolved.getString("status"));
        assertFalse(resolved.getBoolean("resolutionBreached"));
        JsonObject closed = object(send("POST", "/api/v1/incidents/" + ref + "/close", json("version",
                resolved.getJsonNumber("version").longValue()), operator));
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(400, send("POST", "/api/v1/incidents/" + ref + "/reopen", json("version",
                closed.getJsonNumber("version").longValue()), operator).statusCode());
        JsonObject reopened = object(send("POST", "/api/v1/incidents/" + ref + "/reopen", json("version",
                closed.getJsonNumber("version").longValue(), "note", "It failed again"), operator));
        assertEquals("IN_PROGRESS", reopened.getString("status"));
        assertEquals(List.of("LOGGED", "STARTED", "OUTAGE_LINKED", "OUTAGE_UNLINKED", "RESOLVED", "CLOSED", "REOPENED"),
                reopened.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind"))
                        .toList());

        List<MimeMessage> mails = awaitMessagesTo(reporter, 2);
        assertEquals(2, mails.size(), "the follow link, then the resolution");
        assertTrue(mails.stream().anyMatch(m -> {
            try {
                return ((String) m.getContent()).contains("The certificate was renewed");
            } catch (Exception e) {
                return false;
            }
        }));
    }

    private static long version(String reference, Auth operator) {
        return object(get("/api/v1/incidents/" + reference, operator)).getJsonNumber("version").longValue();
    }

}
