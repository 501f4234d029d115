package org.serviceportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.isProblem;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.TestClock;

/**
 * Weekly ranges of calendars changed through the API: the rules (400), who may (403), stale versions
 * and derived calendars (409), and availability: a past month keeps its figures, the running month's
 * window follows the new ranges from the instant of the change.
 */
@ExtendWith(PortalServer.class)
class CalendarApiIT {

    private static final String OFFICE = "office-hours";
    private static final String PRODUCT = "sleutelbeheer";

    private static JsonObject calendar(String code) {
        return array(get("/api/v1/calendars")).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static String body(JsonArray ranges, boolean closed, long version) {
        return Json.createObjectBuilder().add("ranges", ranges).add("closed", closed).add("version", version).build()
                .toString();
    }

    private static JsonArray ranges(String... dayFromTo) {
        var a = Json.createArrayBuilder();
        for (int i = 0; i < dayFromTo.length; i += 3) {
            a.add(Json.createObjectBuilder().add("day", dayFromTo[i]).add("from", dayFromTo[i + 1])
                    .add("to", dayFromTo[i + 2]));
        }
        return a.build();
    }

    private static JsonArray everyDayAllDay() {
        var a = Json.createArrayBuilder();
        for (DayOfWeek d : DayOfWeek.values()) {
            a.add(Json.createObjectBuilder().add("day", d.name()).add("from", "00:00").add("to", "24:00"));
        }
        return a.build();
    }

    private static JsonObject availability(YearMonth month) {
        return array(get("/api/v1/availability?product=" + PRODUCT + "&from=" + month + "&to=" + month))
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("calendar").equals(OFFICE))
                .findFirst().orElseThrow(() -> new AssertionError("no office-hours row in " + month));
    }

    /** Minutes as the availability figures give them: rounded half up. */
    private static long minutes(Duration d) {
        return java.math.BigDecimal.valueOf(d.toNanos(), 9).divide(java.math.BigDecimal.valueOf(60), 0,
                java.math.RoundingMode.HALF_UP).longValueExact();
    }

    @Test
    void theCalendarsAreListedWithTheirRangesAndHistory() {
        JsonObject office = calendar(OFFICE);
        assertEquals("WEEKLY", office.getString("kind"));
        assertTrue(office.getJsonArray("history").size() >= 1);
        assertEquals(office, object(get("/api/v1/calendars/" + OFFICE)));
        assertEquals(404, get("/api/v1/calendars/no-such-calendar").statusCode());
    }

    @Test
    void badRangesAre400AndOthersThanAdministrators403AndStaleOrDerived409() {
        long version = calendar(OFFICE).getJsonNumber("version").longValue();
        String path = "/api/v1/calendars/" + OFFICE + "/ranges";
        for (String bad : List.of(body(ranges("MONDAY", "12:00", "08:00"), false, version),
                body(ranges("MONDAY", "08:00", "12:00", "MONDAY", "11:00", "13:00"), false, version),
                body(ranges(), false, version),
                body(ranges("MONDAY", "08:00", "12:00"), true, version),
                body(ranges("MONDAY", "8h", "12:00"), false, version))) {
            var r = send("PUT", path, bad, ADMIN);
            assertEquals(400, r.statusCode(), bad + " -> " + r.body());
            assertTrue(isProblem(r), r.body());
        }
        var forbidden = send("PUT", path, body(ranges("MONDAY", "08:00", "12:00"), false, version),
                Api.newUser("operator"));
        assertEquals(403, forbidden.statusCode());
        var stale = send("PUT", path, body(ranges("MONDAY", "08:00", "12:00"), false, version - 1), ADMIN);
        assertEquals(409, stale.statusCode(), stale.body());
        JsonObject outside = calendar("outside-office-hours");
        var derived = send("PUT", "/api/v1/calendars/outside-office-hours/ranges",
                body(ranges("MONDAY", "08:00", "12:00"), false, outside.getJsonNumber("version").longValue()), ADMIN);
        assertEquals(409, derived.statusCode(), derived.body());
        assertEquals(version, calendar(OFFICE).getJsonNumber("version").longValue(), "nothing changed");
    }

    @Test
    void aChangeLeavesThePastAloneAndTheRunningMonthFollowsIt() throws Exception {
        YearMonth thisMonth = YearMonth.now(ServiceCalendar.BRUSSELS);
        YearMonth lastMonth = thisMonth.minusMonths(1);
        JsonObject before = availability(lastMonth);
        JsonObject office = calendar(OFFICE);
        JsonArray original = office.getJsonArray("weeklyRanges");
        // The new ranges disagree with office hours from the change on: around the clock when the office
        // is closed now, closed every day when it is open.
        boolean openNow = ServiceCalendar.officeHours().isOpenAt(Instant.now());
        var response = send("PUT", "/api/v1/calendars/" + OFFICE + "/ranges",
                body(openNow ? ranges() : everyDayAllDay(), openNow, office.getJsonNumber("version").longValue()), ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject changed = object(response);
        try {
            JsonArray history = changed.getJsonArray("history");
            Instant change = Instant.parse(history.getJsonObject(history.size() - 1).getString("effectiveFrom"));
            assertEquals(office.getJsonArray("history").size() + 1, history.size());

            assertEquals(before, availability(lastMonth), "last month keeps the ranges that applied then");

            ServiceCalendar old = ServiceCalendar.officeHours();
            Instant monthStart = thisMonth.atDay(1).atStartOfDay(ServiceCalendar.BRUSSELS).toInstant();
            ServiceCalendar now = old.withRangesFrom(change, openNow ? List.of()
                    : List.of(DayOfWeek.values()).stream().map(WeeklyRange::allDay).toList());
            // Three hours on (the portal's test clock), the two sets of ranges give figures at least 90 minutes apart.
            Duration ahead = Duration.ofHours(3);
            Instant monthEnd = thisMonth.plusMonths(1).atDay(1).atStartOfDay(ServiceCalendar.BRUSSELS).toInstant();
            TestClock.movedBy(ahead, () -> {
                Instant t1 = min(Instant.now().plus(ahead), monthEnd);
                long window = availability(thisMonth).getJsonNumber("windowMinutes").longValue();
                Instant t2 = min(Instant.now().plus(ahead), monthEnd);
                long newLow = minutes(now.openTimeWithin(monthStart, t1));
                long newHigh = minutes(now.openTimeWithin(monthStart, t2));
                long oldLow = minutes(old.openTimeWithin(monthStart, t1));
                long oldHigh = minutes(old.openTimeWithin(monthStart, t2));
                assertTrue(window >= newLow && window <= newHigh,
                        "window " + window + " outside the new ranges' [" + newLow + ", " + newHigh + "]");
                if (t2.isBefore(monthEnd)) {
                    assertTrue(newHigh < oldLow || oldHigh < newLow, "the old and new ranges part within " + ahead);
                }
            });
        } finally {
            var restore = send("PUT", "/api/v1/calendars/" + OFFICE + "/ranges",
                    body(original, false, changed.getJsonNumber("version").longValue()), ADMIN);
            assertEquals(200, restore.statusCode(), restore.body());
        }
        assertEquals(calendar(OFFICE).getJsonArray("weeklyRanges"), original);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Test
    void theHelpdeskHoursComeFromTheirCalendarOnly() {
        JsonObject helpdesk = calendar("helpdesk-hours");
        JsonArray original = helpdesk.getJsonArray("weeklyRanges");
        var response = send("PUT", "/api/v1/calendars/helpdesk-hours/ranges", body(ranges("MONDAY", "08:00", "18:00",
                "TUESDAY", "08:00", "18:00", "WEDNESDAY", "08:00", "18:00", "THURSDAY", "08:00", "18:00",
                "FRIDAY", "08:00", "18:00", "SATURDAY", "08:00", "18:00"), false,
                helpdesk.getJsonNumber("version").longValue()), ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        try {
            JsonObject line = array(get("/api/v1/support-lines?lang=en")).getValuesAs(JsonObject.class).stream()
                    .filter(l -> l.getInt("number") == 1).findFirst().orElseThrow();
            assertEquals("helpdesk-hours", line.getString("hoursCalendar"));
            assertEquals("08:00", line.getString("opensAt"));
            assertEquals("18:00", line.getString("closesAt"));
            assertEquals("MON,TUE,WED,THU,FRI,SAT", line.getString("openWeekdays"));
            String home = get("/?lang=en").body();
            assertTrue(home.contains("08:00") && home.contains("18:00"), "the home page shows the calendar's hours");
            // the line's own hours are gone: giving them is refused, pointing at the calendar
            JsonObject own = Json.createObjectBuilder().add("nameNl", "Helpdesk").add("nameEn", "Helpdesk")
                    .add("whoNl", "Iedereen").add("whoEn", "Everyone").add("channels", Json.createArrayBuilder().add("PHONE"))
                    .add("freeOfCharge", true).add("opensAt", "09:00").add("closesAt", "19:00")
                    .add("openWeekdays", "MON-FRI").add("version", line.getJsonNumber("version").longValue()).build();
            var refused = send("PUT", "/api/v1/support-lines/" + line.getJsonNumber("id").longValue(), own.toString(), ADMIN);
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("helpdesk-hours"), refused.body());
        } finally {
            var restore = send("PUT", "/api/v1/calendars/helpdesk-hours/ranges",
                    body(original, false, object(response).getJsonNumber("version").longValue()), ADMIN);
            assertEquals(200, restore.statusCode(), restore.body());
        }
    }
}
