package org.serviceportal.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.PortalServer;

/** {@code POST}/{@code DELETE /api/v1/sla-targets}: targets added and ended, effective-dated, and the reports that follow. */
@ExtendWith(PortalServer.class)
class SlaTargetsApiIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** A product of this test's own. */
    static String newProduct() {
        String code = "sla-" + UUID.randomUUID().toString().substring(0, 8);
        var body = Json.createObjectBuilder().add("code", code).add("product", Json.createObjectBuilder()
                .add("nameNl", "Product " + code).add("nameEn", "Product " + code).add("sortOrder", 95)
                .add("dependsOnProducts", Json.createArrayBuilder()).add("dependsOnExternal", Json.createArrayBuilder())
                .add("version", 0)).build().toString();
        var response = send("POST", "/api/v1/products", body, ADMIN);
        assertEquals(201, response.statusCode(), response.body());
        return code;
    }

    private static List<JsonObject> targetsOf(String product) {
        return array(get("/api/v1/sla-targets")).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("product").equals(product)).toList();
    }

    private static String target(String product, String calendar, String percent) {
        return "{\"product\": \"" + product + "\", \"calendar\": \"" + calendar + "\", \"availabilityPercent\": " + percent + "}";
    }

    private static List<JsonObject> report(String product, String from, String to) {
        return array(get("/api/v1/availability?product=" + product + "&from=" + from + "&to=" + to))
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aNewProductGetsTheDefaultTargets() {
        String p = newProduct();
        var targets = targetsOf(p);
        assertEquals(List.of("office-hours", "outside-office-hours"), targets.stream().map(t -> t.getString("calendar")).sorted().toList());
        assertEquals(0, new BigDecimal("99.3").compareTo(targets.stream().filter(t -> t.getString("calendar").equals("office-hours"))
                .findFirst().orElseThrow().getJsonNumber("availabilityPercent").bigDecimalValue()));
        String thisMonth = YearMonth.now(BRUSSELS).toString();
        assertEquals(2, report(p, thisMonth, thisMonth).size(), "its report is not empty");
    }

    @Test
    void aNewTargetForANewWindowGivesTheProductItsAvailabilityThere() {
        String p = newProduct();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // half an hour of major outage in this month, around the clock
        var outage = send("POST", "/api/v1/outages", Api.json("product", p, "startedAt", now.minus(Duration.ofMinutes(40)).toString(),
                "endedAt", now.minus(Duration.ofMinutes(10)).toString(), "severity", "MAJOR", "cause", "test"), Api.newUser("operator"));
        assertEquals(201, outage.statusCode(), outage.body());

        var created = send("POST", "/api/v1/sla-targets", target(p, "24-7", "99.9"), ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject t = object(created);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/sla-targets/" + t.getJsonNumber("id")),
                created.headers().toString());
        assertEquals("24-7", t.getString("calendar"));
        assertEquals(0, new BigDecimal("99.9").compareTo(t.getJsonNumber("availabilityPercent").bigDecimalValue()));
        assertTrue(targetsOf(p).stream().anyMatch(x -> x.getString("calendar").equals("24-7")));

        String thisMonth = YearMonth.now(BRUSSELS).toString();
        String lastMonth = YearMonth.now(BRUSSELS).minusMonths(1).toString();
        JsonObject row = report(p, thisMonth, thisMonth).stream().filter(r -> r.getString("calendar").equals("24-7"))
                .findFirst().orElseThrow(() -> new AssertionError("no 24/7 row"));
        assertEquals(0, new BigDecimal("99.9").compareTo(row.getJsonNumber("targetPercent").bigDecimalValue()));
        if (!now.minus(Duration.ofMinutes(40)).isBefore(YearMonth.now(BRUSSELS).atDay(1).atStartOfDay(BRUSSELS).toInstant())) {
            assertEquals(30, row.getJsonNumber("downtimeMinutes").longValue());
        }
        assertTrue(row.getJsonNumber("windowMinutes").longValue() > 0);
        assertTrue(report(p, lastMonth, lastMonth).stream().noneMatch(r -> r.getString("calendar").equals("24-7")),
                "no target applied last month");

        // a second live target for the same window is a conflict
        var twice = send("POST", "/api/v1/sla-targets", target(p, "24-7", "99.5"), ADMIN);
        assertEquals(409, twice.statusCode(), twice.body());
        assertTrue(Api.isProblem(twice));

        // ended now: gone from the list, this month's report keeps it, it can be ended only once
        long id = t.getJsonNumber("id").longValue();
        assertEquals(401, send("DELETE", "/api/v1/sla-targets/" + id, null, Auth.NONE).statusCode());
        assertEquals(403, send("DELETE", "/api/v1/sla-targets/" + id, null, Api.newUser("editor")).statusCode());
        assertEquals(204, send("DELETE", "/api/v1/sla-targets/" + id, null, ADMIN).statusCode());
        assertTrue(targetsOf(p).stream().noneMatch(x -> x.getString("calendar").equals("24-7")));
        assertEquals(404, get("/api/v1/sla-targets/" + id).statusCode());
        assertEquals(404, send("DELETE", "/api/v1/sla-targets/" + id, null, ADMIN).statusCode());
        assertTrue(report(p, thisMonth, thisMonth).stream().anyMatch(r -> r.getString("calendar").equals("24-7")),
                "it applied during this month");
        var audit = get("/api/v1/audit-entries?entityType=SlaTarget&action=DELETE&max=20", ADMIN);
        assertTrue(audit.body().contains("endedAt"), audit.body());

        // and it can be added again
        assertEquals(201, send("POST", "/api/v1/sla-targets", target(p, "24-7", "99.5"), ADMIN).statusCode());
    }

    @Test
    void badInputAndMissingRolesAddNothing() {
        String p = newProduct();
        int before = targetsOf(p).size();
        assertEquals(401, send("POST", "/api/v1/sla-targets", target(p, "24-7", "99"), Auth.NONE).statusCode());
        assertEquals(403, send("POST", "/api/v1/sla-targets", target(p, "24-7", "99"), Api.newUser("operator")).statusCode());
        for (String bad : List.of(target(p, "24-7", "100.5"), target(p, "24-7", "-1"), target(p, "24-7", "99.1234"),
                target(p, "no-such-calendar", "99"), target("no-such-product", "24-7", "99"),
                "{\"product\": \"" + p + "\", \"calendar\": \"24-7\"}", "{}")) {
            var refused = send("POST", "/api/v1/sla-targets", bad, ADMIN);
            assertEquals(400, refused.statusCode(), bad + " -> " + refused.body());
            assertTrue(Api.isProblem(refused), refused.body());
        }
        assertTrue(send("POST", "/api/v1/sla-targets", target("no-such-product", "24-7", "99"), ADMIN).body().contains("product"));
        assertEquals(before, targetsOf(p).size());
        assertEquals(404, send("DELETE", "/api/v1/sla-targets/987654321", null, ADMIN).statusCode());
        assertFalse(targetsOf(p).stream().anyMatch(x -> x.getString("calendar").equals("24-7")));
    }
}
