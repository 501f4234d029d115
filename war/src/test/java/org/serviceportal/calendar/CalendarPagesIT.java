package org.serviceportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.send;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/** An administrator changes the helpdesk's weekly hours on the calendars page; the home page shows them. */
@ExtendWith(PortalServer.class)
class CalendarPagesIT {

    private static final String HELPDESK = "helpdesk-hours";

    private static JsonObject helpdesk() {
        return array(get("/api/v1/calendars")).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(HELPDESK)).findFirst().orElseThrow();
    }

    private static void typeInto(Browser b, String id, String text) {
        WebElement field = b.byId(id);
        field.clear();
        field.sendKeys(text);
    }

    private static void changeFirstRange(Browser b, String lang, String from, String saved, String homeHours) {
        b.open("/admin/calendars.xhtml?lang=" + lang);
        b.find("button[data-calendar='" + HELPDESK + "']").click();
        b.await(d -> d.findElement(By.id("calendars:rows:0:from")));
        b.assertAccessible();
        // a range that ends before it starts is refused, in the page's language
        typeInto(b, "calendars:rows:0:to", "06:00");
        b.byId("calendars:saveRanges").click();
        b.awaitText("nl".equals(lang) ? "Elke reeks moet beginnen voor ze eindigt." : "Each range must start before it ends.");
        typeInto(b, "calendars:rows:0:from", from);
        typeInto(b, "calendars:rows:0:to", "19:00");
        for (int i = 1; i < 5; i++) {
            typeInto(b, "calendars:rows:" + i + ":from", from);
        }
        b.byId("calendars:saveRanges").click();
        b.awaitText(saved);
        assertTrue(b.text("#calendars\\:windows").contains(from), b.text("#calendars\\:windows"));
        b.open("/?lang=" + lang);
        assertTrue(b.text("#line-1").contains(homeHours), b.text("#line-1"));
    }

    @Test
    void anAdministratorChangesTheHelpdeskHoursAndTheHomePageShowsThem() {
        var original = helpdesk().getJsonArray("weeklyRanges");
        try (var b = new Browser()) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            changeFirstRange(b, "nl", "08:30", "De weekuren zijn opgeslagen", "maandag–vrijdag, 08:30–19:00");
            changeFirstRange(b, "en", "08:15", "The weekly hours have been saved", "Monday–Friday, 08:15–19:00");
            b.open("/admin/calendars.xhtml?lang=en");
            b.find("button[data-calendar='" + HELPDESK + "']").click();
            b.awaitText("History of the hours");
            assertTrue(b.text("#calendars\\:history").contains("08:30"), "the earlier set stays in the history");
        } finally {
            var restore = send("PUT", "/api/v1/calendars/" + HELPDESK + "/ranges", Json.createObjectBuilder()
                    .add("ranges", original).add("closed", false).add("version", helpdesk().getJsonNumber("version").longValue())
                    .build().toString(), ADMIN);
            assertEquals(200, restore.statusCode(), restore.body());
        }
    }
}
