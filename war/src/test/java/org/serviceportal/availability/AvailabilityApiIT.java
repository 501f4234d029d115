package org.serviceportal.availability;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.PortalServer;

/**
 * Outages and maintenance recorded through the API, availability read back and compared with
 * figures worked out by hand. Each test uses a product and month of its own.
 */
@ExtendWith(PortalServer.class)
class AvailabilityApiIT {

    private static Auth operator() {
        return Api.newUser("operator");
    }

    private static long outage(Auth auth, String product, String start, String end, String severity, String causedBy) {
        var response = send("POST", "/api/v1/outages", json("product", product, "startedAt", start, "endedAt", end,
                "severity", severity, "causedBy", causedBy, "cause", "test"), auth);
        assertEquals(201, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/api/v1/outages/"));
        return object(response).getJsonNumber("id").longValue();
    }

    private static void maintenance(Auth auth, String product, String start, String end, boolean planned) {
        var body = Json.createObjectBuilder().add("products", strings(product)).add("startsAt", start).add("endsAt", end)
                .add("planned", planned)
                .add("title", Json.createObjectBuilder().add("nl", "Onderhoud").add("en", "Maintenance"))
                .add("message", Json.createObjectBuilder().add("nl", "Bericht").add("en", "Message")).build().toString();
        var response = send("POST", "/api/v1/maintenance", body, auth);
        assertEquals(201, response.statusCode(), response.body());
    }

    private static JsonObject row(String product, String month, String calendar) {
        return array(get("/api/v1/availability?product=" + product + "&from=" + month + "&to=" + month))
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("calendar").equals(calendar))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + calendar + " in " + month));
    }

    private static BigDecimal percent(long down, long window, long planned) {
        return BigDecimal.valueOf(100).multiply(BigDecimal.ONE.subtract(
                BigDecimal.valueOf(down).divide(BigDecimal.valueOf(window - planned), 20, RoundingMode.HALF_UP)))
                .setScale(3, RoundingMode.HALF_UP);
    }

    @Test
    void aMonthWithADaylightSavingChangeAroundTheClock() {
        Auth op = operator();
        String p = "toegangsbeheer";
        outage(op, p, "2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z", "MAJOR", null);          // 60
        outage(op, p, "2026-03-12T00:00:00Z", "2026-03-12T00:30:00Z", "PARTIAL", "fas");        // 30, external
        outage(op, p, "2026-03-13T08:00:00Z", "2026-03-13T09:00:00Z", "DEGRADED", null);        // shown, not counted
        outage(op, p, "2026-03-15T10:00:00Z", "2026-03-15T10:30:00Z", "MAJOR", null);           // 10:00-10:45 merged: 45
        outage(op, p, "2026-03-15T10:15:00Z", "2026-03-15T10:45:00Z", "PARTIAL", null);
        maintenance(op, p, "2026-03-20T20:00:00Z", "2026-03-20T22:00:00Z", true);                // 120 planned
        outage(op, p, "2026-03-20T20:30:00Z", "2026-03-20T21:00:00Z", "MAJOR", null);           // inside planned: 0
        maintenance(op, p, "2026-03-22T05:00:00Z", "2026-03-22T05:10:00Z", false);               // unplanned: 10
        outage(op, p, "2026-03-31T21:50:00Z", "2026-03-31T22:20:00Z", "MAJOR", null);           // 10 in March (ends 00:00 CEST)

        JsonObject r = row(p, "2026-03", "24-7");
        assertEquals("2026-03", r.getString("month"));
        assertEquals(31 * 1440 - 60, r.getJsonNumber("windowMinutes").longValue(), "March 2026 loses an hour");
        assertEquals(120, r.getJsonNumber("plannedMaintenanceMinutes").longValue());
        assertEquals(60 + 30 + 45 + 10 + 10, r.getJsonNumber("downtimeMinutes").longValue());
        assertEquals(30, r.getJsonNumber("externalDowntimeMinutes").longValue());
        assertEquals(percent(155, 44580, 120), r.getJsonNumber("availabilityPercent").bigDecimalValue().setScale(3));
        assertEquals(percent(125, 44580, 120),
                r.getJsonNumber("availabilityExcludingExternalPercent").bigDecimalValue().setScale(3));
        assertEquals(new BigDecimal("99.700"), r.getJsonNumber("targetPercent").bigDecimalValue().setScale(3));
        assertFalse(r.getBoolean("met"), "99.651 misses 99.7");
    }

    @Test
    void officeHoursLeaveOutEveningsAndEasterMonday() {
        Auth op = operator();
        String p = "certificatenbeheer";
        // Tuesday 22 April 2025, 06:00-08:00 in Brussels (CEST): 90 minutes before office hours, 30 in them
        outage(op, p, "2025-04-22T04:00:00Z", "2025-04-22T06:00:00Z", "MAJOR", null);
        // Easter Monday 21 April 2025, 10:00-11:00 in Brussels: a holiday, so outside office hours
        outage(op, p, "2025-04-21T08:00:00Z", "2025-04-21T09:00:00Z", "MAJOR", null);

        JsonObject office = row(p, "2025-04", "office-hours");
        assertEquals(21 * 690, office.getJsonNumber("windowMinutes").longValue(), "22 weekdays less Easter Monday");
        assertEquals(30, office.getJsonNumber("downtimeMinutes").longValue());
        assertEquals(percent(30, 14490, 0), office.getJsonNumber("availabilityPercent").bigDecimalValue().setScale(3));
        assertEquals(new BigDecimal("99.300"), office.getJsonNumber("targetPercent").bigDecimalValue().setScale(3));
        assertTrue(office.getBoolean("met"));

        JsonObject outside = row(p, "2025-04", "outside-office-hours");
        assertEquals(30 * 1440 - 14490, outside.getJsonNumber("windowMinutes").longValue());
        assertEquals(150, outside.getJsonNumber("downtimeMinutes").longValue());
        assertEquals(percent(150, 28710, 0), outside.getJsonNumber("availabilityPercent").bigDecimalValue().setScale(3));
        assertTrue(outside.getBoolean("met"));

        var csv = Api.plain("/api/v1/availability.csv?product=" + p + "&from=2025-04&to=2025-04");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("\"certificatenbeheer\";\"2025-04\";\"office-hours\";14490;0;30;0;"), csv.body());

        var quarter = array(get("/api/v1/availability?product=" + p + "&from=2025-04&to=2025-06&per=quarter"));
        assertEquals(List.of("2025-Q2", "2025-Q2"), quarter.getValuesAs(JsonObject.class).stream()
                .map(q -> q.getString("month")).toList());
    }

    @Test
    void anOngoingOutageSetsTheProductStatusUntilItIsClosed() {
        Auth op = operator();
        String p = "sleutelbeheer";
        Instant start = Instant.now().minusSeconds(600);
        var created = send("POST", "/api/v1/outages", json("product", p, "startedAt", start.toString(),
                "severity", "MAJOR", "cause", "database down"), op);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject outage = object(created);
        assertEquals("MAJOR_OUTAGE", status(p));

        var closed = send("PUT", "/api/v1/outages/" + outage.getJsonNumber("id"), json("product", p,
                "startedAt", start.toString(), "endedAt", Instant.now().toString(), "severity", "MAJOR",
                "cause", "database down", "version", outage.getInt("version")), op);
        assertEquals(200, closed.statusCode(), closed.body());
        assertEquals("OPERATIONAL", status(p));

        var stale = send("PUT", "/api/v1/outages/" + outage.getJsonNumber("id"), json("product", p,
                "startedAt", start.toString(), "severity", "MAJOR", "version", outage.getInt("version")), op);
        assertEquals(409, stale.statusCode());
    }

    @Test
    void ongoingMaintenanceShowsAsMaintenance() {
        Auth editor = Api.newUser("editor");
        String p = "geprivilegieerd-toegangsbeheer";
        Instant now = Instant.now();
        maintenance(editor, p, now.minusSeconds(60).toString(), now.plusSeconds(3600).toString(), true);
        assertEquals("MAINTENANCE", status(p));
        var listed = array(get("/api/v1/maintenance?product=" + p)).getValuesAs(JsonObject.class);
        assertTrue(listed.stream().anyMatch(m -> m.getJsonObject("title").getString("en").equals("Maintenance")));
    }

    @Test
    void aChangedTargetAppliesFromNowAndPastMonthsKeepTheOldOne() {
        String p = "gebruikersbeheer";
        JsonObject target = array(get("/api/v1/sla-targets")).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("product").equals(p) && t.getString("calendar").equals("outside-office-hours"))
                .findFirst().orElseThrow();
        long id = target.getJsonNumber("id").longValue();
        assertEquals(new BigDecimal("95.000"), target.getJsonNumber("availabilityPercent").bigDecimalValue().setScale(3));

        assertEquals(401, send("PUT", "/api/v1/sla-targets/" + id, "{}", Auth.NONE).statusCode());
        assertEquals(403, send("PUT", "/api/v1/sla-targets/" + id, "{}", Api.newUser("editor")).statusCode());
        var tooHigh = send("PUT", "/api/v1/sla-targets/" + id, json("availabilityPercent", "100.5", "version",
                target.getInt("version")).replace("\"100.5\"", "100.5"), ADMIN);
        assertEquals(400, tooHigh.statusCode());
        assertTrue(Api.isProblem(tooHigh));
        var tooPrecise = send("PUT", "/api/v1/sla-targets/" + id, "{\"availabilityPercent\": 96.1234, \"version\": "
                + target.getInt("version") + "}", ADMIN);
        assertEquals(400, tooPrecise.statusCode());

        var changed = send("PUT", "/api/v1/sla-targets/" + id, "{\"availabilityPercent\": 96.5, \"version\": "
                + target.getInt("version") + "}", ADMIN);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(409, send("PUT", "/api/v1/sla-targets/" + id, "{\"availabilityPercent\": 97, \"version\": "
                + target.getInt("version") + "}", ADMIN).statusCode(), "stale version");

        String thisMonth = YearMonth.now(ZoneId.of("Europe/Brussels")).toString();
        assertEquals(new BigDecimal("96.500"),
                row(p, thisMonth, "outside-office-hours").getJsonNumber("targetPercent").bigDecimalValue().setScale(3));
        assertEquals(new BigDecimal("95.000"),
                row(p, "2025-01", "outside-office-hours").getJsonNumber("targetPercent").bigDecimalValue().setScale(3));
        assertTrue(array(get("/api/v1/audit-entries?entityType=SlaTarget", ADMIN)).size() >= 1);
    }

    @Test
    void writesNeedTheirRoleAndBadInputChangesNothing() {
        String body = json("product", "sleutelbeheer", "startedAt", "2025-01-01T00:00:00Z", "severity", "MAJOR");
        assertEquals(401, send("POST", "/api/v1/outages", body, Auth.NONE).statusCode());
        assertEquals(403, send("POST", "/api/v1/outages", body, Api.newUser("editor")).statusCode());
        assertEquals(401, send("POST", "/api/v1/maintenance", "{}", Auth.NONE).statusCode());

        Auth op = operator();
        int before = array(get("/api/v1/outages?product=sleutelbeheer&from=2020-01-01&to=2030-01-01")).size();
        var endBeforeStart = send("POST", "/api/v1/outages", json("product", "sleutelbeheer",
                "startedAt", "2025-01-02T00:00:00Z", "endedAt", "2025-01-01T00:00:00Z", "severity", "MAJOR"), op);
        assertEquals(400, endBeforeStart.statusCode());
        assertEquals("endedAt", object(endBeforeStart).getJsonArray("errors").getJsonObject(0).getString("field"));
        var future = send("POST", "/api/v1/outages", json("product", "sleutelbeheer",
                "startedAt", Instant.now().plusSeconds(86_400).toString(), "severity", "MAJOR"), op);
        assertEquals(400, future.statusCode());
        var badSeverity = send("POST", "/api/v1/outages", json("product", "sleutelbeheer",
                "startedAt", "2025-01-01T00:00:00Z", "severity", "TERRIBLE"), op);
        assertEquals(400, badSeverity.statusCode());
        var unknownExternal = send("POST", "/api/v1/outages", json("product", "sleutelbeheer",
                "startedAt", "2025-01-01T00:00:00Z", "severity", "MAJOR", "causedBy", "nope"), op);
        assertEquals(400, unknownExternal.statusCode());
        assertEquals(before, array(get("/api/v1/outages?product=sleutelbeheer&from=2020-01-01&to=2030-01-01")).size());

        assertEquals(400, get("/api/v1/availability?product=sleutelbeheer&from=2025-13").statusCode());
        assertEquals(404, get("/api/v1/availability?product=no-such").statusCode());
        assertEquals(400, get("/api/v1/availability").statusCode());
    }

    private static String status(String product) {
        return array(get("/api/v1/products")).getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("code").equals(product)).findFirst().orElseThrow().getString("status");
    }
}
