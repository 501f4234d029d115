package org.serviceportal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/**
 * A visitor reads an outage's notice in a real browser, in Dutch and English: the status page during
 * the outage (overall line, what goes on now with the latest update), after an update resolved it
 * (the history), and the outage's own page with its whole timeline; every page passes axe, and the
 * links to the outage's page are reached by keyboard.
 */
@ExtendWith(PortalServer.class)
class OutageNoticePagesIT {

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
    void theStatusPageLeadsWithTheOutageAndItsPageKeepsTheTimelineAfterResolution() {
        Auth operator = Api.newUser("operator");
        String product = NoticeFixtures.product();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(45 * 60);
        JsonObject outage = NoticeFixtures.outage(operator, product, start, "Aanmelden lukt niet voor iedereen",
                "Signing in fails for some users");
        long id = outage.getJsonNumber("id").longValue();
        NoticeFixtures.update(operator, id, "INVESTIGATING", "We onderzoeken waarom aanmelden mislukt.",
                "We are investigating why signing in fails.");
        NoticeFixtures.update(operator, id, "IDENTIFIED", "Een verlopen certificaat is de oorzaak; we vervangen het.",
                "An expired certificate is the cause; we are replacing it.");
        String link = "/public/outage.xhtml?id=" + id;

        browser.open("/public/status.xhtml?lang=nl");
        assertEquals("Status van de diensten", browser.text("h1"));
        assertTrue(browser.text("#overall").startsWith("Storing bij"), browser.text("#overall"));
        assertTrue(browser.text("#overall").contains("Dienst " + product));
        String now = browser.text("#now-outage-" + id);
        assertTrue(now.contains("Aanmelden lukt niet voor iedereen") && now.contains("Dienst " + product)
                && now.contains("Storing") && now.contains("Oorzaak gevonden")
                && now.contains("Een verlopen certificaat is de oorzaak"), now);
        browser.assertAccessible();
        reachByKeyboard(link);
        shoot("notices-status-during-nl");

        browser.open("/public/status.xhtml?lang=en");
        // other tests' outages may be going on too: the line names every product with an outage
        String overall = browser.text("#overall");
        assertTrue(overall.startsWith("Outage of ") && overall.contains("Service " + product), overall);
        assertTrue(browser.text("#now-outage-" + id).contains("Identified"));
        browser.assertAccessible();
        shoot("notices-status-during-en");

        browser.open(link + "&lang=nl");
        assertEquals("Aanmelden lukt niet voor iedereen", browser.text("h1"));
        assertTrue(browser.text("#outage-end").contains("duurt nog"));
        assertEquals(2, browser.all("#timeline li").size());
        browser.assertAccessible();
        shoot("notices-outage-ongoing-nl");

        NoticeFixtures.update(operator, id, "RESOLVED", "Het certificaat is vervangen; aanmelden werkt weer.",
                "The certificate was replaced; signing in works again.");

        browser.open("/public/status.xhtml?lang=en");
        assertTrue(browser.all("#now-outage-" + id).isEmpty(), "no longer going on");
        String history = browser.text("#past-outage-" + id);
        assertTrue(history.contains("Signing in fails for some users") && history.contains("Service " + product), history);
        browser.assertAccessible();
        reachByKeyboard(link);
        focusedEnter();
        browser.await(d -> d.getCurrentUrl().contains(link));
        assertEquals("Signing in fails for some users", browser.text("h1"));
        assertTrue(browser.text("#outage-state").contains("This outage is over."));
        assertEquals(3, browser.all("#timeline li").size());
        assertTrue(browser.text("#timeline li:first-child").contains("Resolved"), "newest first");
        assertTrue(browser.text("#outage-duration").contains("minutes"), browser.text("#outage-duration"));
        browser.assertAccessible();
        shoot("notices-outage-en");

        browser.open(link + "&lang=nl");
        assertTrue(browser.text("#outage-state").contains("Deze storing is voorbij."));
        assertTrue(browser.text("#timeline").contains("We onderzoeken waarom aanmelden mislukt."));
        browser.assertAccessible();
        shoot("notices-outage-nl");
        browser.open("/public/status.xhtml?lang=nl");
        assertTrue(browser.text("#past-outage-" + id).contains("Aanmelden lukt niet voor iedereen"));
        browser.assertAccessible();
    }

    @Test
    void anOperatorPostsUpdatesOnTheAdminPageUntilOneResolvesTheOutage() {
        Auth operator = Api.newUser("operator");
        String product = NoticeFixtures.product();
        var created = Api.send("POST", "/api/v1/outages", Api.json("product", product, "startedAt",
                Instant.now().minusSeconds(600).toString(), "severity", "PARTIAL"), operator);
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.object(created).getJsonNumber("id").longValue();
        browser.logIn("admin", PortalServer.ADMIN_PASSWORD);
        browser.open("/admin/outages.xhtml?lang=nl&product=" + product);
        browser.find("button[id$=':notice']").sendKeys(Keys.ENTER);
        browser.await(d -> !d.findElements(org.openqa.selenium.By.id("no-updates")).isEmpty());
        browser.assertAccessible();

        // nothing typed: refused with keyed messages, nothing posted
        browser.byId("outages:post").sendKeys(Keys.ENTER);
        browser.awaitText("Vul het bericht in het Nederlands in.");
        assertEquals(0, Api.object(Api.get("/api/v1/outages/" + id)).getJsonArray("updates").size());

        browser.byId("outages:messageNl").sendKeys("We onderzoeken de traagheid.");
        browser.byId("outages:messageEn").sendKeys("We are looking into the slowness.");
        browser.byId("outages:post").sendKeys(Keys.ENTER);
        browser.awaitText("De update is gepubliceerd.");
        assertTrue(browser.text("#timeline").contains("We onderzoeken de traagheid."));
        browser.assertAccessible();

        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('outages:updateStatus_input').value = 'RESOLVED';");
        browser.byId("outages:messageNl").sendKeys("Opgelost.");
        browser.byId("outages:messageEn").sendKeys("Resolved.");
        browser.byId("outages:post").sendKeys(Keys.ENTER);
        browser.awaitText("De update is gepubliceerd en de onderbreking is afgesloten.");
        assertTrue(browser.text("#notice-ended").contains("krijgt geen updates meer"));
        assertEquals(2, browser.all("#timeline li").size());
        JsonObject ended = Api.object(Api.get("/api/v1/outages/" + id));
        assertTrue(ended.containsKey("endedAt"), ended.toString());
        browser.assertAccessible();
        shoot("notices-admin-nl");
    }

    /** Tabs from the top of the page until the link to {@code href} has the focus (at most 200 stops). */
    private void reachByKeyboard(String href) {
        // from the top of a freshly loaded page: nothing has the focus yet
        for (int i = 0; i < 200; i++) {
            browser.focused().sendKeys(Keys.TAB);
            WebElement focused = browser.focused();
            String target = focused.getAttribute("href");
            if (target != null && target.endsWith(href)) {
                return;
            }
        }
        throw new AssertionError(href + " not reached by keyboard");
    }

    private void focusedEnter() {
        browser.focused().sendKeys(Keys.ENTER);
    }

    /** Screenshots of the whole page at a desktop and a phone width (target/screenshots/NAME-1366.png, -390). */
    private void shoot(String name) {
        for (int width : new int[] {1366, 390}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            Object height = ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollHeight;");
            browser.driver().manage().window().setSize(new Dimension(width, Math.min(6000,
                    ((Number) height).intValue() + 100)));
            browser.screenshot(name + "-" + width);
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1024));
    }
}
