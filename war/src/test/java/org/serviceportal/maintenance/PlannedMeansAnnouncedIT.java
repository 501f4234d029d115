package org.serviceportal.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.serviceportal.platform.i18n.Formats;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.TestClock;

/**
 * Planned means announced, over HTTP: maintenance counts as planned (left out of availability)
 * only when it was recorded as planned at least {@code portal.maintenance.notice-hours} (24, the
 * test portal's default) before its start. The portal's test clock is moved to the moments the
 * story needs; every figure is worked out by hand.
 * <p>
 * Maintenance is not downtime by itself: the availability service passes <em>unplanned</em>
 * maintenance to the calculator as internal downtime (the product is down for it), and leaves
 * planned maintenance out of the window. So a window that counts as unplanned adds its minutes to
 * {@code downtimeMinutes}, one that counts as planned adds them to {@code plannedMaintenanceMinutes}.
 */
@ExtendWith(PortalServer.class)
class PlannedMeansAnnouncedIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** A product of this test's own, with a 24/7 target so that every minute of a window counts. */
    private static String newProductAroundTheClock() {
        String code = "planned-" + UUID.randomUUID().toString().substring(0, 8);
        var body = Json.createObjectBuilder().add("code", code).add("product", Json.createObjectBuilder()
                .add("nameNl", "Product " + code).add("nameEn", "Product " + code).add("sortOrder", 96)
                .add("dependsOnProducts", Json.createArrayBuilder()).add("dependsOnExternal", Json.createArrayBuilder())
                .add("version", 0)).build().toString();
        var product = send("POST", "/api/v1/products", body, ADMIN);
        assertEquals(201, product.statusCode(), product.body());
        var target = send("POST", "/api/v1/sla-targets",
                "{\"product\": \"" + code + "\", \"calendar\": \"24-7\", \"availabilityPercent\": 99.5}", ADMIN);
        assertEquals(201, target.statusCode(), target.body());
        return code;
    }

    private static String windowJson(String product, Instant start, boolean planned, String title, Long version) {
        var b = Json.createObjectBuilder().add("products", strings(product)).add("startsAt", start.toString())
                .add("endsAt", start.plus(Duration.ofHours(1)).toString()).add("planned", planned)
                .add("title", Json.createObjectBuilder().add("nl", title + " nl").add("en", title + " en"))
                .add("message", Json.createObjectBuilder().add("nl", "Bericht").add("en", "Message"));
        if (version != null) {
            b.add("version", version);
        }
        return b.build().toString();
    }

    private static JsonObject create(Auth auth, String product, Instant start, boolean planned, String title) {
        var response = send("POST", "/api/v1/maintenance", windowJson(product, start, planned, title, null), auth);
        assertEquals(201, response.statusCode(), response.body());
        return object(response);
    }

    private static JsonObject window(JsonObject created) {
        return object(get("/api/v1/maintenance/" + created.getJsonNumber("id")));
    }

    private static JsonObject row(String product, YearMonth month) {
        return array(get("/api/v1/availability?product=" + product + "&from=" + month + "&to=" + month))
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("calendar").equals("24-7"))
                .findFirst().orElseThrow(() -> new AssertionError("no 24/7 row in " + month));
    }

    private static BigDecimal percent(long down, long window, long planned) {
        return BigDecimal.valueOf(100).multiply(BigDecimal.ONE.subtract(
                BigDecimal.valueOf(down).divide(BigDecimal.valueOf(window - planned), 20, RoundingMode.HALF_UP)))
                .setScale(3, RoundingMode.HALF_UP);
    }

    /** The offset that puts the portal's clock at {@code at}. */
    private static Duration until(Instant at) {
        return Duration.between(Instant.now(), at);
    }

    @Test
    void onlyMaintenanceAnnouncedInTimeIsLeftOutOfAvailability() throws Exception {
        Auth editor = Api.newUser("editor");
        String p = newProductAroundTheClock();
        // Next month, so that every window lies ahead of the real clock and inside one month.
        YearMonth month = YearMonth.now(BRUSSELS).plusMonths(1);
        Instant m0 = month.atDay(1).atStartOfDay(BRUSSELS).toInstant();
        Instant m1 = month.plusMonths(1).atDay(1).atStartOfDay(BRUSSELS).toInstant();
        Instant announcedStart = m0.plus(Duration.ofHours(56));   // A: announced 48 h ahead
        Instant lateStart = m0.plus(Duration.ofHours(60));        // B: made planned 2 h ahead
        Instant startedStart = m0.plus(Duration.ofHours(50));     // C: unplanned, started before anyone planned it
        Instant historyStart = m0.plus(Duration.ofHours(40));     // D: recorded afterwards, as planned

        JsonObject[] windows = new JsonObject[3];
        TestClock.movedBy(until(announcedStart.minus(Duration.ofHours(48))), () -> {
            windows[0] = create(editor, p, announcedStart, true, "Aangekondigd");
            windows[1] = create(editor, p, lateStart, false, "Laat");
            windows[2] = create(editor, p, startedStart, false, "Begonnen");
        });
        JsonObject announced = window(windows[0]);
        assertTrue(announced.getBoolean("countsAsPlanned"), announced.toString());
        assertEquals("ANNOUNCED", announced.getString("planning"));
        assertFalse(announced.getBoolean("recordedAfterwards"));

        // Two hours and two minutes before B starts: A and C lie behind, B ahead.
        TestClock.movedBy(until(lateStart.minus(Duration.ofMinutes(122))), () -> {
            JsonObject before = row(p, month);
            assertEquals(60, before.getJsonNumber("plannedMaintenanceMinutes").longValue(), "A, announced 48 h ahead");
            assertEquals(60, before.getJsonNumber("downtimeMinutes").longValue(), "C, unplanned maintenance");

            JsonObject started = window(windows[2]);
            var refused = send("PUT", "/api/v1/maintenance/" + started.getJsonNumber("id"),
                    windowJson(p, startedStart, true, "Begonnen", started.getJsonNumber("version").longValue()), editor,
                    "en");
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(Api.isProblem(refused), refused.body());
            assertTrue(object(refused).getString("detail").contains("Unplanned maintenance that has already started cannot become planned."),
                    refused.body());
            JsonObject unchanged = window(windows[2]);
            assertFalse(unchanged.getBoolean("planned"));
            assertEquals(started.getJsonNumber("version"), unchanged.getJsonNumber("version"), "nothing changed");
            JsonObject after = row(p, month);
            assertEquals(60, after.getJsonNumber("plannedMaintenanceMinutes").longValue(), "figures unchanged");
            assertEquals(60, after.getJsonNumber("downtimeMinutes").longValue(), "figures unchanged");

            JsonObject late = window(windows[1]);
            var madePlanned = send("PUT", "/api/v1/maintenance/" + late.getJsonNumber("id"),
                    windowJson(p, lateStart, true, "Laat", late.getJsonNumber("version").longValue()), editor);
            assertEquals(200, madePlanned.statusCode(), madePlanned.body());
            JsonObject tooLate = object(madePlanned);
            assertTrue(tooLate.getBoolean("planned"));
            assertFalse(tooLate.getBoolean("countsAsPlanned"), tooLate.toString());
            assertEquals("ANNOUNCED_TOO_LATE", tooLate.getString("planning"));

            JsonObject history = create(editor, p, historyStart, true, "Achteraf");
            assertTrue(history.getBoolean("recordedAfterwards"), history.toString());
            assertTrue(history.getBoolean("countsAsPlanned"));
            assertEquals("RECORDED_AFTERWARDS", history.getString("planning"));
        });

        // The month has ended: every figure is final.
        TestClock.movedBy(until(m1.plus(Duration.ofHours(1))), () -> {
            long windowMinutes = Duration.between(m0, m1).toMinutes();
            JsonObject r = row(p, month);
            assertTrue(r.getBoolean("complete"), r.toString());
            assertEquals(windowMinutes, r.getJsonNumber("windowMinutes").longValue());
            assertEquals(60 + 60, r.getJsonNumber("plannedMaintenanceMinutes").longValue(),
                    "A (announced 48 h ahead) and D (recorded afterwards) are left out");
            assertEquals(60 + 60, r.getJsonNumber("downtimeMinutes").longValue(),
                    "B (made planned 2 h ahead) and C (unplanned) count as unplanned maintenance: downtime");
            assertEquals(0, r.getJsonNumber("externalDowntimeMinutes").longValue());
            assertEquals(percent(120, windowMinutes, 120),
                    r.getJsonNumber("availabilityPercent").bigDecimalValue().setScale(3, RoundingMode.HALF_UP));

            String page = "/public/availability.xhtml?product=" + p + "&year=" + month.getYear();
            String en = Api.plain(page + "&lang=en").body();
            assertTrue(en.contains("id=\"report-notes\""), en);
            assertTrue(en.contains("Achteraf en</strong>"), "the window's English title");
            assertTrue(en.contains("recorded afterwards"), en);
            assertTrue(en.contains("announced too late: 2 hours before"), en);
            assertTrue(en.contains("(see notes)"), en);
            String nl = Api.plain(page + "&lang=nl").body();
            assertTrue(nl.contains("achteraf geregistreerd"), nl);
            assertTrue(nl.contains("te laat aangekondigd: 2 uur vooraf"), nl);
            assertTrue(nl.contains("Laat nl</strong>"), "the window's Dutch title");
            assertFalse(nl.contains("Aangekondigd nl"), "a window announced in time needs no note");

            var csv = Api.plain("/api/v1/availability.csv?product=" + URLEncoder.encode(p, StandardCharsets.UTF_8)
                    + "&from=" + month + "&to=" + month + "&lang=en");
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().startsWith("product,period,calendar,") && csv.body().contains(",maintenanceNotes\r\n"),
                    csv.body());
            String line = csv.body().lines().filter(l -> l.contains("\"24-7\"")).findFirst().orElseThrow();
            assertTrue(line.contains("," + windowMinutes + ",120,120,0,"), line);
            assertTrue(line.contains("Achteraf en (" + Formats.dateTime(historyStart, Language.EN) + " – "), line);
            assertTrue(line.contains("recorded afterwards"), line);
            assertTrue(line.contains("Laat en (" + Formats.dateTime(lateStart, Language.EN) + " – ") && line.contains("announced too late: 2 hours before"),
                    line);
        });
    }

    @Test
    void theAdminPageSaysWhyAStartedWindowCannotBecomePlanned() throws Exception {
        String[] editor = Api.newUserCredentials("editor");
        String p = newProductAroundTheClock();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        String title = "Begonnen " + p;
        JsonObject started = create(Auth.basic(editor[0], editor[1]), p, now.minus(Duration.ofMinutes(10)), false, title);
        try (Browser browser = new Browser()) {
            browser.logIn(editor[0], editor[1]);
            for (String[] language : new String[][] {
                    {"en", "Unplanned maintenance that has already started cannot become planned."},
                    {"nl", "Ongepland onderhoud dat al begonnen is, kan niet meer gepland worden."}}) {
                browser.open("/admin/maintenance.xhtml?lang=" + language[0]);
                By row = By.xpath("//tr[contains(., '" + title + " " + language[0] + "')]");
                browser.await(d -> d.findElement(row)).findElement(By.cssSelector("button[id$=':edit']")).click();
                WebElement planned = browser.await(d -> d.findElement(By.cssSelector("[id$=':planned'] .ui-chkbox-box")));
                planned.click();
                browser.await(d -> d.findElement(By.cssSelector("[id$=':planned'] input")).isSelected());
                browser.find("button[id$=':save']").click();
                browser.awaitText(language[1]);
                browser.assertAccessible();
            }
        }
        JsonObject unchanged = window(started);
        assertFalse(unchanged.getBoolean("planned"), "nothing changed");
        assertEquals(started.getJsonNumber("version"), unchanged.getJsonNumber("version"));
    }
}
