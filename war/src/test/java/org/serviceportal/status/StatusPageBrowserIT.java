package org.serviceportal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.send;

import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/**
 * In a real browser: an operator switches the eID fall-back of FAS on and off on the admin page, in
 * Dutch and English, and the status page shows the message while it is on; a visitor opens a day's
 * details of the 90-day bars by keyboard and by tapping, on a phone-sized screen too.
 */
@ExtendWith(PortalServer.class)
class StatusPageBrowserIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private void confirm() {
        browser.await(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.find(".ui-confirmdialog-yes").click();
    }

    private static void replace(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    @Test
    void anOperatorSwitchesTheFallBackOnAndOffOnTheAdminPageAndTheStatusPageFollows() {
        String[] operator = Api.newUserCredentials("operator");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        browser.logIn(operator[0], operator[1]);
        try {
            browser.open("/admin/external-services.xhtml?lang=nl");
            assertEquals("Externe diensten en hun back-upproces", browser.text("h1"));
            assertTrue(browser.text("#fallback\\:table").contains("Federale authenticatiedienst (FAS)"));
            browser.assertAccessible();

            // a message in one language only is refused, with a message that says why
            replace(browser.byId("fallback:messageNl"), "Meld je aan met je eID (" + marker + ").");
            replace(browser.byId("fallback:messageEn"), "");
            browser.byId("fallback:switchOn").sendKeys(Keys.ENTER);
            confirm();
            browser.awaitText("Geef het bericht in beide talen.");
            browser.assertAccessible();

            replace(browser.byId("fallback:messageEn"), "Log in with your eID (" + marker + ").");
            browser.byId("fallback:switchOn").sendKeys(Keys.ENTER);
            confirm();
            browser.awaitText("Het back-upproces is ingeschakeld en wordt nu aangekondigd.");
            assertTrue(browser.text("#fallback\\:table").contains(operator[0]), "who switched it");
            browser.assertAccessible();
            shot("fallback-admin-on-1366-nl");

            openUntil("/public/status.xhtml?lang=nl", d -> !d.findElements(By.id("fallback-fas")).isEmpty());
            assertTrue(browser.text("#fallback-fas").contains("Meld je aan met je eID (" + marker + ")."),
                    browser.text("#external-fas"));
            browser.assertAccessible();
            showExternalServices();
            shot("fallback-status-on-1366-nl");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("/public/status.xhtml?lang=nl");
            assertTrue(browser.find("#fallback-fas").isDisplayed());
            browser.assertAccessible();
            showExternalServices();
            shot("fallback-status-on-390-nl");
            browser.driver().manage().window().setSize(new Dimension(1280, 1024));

            // the same in English: off, then on again with a new message, then off
            browser.open("/admin/external-services.xhtml?lang=en");
            browser.byId("fallback:switchOff").sendKeys(Keys.ENTER);
            confirm();
            browser.awaitText("The back-up process is off and is no longer announced.");
            replace(browser.byId("fallback:messageEn"), "Use your eID now (" + marker + ").");
            browser.byId("fallback:switchOn").sendKeys(Keys.ENTER);
            confirm();
            browser.awaitText("The back-up process is on and is being announced now.");
            browser.assertAccessible();
            openUntil("/public/status.xhtml?lang=en", d -> !d.findElements(By.id("fallback-fas")).isEmpty());
            assertTrue(browser.text("#fallback-fas").contains("Use your eID now (" + marker + ")."));
            browser.assertAccessible();

            browser.open("/admin/external-services.xhtml?lang=en");
            browser.byId("fallback:switchOff").sendKeys(Keys.ENTER);
            confirm();
            browser.awaitText("The back-up process is off and is no longer announced.");
            browser.assertAccessible();
            openUntil("/public/status.xhtml?lang=en", d -> d.findElements(By.id("fallback-fas")).isEmpty());
            assertTrue(browser.all("#fallback-fas").isEmpty(), "no longer announced");
            assertTrue(browser.text("#external-fas").contains("Federal Authentication Service (FAS)"));
        } finally {
            send("PUT", "/api/v1/external-services/fas/fallback", json("active", false), Api.ADMIN);
        }
    }

    @Test
    void aDaysDetailsOpenByKeyboardAndByTapOnAPhoneSizedScreen() {
        String code = "bars-" + UUID.randomUUID().toString().substring(0, 8);
        var product = Json.createObjectBuilder().add("code", code).add("product", Json.createObjectBuilder()
                .add("nameNl", "Balkproduct " + code).add("nameEn", "Bar product " + code).add("sortOrder", 99)
                .add("dependsOnProducts", Json.createArrayBuilder()).add("dependsOnExternal", Json.createArrayBuilder())
                .add("version", 0)).build().toString();
        assertEquals(201, send("POST", "/api/v1/products", product, Api.ADMIN).statusCode());
        Api.Auth operator = Api.newUser("operator");
        LocalDate today = LocalDate.now(BRUSSELS);
        LocalDate partialDay = today.minusDays(3);
        LocalDate majorDay = today.minusDays(40);
        record(operator, code, partialDay, "PARTIAL");
        record(operator, code, majorDay, "MAJOR");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/public/status.xhtml?lang=nl");
        WebElement line = browser.byId("status-" + code);
        assertTrue(line.getText().contains("Balkproduct " + code));
        assertFalse(line.findElement(By.cssSelector(".history")).getText().contains(code + " "), "names, not codes");
        assertTrue(line.findElement(By.cssSelector(".bars-axis")).getText().contains("vandaag"));

        String partialAnchor = "day-" + code + "-" + partialDay;
        WebElement partialBar = line.findElement(By.cssSelector("a.bar--partial[href='#" + partialAnchor + "']"));
        assertTrue(partialBar.getAttribute("aria-label").contains("gedeeltelijke storing"), partialBar.getAttribute("aria-label"));
        // by keyboard: the bar is a focus stop, Enter opens its day in the list under the bars
        partialBar.sendKeys("");
        assertEquals(partialBar, browser.focused());
        partialBar.sendKeys(Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().endsWith("#" + partialAnchor));
        assertEquals(partialAnchor, targetId());
        WebElement details = browser.byId(partialAnchor);
        assertTrue(details.isDisplayed());
        assertTrue(details.getText().contains("gedeeltelijke storing"), details.getText());
        assertTrue(details.getText().contains("1 u onbeschikbaar"), details.getText());
        browser.assertAccessible();
        shot("fallback-day-details-390-nl");

        // by tap (a click): the major outage's day, told apart in words
        String majorAnchor = "day-" + code + "-" + majorDay;
        line.findElement(By.cssSelector("a.bar--major[href='#" + majorAnchor + "']")).click();
        browser.await(d -> d.getCurrentUrl().endsWith("#" + majorAnchor));
        assertTrue(browser.byId(majorAnchor).getText().contains("storing"));
        assertFalse(browser.byId(majorAnchor).getText().contains("gedeeltelijke"), browser.byId(majorAnchor).getText());

        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.open("/public/status.xhtml?lang=en#" + partialAnchor);
        assertEquals(partialAnchor, targetId());
        assertTrue(browser.byId(partialAnchor).getText().contains("partial outage"), browser.byId(partialAnchor).getText());
        assertTrue(browser.byId(partialAnchor).getText().contains("1 h unavailable"));
        browser.assertAccessible();
        shot("fallback-day-details-1366-en");
        browser.open("/public/status.xhtml?lang=nl#" + partialAnchor);
        shot("fallback-day-details-1366-nl");
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

    /** Scrolls the external services (and so the fall-back notice) into sight, for a screenshot. */
    private void showExternalServices() {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('external-services').scrollIntoView()");
    }

    private String targetId() {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript("var t = document.querySelector(':target'); return t ? t.id : null;");
    }

    /** A closed outage of an hour at noon (Brussels) on that day. */
    private static void record(Api.Auth operator, String product, LocalDate day, String severity) {
        Instant start = day.atTime(12, 0).atZone(BRUSSELS).toInstant();
        var r = send("POST", "/api/v1/outages", json("product", product, "startedAt", start.toString(),
                "endedAt", start.plusSeconds(3600).toString(), "severity", severity, "cause", "test"), operator);
        assertEquals(201, r.statusCode(), r.body());
    }

    /** Keeps a screenshot beside the others (target/screenshots) and, when asked, in portal.it.shots. */
    private void shot(String name) {
        browser.screenshot(name);
        String dir = System.getProperty("portal.it.shots");
        if (dir != null) {
            try {
                Files.createDirectories(Path.of(dir));
                Files.copy(Path.of("target", "screenshots", name + ".png"), Path.of(dir, name + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
