package org.serviceportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/**
 * The public side in a real browser: its policy keeps inline script out, a visitor who reads
 * pages gets no session cookie, and a form posted from another site is refused while the same
 * form on the portal works (the forms themselves: IncidentPagesIT, NewsletterPagesIT).
 */
@ExtendWith(PortalServer.class)
class PublicSideBrowserIT {

    private static final List<String> PAGES = List.of("/", "/public/status.xhtml", "/public/conditions.xhtml",
            "/public/maintenance.xhtml", "/public/faq.xhtml", "/public/escalation.xhtml",
            "/public/availability.xhtml", "/public/report.xhtml", "/public/newsletter.xhtml");

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
    void theBrowserRunsNoInlineScriptOnAPublicPage() {
        for (String page : PAGES) {
            browser.open(page);
            Object ran = ((JavascriptExecutor) browser.driver()).executeScript(
                    "window.__inline = null;"
                    + "var s = document.createElement('script'); s.textContent = 'window.__inline = 1';"
                    + "document.body.appendChild(s); return window.__inline;");
            assertNull(ran, page + ": the policy blocks an inline script");
        }
    }

    @Test
    void aVisitorReadingEveryPublicPageGetsNoSessionCookie() {
        for (String page : PAGES) {
            browser.open(page);
        }
        browser.open("/public/status.xhtml?lang=en");
        assertEquals("en", browser.htmlLang());
        browser.open("/public/faq.xhtml");
        assertEquals("en", browser.htmlLang(), "the language switch is remembered");
        List<String> names = browser.driver().manage().getCookies().stream().map(Cookie::getName).toList();
        assertEquals(List.of("portal-lang"), names, "the language the visitor chose, nothing else");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        String action = PortalServer.base() + "/public/newsletter.xhtml";
        String page = "<!DOCTYPE html><html lang=\"en\"><title>Elsewhere</title><form method=\"post\" action=\"" + action
                + "\"><input name=\"subscribe:email\" value=\"victim@example.org\"><button id=\"go\">Go</button></form></html>";
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
        browser.byId("go").click();
        browser.await(d -> d.getCurrentUrl().startsWith(PortalServer.base().toString()));
        assertTrue(List.of("Geen toegang", "No access").contains(browser.text("h1")), browser.text("body"));
    }
}
