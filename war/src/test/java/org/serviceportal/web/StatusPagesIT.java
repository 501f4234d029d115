package org.serviceportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/** A visitor reads the status page, the service conditions and the availability report, in Dutch and English. */
@ExtendWith(PortalServer.class)
class StatusPagesIT {

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theStatusPageShowsAnOngoingFasOutageAndTheEidFallBackOnlyOnceSwitchedOn() {
        Api.Auth monitoring = Api.newUser("operator");
        Instant start = Instant.now().minusSeconds(300);
        var created = send("POST", "/api/v1/outages", json("product", "toegangsbeheer", "startedAt", start.toString(),
                "severity", "PARTIAL", "causedBy", "fas", "cause", "FAS unreachable"), monitoring);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject outage = object(created);
        try {
            browser.open("/public/status.xhtml?lang=nl");
            assertEquals("Status van de diensten", browser.text("h1"));
            assertTrue(browser.text("#external-fas").contains("Gedeeltelijke storing"), browser.text("#external-fas"));
            assertTrue(browser.text("#external-down-fas").contains("Toegangsbeheer"), browser.text("#external-down-fas"));
            assertFalse(browser.text("#external-fas").contains("eID"), "no back-up promised before its activation");
            assertTrue(browser.all("#fallback-fas").isEmpty());
            assertTrue(browser.text("#status-toegangsbeheer").contains("Gedeeltelijke storing"));
            assertTrue(browser.text("#status-toegangsbeheer").contains("FAS unreachable"));
            browser.assertAccessible();
            browser.screenshot("status-nl");

            browser.open("/public/status.xhtml?lang=en");
            assertTrue(browser.text("#external-down-fas").contains("Access management"));
            assertTrue(browser.text("#status-toegangsbeheer").contains("Partial outage"));
            browser.assertAccessible();

            var message = jakarta.json.Json.createObjectBuilder()
                    .add("nl", "Het back-upproces met de eID is geactiveerd: meld je aan met je eID.")
                    .add("en", "The back-up process using the eID has been activated: log in with your eID.").build();
            var on = send("PUT", "/api/v1/external-services/fas/fallback", json("active", true, "message", message),
                    monitoring);
            assertEquals(200, on.statusCode(), on.body());
            try {
                openUntil("/public/status.xhtml?lang=en", d -> !d.findElements(By.id("fallback-fas")).isEmpty());
                assertTrue(browser.text("#fallback-fas").contains("back-up process using the eID"), browser.text("#external-fas"));
                assertTrue(browser.all("#external-down-fas").isEmpty(), "the fall-back says it all");
                browser.assertAccessible();
            } finally {
                assertEquals(200, send("PUT", "/api/v1/external-services/fas/fallback", json("active", false), monitoring)
                        .statusCode());
            }
        } finally {
            var closed = send("PUT", "/api/v1/outages/" + outage.getJsonNumber("id"), json("product", "toegangsbeheer",
                    "startedAt", start.toString(), "endedAt", Instant.now().toString(), "severity", "PARTIAL",
                    "causedBy", "fas", "cause", "FAS unreachable", "version", outage.getInt("version")), monitoring);
            assertEquals(200, closed.statusCode(), closed.body());
        }
        openUntil("/public/status.xhtml?lang=en", d -> d.findElements(By.id("external-down-fas")).isEmpty()
                && d.findElements(By.id("fallback-fas")).isEmpty());
        assertTrue(browser.all("#fallback-fas").isEmpty() && browser.all("#external-down-fas").isEmpty(),
                "no notice once FAS is back");
        assertTrue(browser.text("#external-fas").contains("Operational"), "FAS shows with its own status always");
    }

    /**
     * Opens a page and reloads it until the condition holds: a browser may keep a public page for
     * its max-age (30 s) on a plain navigation, while a reload asks the portal again.
     */
    private void openUntil(String path, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        browser.open(path);
        browser.await(d -> {
            if (condition.apply(d)) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
    }

    @Test
    void theServiceConditionsShowTheTargetsOfTheSourcePage() {
        browser.open("/public/conditions.xhtml?lang=nl");
        assertEquals("Servicevoorwaarden", browser.text("h1"));
        String table = browser.text("#sla-targets");
        assertTrue(table.contains("Toegangsbeheer"));
        assertTrue(table.contains("99,7 %"));
        assertTrue(table.contains("95 %"));
        assertTrue(browser.text("main").contains("Gepland onderhoud wordt niet meegerekend."));
        assertTrue(browser.text("main").contains("(FAS)"));
        browser.assertAccessible();
        browser.open("/public/conditions.xhtml?lang=en");
        assertTrue(browser.text("#sla-targets").contains("Access management"));
        assertTrue(browser.text("main").contains("Planned maintenance is not counted."));
        browser.assertAccessible();
    }

    @Test
    void theReportIsChosenByKeyboardAndOffersCsv() {
        browser.open("/public/availability.xhtml?lang=en");
        assertEquals("Availability report", browser.text("h1"));
        browser.assertAccessible();
        var product = new org.openqa.selenium.support.ui.Select(browser.byId("report-product"));
        product.selectByValue("certificatenbeheer");
        new org.openqa.selenium.support.ui.Select(browser.byId("report-per")).selectByValue("quarter");
        browser.byId("report-show").sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().contains("product=certificatenbeheer"));
        assertTrue(browser.text("h2").contains("Certificate management"));
        List<String> periods = browser.all("#report-table tbody th").stream().map(e -> e.getText()).toList();
        assertTrue(periods.stream().allMatch(p -> p.matches("\\d{4}-Q\\d( \\*)?")), periods.toString());
        assertTrue(browser.byId("report-csv").getAttribute("href").contains("/api/v1/availability.csv?product=certificatenbeheer"));
        browser.assertAccessible();
        browser.open("/public/availability.xhtml?lang=nl&product=certificatenbeheer");
        assertTrue(browser.text("#report-table").contains("Kantooruren"));
    }

    @Test
    void theReportTableScrollsInItsOwnBoxWithPeriodAndWindowInViewAndMarksOnTheirBars() {
        var driver = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        for (int width : new int[] {390, 1366, 1920}) {
            browser.viewport(width, 900);
            assertEquals(width, browser.innerWidth());
            browser.open("/public/availability.xhtml?lang=nl&product=sleutelbeheer");
            assertEquals("", browser.overflowReport(), "the page does not scroll sideways at " + width + " px");
            var box = browser.find("#report-table").findElement(By.xpath(".."));
            assertEquals("region", box.getAttribute("role"));
            assertEquals("0", box.getAttribute("tabindex"), "a keyboard user can scroll it");
            assertEquals("report-heading", box.getAttribute("aria-labelledby"));
            // every row's bar and target mark are drawn in one chart spanning the same 0..100
            for (var svg : browser.all("#report-table tbody .chart")) {
                assertEquals("0 0 100 10", svg.getDomAttribute("viewBox"));
                assertEquals(1, svg.findElements(By.cssSelector(".chart-bar")).size());
                assertEquals(1, svg.findElements(By.cssSelector(".chart-target")).size());
            }
            boolean scrolls = (Boolean) driver.executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth;", box);
            if (width == 390) {
                assertTrue(scrolls, "on a phone the table is wider than its box");
                String lefts = "const row = document.querySelector('#report-table tbody tr');"
                        + "return [row.cells[0].getBoundingClientRect().left, row.cells[1].getBoundingClientRect().left,"
                        + " row.cells[2].getBoundingClientRect().left].join(' ');";
                String[] before = String.valueOf(driver.executeScript(lefts)).split(" ");
                driver.executeScript("arguments[0].scrollLeft = 300;", box);
                String[] after = String.valueOf(driver.executeScript(lefts)).split(" ");
                assertEquals(before[0], after[0], "the period stays in view");
                assertEquals(before[1], after[1], "the service window stays in view");
                assertTrue(Double.parseDouble(after[2]) < Double.parseDouble(before[2]), "the figures scroll");
            } else {
                assertFalse(scrolls, "at " + width + " px the whole table fits");
            }
            browser.assertNoAxeViolations();
        }
    }

    @Test
    void anAdministratorChangesATargetAndOnlyReportsFromNowOnUseIt() {
        var zone = java.time.ZoneId.of("Europe/Brussels");
        String thisMonth = java.time.YearMonth.now(zone).toString();
        int lastYear = java.time.YearMonth.now(zone).getYear() - 1;
        browser.logIn("admin", PortalServer.ADMIN_PASSWORD);
        browser.open("/admin/sla-targets.xhtml?lang=en");
        browser.assertAccessible();
        browser.driver().findElement(org.openqa.selenium.By.xpath("//tr[td[contains(., 'Key management')]"
                + " and td[contains(., 'Office hours')]]//button[contains(@id, ':edit')]")).sendKeys(
                org.openqa.selenium.Keys.ENTER);
        browser.await(d -> !d.findElements(org.openqa.selenium.By.id("targets:percent_input")).isEmpty());
        var percent = browser.byId("targets:percent_input");
        percent.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "99.45");
        browser.byId("targets:save").sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.awaitText("Saved.");

        browser.open("/public/availability.xhtml?lang=en&product=sleutelbeheer");
        assertEquals("99.45%", targetCell(thisMonth), "this month uses the new target, written as English readers write it");
        browser.open("/public/availability.xhtml?lang=en&product=sleutelbeheer&year=" + lastYear);
        assertEquals("99.3%", targetCell(lastYear + "-06"), "a past month keeps the old target");

        // staff see the outages behind each figure
        browser.driver().findElement(org.openqa.selenium.By.xpath("//tr[th[starts-with(normalize-space(.), '"
                + lastYear + "-06')]]//a[contains(@href, '/admin/outages.xhtml')]")).click();
        browser.await(d -> d.getCurrentUrl().contains("/admin/outages.xhtml?product=sleutelbeheer&from=" + lastYear + "-06-01"));
        assertTrue(browser.text("#outages-filter").contains("sleutelbeheer"));
        browser.assertAccessible();
    }

    private String targetCell(String period) {
        return browser.driver().findElement(org.openqa.selenium.By.xpath("//tr[th[starts-with(normalize-space(.), '"
                + period + "')] and td[1][normalize-space(.)='Office hours']]/td[8]")).getText();
    }
}
