package org.serviceportal.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.send;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/**
 * The service conditions are built from what administrators configure: a target added for a new
 * product and a window's new weekly hours both show on the public page, in Dutch and in English.
 */
@ExtendWith(PortalServer.class)
class ServiceConditionsPagesIT {

    private static final String HELPDESK = "helpdesk-hours";

    private static JsonObject calendar(String code) {
        return array(get("/api/v1/calendars")).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static void typeInto(Browser b, String id, String text) {
        WebElement field = b.byId(id);
        field.clear();
        field.sendKeys(text);
    }

    private static void addTarget(Browser b, String lang, String productName, String calendar, String percent, String added) {
        b.open("/admin/sla-targets.xhtml?lang=" + lang);
        b.byId("targets:add").sendKeys(Keys.ENTER);
        b.await(d -> !d.findElements(By.id("targets:newProduct")).isEmpty());
        new Select(b.byId("targets:newProduct")).selectByVisibleText(productName);
        new Select(b.byId("targets:newCalendar")).selectByValue(calendar);
        b.byId("targets:newPercent_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), percent);
        b.byId("targets:saveNew").sendKeys(Keys.ENTER);
        b.awaitText(added);
    }

    /** Opens the helpdesk window on the calendars page and lets it open at {@code from} on Monday to Friday. */
    private static void changeHelpdeskOpening(Browser b, String lang, String from, String saved) {
        b.open("/admin/calendars.xhtml?lang=" + lang);
        b.find("button[data-calendar='" + HELPDESK + "']").click();
        b.await(d -> d.findElement(By.id("calendars:rows:0:from")));
        for (int i = 0; i < 5; i++) {
            typeInto(b, "calendars:rows:" + i + ":from", from);
        }
        b.byId("calendars:saveRanges").click();
        b.awaitText(saved);
    }

    private static String window(Browser b, String code) {
        return b.text("#service-windows dd[data-window='" + code + "']");
    }

    @Test
    void anAdministratorsNewTargetAndNewWeeklyHoursShowOnTheConditionsPage() {
        String code = "conditions-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Product " + code;
        var created = send("POST", "/api/v1/products", Json.createObjectBuilder().add("code", code)
                .add("product", Json.createObjectBuilder().add("nameNl", name).add("nameEn", name)
                        .add("sortOrder", 97).add("dependsOnProducts", Json.createArrayBuilder())
                        .add("dependsOnExternal", Json.createArrayBuilder()).add("version", 0))
                .build().toString(), ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        var original = calendar(HELPDESK).getJsonArray("weeklyRanges");
        try (var b = new Browser()) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);

            // before: the windows read as seeded, from the calendars, not from fixed text
            b.open("/public/conditions.xhtml?lang=nl");
            assertEquals("maandag–vrijdag, 07:30–19:00; zonder feestdagen", window(b, "office-hours"));
            assertEquals("elke dag de klok rond", window(b, "24-7"));
            assertTrue(window(b, "outside-office-hours").contains("zaterdag–zondag, 00:00–24:00"),
                    window(b, "outside-office-hours"));
            assertTrue(b.text("#working-days").contains("11 uur 30 min bij Kantooruren"), b.text("#working-days"));

            // Dutch: a target in the helpdesk window and the helpdesk opening at 08:45
            addTarget(b, "nl", name, HELPDESK, "99,9", "Toegevoegd: de doelstelling geldt vanaf nu.");
            changeHelpdeskOpening(b, "nl", "08:45", "De weekuren zijn opgeslagen");
            b.open("/public/conditions.xhtml?lang=nl");
            assertTrue(b.text("#sla-targets").contains(name), b.text("#sla-targets"));
            String row = b.driver().findElement(By.xpath("//table[@id='sla-targets']//tr[th[contains(., '" + name + "')]]"))
                    .getText();
            assertTrue(row.contains("99,9 %"), row);
            assertTrue(window(b, HELPDESK).startsWith("maandag–vrijdag, 08:45–19:00"), window(b, HELPDESK));
            b.assertAccessible();
            b.driver().manage().window().setSize(new Dimension(1366, 2200));
            b.screenshot("incident-conditions-nl");
            b.driver().manage().window().setSize(new Dimension(1280, 1024));

            // English: a 24/7 target and the helpdesk opening at 08:15
            addTarget(b, "en", name, "24-7", "98.5", "Added: the target applies from now on.");
            changeHelpdeskOpening(b, "en", "08:15", "The weekly hours have been saved");
            b.open("/public/conditions.xhtml?lang=en");
            row = b.driver().findElement(By.xpath("//table[@id='sla-targets']//tr[th[contains(., '" + name + "')]]"))
                    .getText();
            assertTrue(row.contains("99.9%") && row.contains("98.5%"), row); // English writes no space before %
            assertTrue(window(b, HELPDESK).startsWith("Monday–Friday, 08:15–19:00"), window(b, HELPDESK));
            assertEquals("every day, around the clock", window(b, "24-7"));
            b.assertAccessible();

            // the admin dashboard, for looking at
            b.open("/admin/index.xhtml?lang=nl");
            b.driver().manage().window().setSize(new Dimension(1366, 1400));
            b.screenshot("incident-admin-dashboard-nl");
        } finally {
            var restore = send("PUT", "/api/v1/calendars/" + HELPDESK + "/ranges", Json.createObjectBuilder()
                    .add("ranges", original).add("closed", false).add("version", calendar(HELPDESK).getJsonNumber("version").longValue())
                    .build().toString(), ADMIN);
            assertEquals(200, restore.statusCode(), restore.body());
        }
    }
}
