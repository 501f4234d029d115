package org.serviceportal.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/**
 * The banner on the demo login page, as a visitor sees and dismisses it with the keyboard, in
 * Dutch and English; and the public maintenance page. Each test makes its own product.
 */
@ExtendWith(PortalServer.class)
class BannerPagesIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private SearchContext banner() {
        return browser.await(d -> {
            List<WebElement> hosts = d.findElements(By.cssSelector("portal-banner"));
            if (hosts.isEmpty()) {
                return null;
            }
            SearchContext root = hosts.get(0).getShadowRoot();
            return root.findElements(By.cssSelector("[data-id]")).isEmpty() ? null : root;
        });
    }

    private List<String> shownIds() {
        var hosts = browser.all("portal-banner");
        if (hosts.isEmpty()) {
            return List.of();
        }
        try {
            return hosts.get(0).getShadowRoot().findElements(By.cssSelector("[data-id]")).stream()
                    .map(e -> e.getAttribute("data-id")).toList();
        } catch (org.openqa.selenium.NoSuchShadowRootException e) {
            return List.of();
        }
    }

    /** Tabs from the top of the page until the focus is on the banner (its close button, in the shadow root). */
    private void tabToBanner() {
        browser.find("body").click();
        for (int i = 0; i < 5; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if ("portal-banner".equalsIgnoreCase(browser.focused().getTagName())) {
                return;
            }
        }
        throw new AssertionError("the banner's close button is not reached by Tab");
    }

    @Test
    void theDemoLoginPageShowsTheBannerInEnglishAndItIsDismissedByKeyboard() {
        Auth editor = Api.newUser("editor");
        String p = Fixtures.product(false);
        JsonObject ongoing = Fixtures.window(editor, p, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)),
                "Onderhoud nu", "Maintenance now");
        JsonObject soon = Fixtures.window(editor, p, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)),
                "Onderhoud morgen", "Maintenance tomorrow");
        String first = "maintenance-" + ongoing.getJsonNumber("id");
        String second = "maintenance-" + soon.getJsonNumber("id");

        browser.open("/demo/login.xhtml?lang=en&product=" + p);
        SearchContext root = banner();
        assertEquals(List.of(first, second), shownIds());
        WebElement now = root.findElement(By.cssSelector("[data-id='" + first + "']"));
        assertEquals("status", now.getAttribute("role"));
        assertTrue(now.getText().contains("Maintenance now"), now.getText());
        assertTrue(now.getText().contains("Message Maintenance now"), now.getText());
        WebElement close = now.findElement(By.cssSelector("button"));
        assertEquals("Close", close.getText());
        assertEquals("Close: Maintenance now", close.getAttribute("aria-label"));
        browser.assertAccessible();
        browser.screenshot("banner-demo-en");

        tabToBanner();
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.await(d -> shownIds().equals(List.of(second)));
        // the focus moves on to the next announcement's close button
        assertEquals("portal-banner", browser.focused().getTagName().toLowerCase());
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.await(d -> shownIds().isEmpty());

        browser.open("/demo/login.xhtml?lang=en&product=" + p);
        browser.find("h1");
        // the dismissals are remembered; give the script time to fetch and (not) show
        browser.await(d -> ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return performance.getEntriesByType('resource').some(e => e.name.includes('/api/v1/banners'))"));
        assertEquals(List.of(), shownIds());
    }

    @Test
    void theDemoLoginPageShowsTheBannerInDutchAndOutagesAsAlerts() {
        Auth editor = Api.newUser("editor");
        Auth operator = Api.newUser("operator");
        String p = Fixtures.product(false);
        Fixtures.window(editor, p, NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)),
                "Gepland onderhoud", "Planned maintenance");
        var outage = Api.send("POST", "/api/v1/outages", Api.json("product", p, "startedAt",
                NOW.minus(Duration.ofMinutes(5)).toString(), "severity", "MAJOR", "cause", "test"), operator);
        assertEquals(201, outage.statusCode(), outage.body());
        JsonObject o = Api.object(outage);
        try {
            showsDutchBannerWithAnAlert(p);
        } finally {
            var closed = Api.send("PUT", "/api/v1/outages/" + o.getJsonNumber("id"), Api.json("product", p, "startedAt",
                    NOW.minus(Duration.ofMinutes(5)).toString(), "endedAt", Instant.now().toString(), "severity", "MAJOR",
                    "cause", "test", "version", o.getInt("version")), operator);
            assertEquals(200, closed.statusCode(), closed.body());
        }
    }

    private void showsDutchBannerWithAnAlert(String p) {
        browser.open("/demo/login.xhtml?lang=nl&product=" + p);
        assertEquals("nl", browser.htmlLang());
        SearchContext root = banner();
        browser.await(d -> shownIds().size() == 2);
        WebElement alert = root.findElement(By.cssSelector("[role='alert']"));
        assertTrue(alert.getText().contains("is onbeschikbaar"), alert.getText());
        WebElement planned = root.findElement(By.cssSelector("[role='status']"));
        assertTrue(planned.getText().contains("Gepland onderhoud"), planned.getText());
        assertTrue(planned.getText().contains(" tot "), planned.getText());
        assertEquals("Sluiten", planned.findElement(By.cssSelector("button")).getText());
        browser.assertAccessible();
        browser.screenshot("banner-demo-nl");

        tabToBanner();
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.await(d -> shownIds().size() == 1);
    }

    @Test
    void thePublicMaintenancePageListsUpcomingRecentAndCancelledMaintenanceWithFeedLinks() {
        Auth editor = Api.newUser("editor");
        String p = Fixtures.product(false);
        Fixtures.window(editor, p, NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)),
                "Database-upgrade", "Database upgrade");
        var dropped = Fixtures.window(editor, p, NOW.plus(Duration.ofDays(4)), NOW.plus(Duration.ofDays(4)).plus(Duration.ofHours(2)),
                "Netwerkwerken", "Network works");
        Fixtures.cancel(editor, dropped);
        Fixtures.window(editor, p, NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(2)).plus(Duration.ofHours(2)),
                "Certificaten vernieuwd", "Certificates renewed");

        browser.open("/public/maintenance.xhtml?lang=en&product=" + p);
        assertEquals("Maintenance", browser.text("h1"));
        String upcoming = browser.text("#upcoming");
        assertTrue(upcoming.contains("Database upgrade"), upcoming);
        assertTrue(upcoming.contains("Network works") && upcoming.contains("cancelled"), upcoming);
        assertTrue(browser.text("#recent").contains("Certificates renewed"));
        assertTrue(browser.byId("ics-link").getAttribute("href").contains("/api/v1/maintenance.ics?product=" + p + "&lang=en"));
        assertTrue(browser.byId("webcal-link").getAttribute("href").startsWith("webcal:"));
        assertTrue(browser.byId("atom-link").getAttribute("href").contains("/api/v1/announcements.atom?product=" + p));
        assertEquals("page", browser.find("nav a[aria-current='page']").getAttribute("aria-current"));
        browser.assertAccessible();
        browser.screenshot("maintenance-en");

        browser.open("/public/maintenance.xhtml?lang=nl&product=" + p);
        assertEquals("Onderhoud", browser.text("h1"));
        assertTrue(browser.text("#upcoming").contains("geannuleerd"));
        assertTrue(browser.text("#recent").contains("Certificaten vernieuwd"));
        browser.assertAccessible();
    }

    @Test
    void anEditorCancelsMaintenanceOnTheAdminPageAndItStaysListedAsCancelled() {
        String[] editor = Api.newUserCredentials("editor");
        String p = Fixtures.product(false);
        String title = "Cancel me " + p;
        Fixtures.window(Api.Auth.basic(editor[0], editor[1]), p, NOW.plus(Duration.ofDays(6)),
                NOW.plus(Duration.ofDays(6)).plus(Duration.ofHours(1)), title, title);
        browser.logIn(editor[0], editor[1]);
        browser.open("/admin/maintenance.xhtml?lang=en");
        By row = By.xpath("//tr[contains(., '" + title + "')]");
        browser.driver().findElement(row).findElement(By.cssSelector("button[id$=':delete']")).click();
        browser.await(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.find(".ui-confirmdialog-yes").click();
        browser.awaitText("The maintenance was cancelled.");
        WebElement cancelled = browser.await(d -> d.findElement(row));
        assertTrue(cancelled.getText().contains("cancelled"), cancelled.getText());
        assertTrue(cancelled.getText().contains(editor[0]), cancelled.getText());
        assertTrue(cancelled.findElements(By.cssSelector("button[id$=':delete'], button[id$=':edit']")).isEmpty());
        browser.assertAccessible();
        assertEquals(List.of(), Api.array(Api.get("/api/v1/banners?product=" + p)).getValuesAs(JsonObject.class));
    }
}
