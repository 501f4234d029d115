package org.serviceportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/**
 * The navigation at a phone's width and a laptop's: on a phone the page's heading comes in the first
 * screen and the links wait behind a menu button that opens by keyboard; on a laptop the links show
 * as a bar (public) or grouped beside the page (admin). The public menu works without script.
 */
@ExtendWith(PortalServer.class)
class ResponsiveNavigationIT {

    private static final int PHONE = 390;
    private static final int LAPTOP = 1366;
    private static final int HEIGHT = 844;

    private static final Map<String, String> MENU = Map.of("nl", "Menu", "en", "Menu");
    private static final Map<String, List<String>> ADMIN_GROUPS = Map.of(
            "nl", List.of("Storingen en incidenten", "Communicatie", "Dienstmodel", "Systeembeheer"),
            "en", List.of("Incidents and outages", "Communication", "Service model", "System"));

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private void width(int width) {
        browser.driver().manage().window().setSize(new Dimension(width, HEIGHT));
        // the viewport, not the window, is what the page lays out in
        browser.await(d -> ((Number) script("return window.innerWidth")).intValue() == width);
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js, args);
    }

    private void assertHeadingInFirstScreen() {
        WebElement h1 = browser.find("h1");
        Number bottom = (Number) script("return arguments[0].getBoundingClientRect().bottom", h1);
        Number viewport = (Number) script("return window.innerHeight");
        assertTrue(bottom.doubleValue() <= viewport.doubleValue(),
                "the heading ends at " + bottom + " px, below the first screen of " + viewport + " px on " + browser.driver().getCurrentUrl());
    }

    private WebElement menuButton() {
        List<WebElement> shown = browser.all("details.menu > summary").stream().filter(WebElement::isDisplayed).toList();
        assertEquals(1, shown.size(), "one menu button shows");
        return shown.get(0);
    }

    private boolean menuOpen() {
        return (Boolean) script("return document.querySelector('details.menu').open");
    }

    /** What Chromium tells screen readers about the menu button: its role and whether it is expanded. */
    @SuppressWarnings("unchecked")
    private String spokenMenuButton() {
        var cdp = (HasCdp) browser.driver();
        var document = (Map<String, Object>) cdp.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        var summary = cdp.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", "details.menu > summary"));
        var tree = cdp.executeCdpCommand("Accessibility.getPartialAXTree", Map.of("nodeId", summary.get("nodeId"), "fetchRelatives", false));
        var node = ((List<Map<String, Object>>) tree.get("nodes")).get(0);
        String role = String.valueOf(((Map<String, Object>) node.get("role")).get("value"));
        String expanded = ((List<Map<String, Object>>) node.get("properties")).stream()
                .filter(p -> "expanded".equals(p.get("name")))
                .map(p -> String.valueOf(((Map<String, Object>) p.get("value")).get("value")))
                .findFirst().orElse("none");
        return role + " expanded=" + expanded;
    }

    /** Tabs from the menu button and answers the links that receive the focus, until it leaves the menu. */
    private List<String> tabThroughMenu(WebElement button) {
        String controls = button.getAttribute("aria-controls");
        var reached = new java.util.ArrayList<String>();
        for (int i = 0; i < 40; i++) {
            browser.focused().sendKeys(Keys.TAB);
            WebElement focused = browser.focused();
            Boolean inside = (Boolean) script("return document.getElementById(arguments[0]).contains(arguments[1])", controls, focused);
            if (!inside) {
                break;
            }
            reached.add(focused.getText());
        }
        return reached;
    }

    @Test
    void onAPhoneThePublicPagesLeadWithTheirHeadingAndFoldTheLinksBehindAMenuButton() {
        width(PHONE);
        for (String lang : List.of("nl", "en")) {
            for (String page : List.of("/", "/public/status.xhtml", "/public/faq.xhtml")) {
                browser.open(page + "?lang=" + lang);
                assertEquals(lang, browser.htmlLang());
                assertHeadingInFirstScreen();
                assertFalse(browser.find(".main-nav--bar").isDisplayed(), "the bar is folded away");
                WebElement button = menuButton();
                assertEquals(MENU.get(lang), button.getText());
                assertEquals("site-menu", button.getAttribute("aria-controls"));
                assertFalse(menuOpen());
                assertFalse(browser.byId("site-menu").isDisplayed());
                browser.assertAccessible();
            }
            browser.open("/public/status.xhtml?lang=" + lang);
            WebElement button = menuButton();
            // Enter opens, Space closes and opens again
            // a disclosure button, expanded or not, to a screen reader
            assertEquals("DisclosureTriangle expanded=false", spokenMenuButton());
            script("arguments[0].focus()", button);
            button.sendKeys(Keys.ENTER);
            browser.await(d -> menuOpen());
            assertTrue(browser.byId("site-menu").isDisplayed());
            assertEquals("DisclosureTriangle expanded=true", spokenMenuButton());
            browser.assertAccessible();
            button.sendKeys(Keys.SPACE);
            browser.await(d -> !menuOpen());
            button.sendKeys(Keys.SPACE);
            browser.await(d -> menuOpen());
            List<String> reached = tabThroughMenu(button);
            assertEquals(10, reached.size(), "every link of the menu takes the focus: " + reached);
            assertEquals(1, browser.all("#site-menu a[aria-current='page']").size());
            assertEquals(reached.get(1), browser.find("#site-menu a[aria-current='page']").getText(), "the status page is marked");
        }
    }

    @Test
    void thePublicMenuWorksWithoutScript() {
        // the public pages carry no script at all: the disclosure is the browser's own
        width(PHONE);
        browser.open("/public/status.xhtml?lang=nl");
        assertTrue(browser.all("script").isEmpty(), "no script on a public page");
        menuButton().click();
        browser.await(d -> menuOpen());
        browser.byId("site-menu").findElement(org.openqa.selenium.By.linkText("Veelgestelde vragen")).click();
        browser.await(d -> d.getCurrentUrl().contains("/public/faq.xhtml"));
        assertEquals("Veelgestelde vragen", browser.text("h1"));
    }

    @Test
    void onALaptopThePublicLinksShowAsABar() {
        width(LAPTOP);
        for (String lang : List.of("nl", "en")) {
            browser.open("/public/status.xhtml?lang=" + lang);
            assertTrue(browser.find(".main-nav--bar").isDisplayed());
            assertFalse(browser.find("details.menu").isDisplayed(), "no menu button on a wide screen");
            assertEquals(10, browser.all(".main-nav--bar a").stream().filter(WebElement::isDisplayed).count());
            assertEquals("page", browser.find(".main-nav--bar a[href$='/public/status.xhtml']").getAttribute("aria-current"));
            assertHeadingInFirstScreen();
            // the header and the page start at the same edge
            Number brand = (Number) script("return document.querySelector('.brand').getBoundingClientRect().left");
            Number heading = (Number) script("return document.querySelector('h1').getBoundingClientRect().left");
            assertEquals(brand.doubleValue(), heading.doubleValue(), 1.0, "the header lines up with the content");
            browser.assertAccessible();
        }
    }

    @Test
    void anAdministratorFindsTheAdminPagesGroupedByTaskWithTheCurrentPageMarked() {
        browser.logIn("admin", PortalServer.ADMIN_PASSWORD);
        width(LAPTOP);
        for (String lang : List.of("nl", "en")) {
            browser.open("/admin/sla-targets.xhtml?lang=" + lang);
            List<String> headings = browser.all(".admin-nav--side .admin-nav__heading").stream().map(WebElement::getText).toList();
            assertEquals(ADMIN_GROUPS.get(lang), headings);
            for (WebElement group : browser.all(".admin-nav--side .admin-nav__group")) {
                String labelledBy = group.findElement(org.openqa.selenium.By.tagName("ul")).getAttribute("aria-labelledby");
                assertEquals(group.findElement(org.openqa.selenium.By.tagName("h2")).getAttribute("id"), labelledBy);
            }
            List<WebElement> current = browser.all(".admin-nav--side a[aria-current='page']");
            assertEquals(1, current.size());
            assertTrue(current.get(0).getAttribute("href").endsWith("/admin/sla-targets.xhtml"));
            // the service model's links sit under their heading
            assertEquals(List.of("/admin/sla-targets.xhtml", "/admin/incident-matrix.xhtml", "/admin/calendars.xhtml",
                    "/admin/products.xhtml", "/admin/support-lines.xhtml"),
                    browser.all("ul[aria-labelledby='side-service-model'] a").stream()
                            .map(a -> a.getAttribute("href").replaceFirst("^.*(/admin/)", "$1")).toList());
            assertFalse(browser.find("details.menu").isDisplayed(), "no menu button on a wide screen");
            Number brand = (Number) script("return document.querySelector('.brand').getBoundingClientRect().left");
            Number nav = (Number) script("return document.querySelector('.admin-nav--side').getBoundingClientRect().left");
            assertEquals(brand.doubleValue(), nav.doubleValue(), 1.0, "the header lines up with the navigation");
            browser.assertAccessible();

            // a page opened from the board (logging an incident) marks the board as where the reader is
            browser.open("/admin/log-incident.xhtml?lang=" + lang);
            assertEquals(List.of("/admin/incidents.xhtml"),
                    browser.all(".admin-nav--side a[aria-current]:not([aria-current='false'])").stream()
                            .map(a -> a.getAttribute("href").replaceFirst("^.*(/admin/)", "$1")).toList());
            assertEquals("true", browser.find(".admin-nav--side a[href$='/admin/incidents.xhtml']").getAttribute("aria-current"));

            browser.open("/admin/index.xhtml?lang=" + lang);
            assertTrue(browser.find(".admin-nav--side a[href$='/admin/index.xhtml']").getAttribute("aria-current").equals("page"));
            assertFalse(browser.text("main").contains("bovenaan"), "the home page says where the menu is truthfully");
            browser.assertAccessible();
        }
        // on a phone the same groups wait behind the menu button
        width(PHONE);
        for (String lang : List.of("nl", "en")) {
            browser.open("/admin/sla-targets.xhtml?lang=" + lang);
            assertHeadingInFirstScreen();
            assertFalse(browser.find(".admin-nav--side").isDisplayed());
            WebElement button = menuButton();
            assertEquals(MENU.get(lang), button.getText());
            assertEquals("admin-menu", button.getAttribute("aria-controls"));
            browser.assertAccessible();
            script("arguments[0].focus()", button);
            button.sendKeys(Keys.ENTER);
            browser.await(d -> menuOpen());
            assertEquals(ADMIN_GROUPS.get(lang), browser.all("#admin-menu .admin-nav__heading").stream().map(WebElement::getText).toList());
            List<String> reached = tabThroughMenu(button);
            assertEquals(browser.all("#admin-menu a").size(), reached.size(), "every link of the menu takes the focus: " + reached);
            browser.assertAccessible();
        }
    }

    /** The font of each element the selector finds that differs from the page's, with the element named. */
    private List<String> fontsOtherThanThePage(String selector) {
        @SuppressWarnings("unchecked")
        List<String> odd = (List<String>) script("var page = getComputedStyle(document.body).fontFamily;"
                + "return [...document.querySelectorAll(arguments[0])].filter(e => getComputedStyle(e).fontFamily !== page)"
                + ".map(e => e.tagName + '.' + e.className + ': ' + getComputedStyle(e).fontFamily);", selector);
        return odd;
    }

    @Test
    void buttonsFieldsAndTablesSpeakThePageFontAlsoAfterAnAjaxUpdate() {
        width(LAPTOP);
        browser.open("/public/faq.xhtml?lang=nl");
        assertEquals(List.of(), fontsOtherThanThePage("input, button, select, textarea"));
        browser.logIn("admin", PortalServer.ADMIN_PASSWORD);
        browser.open("/admin/sla-targets.xhtml?lang=nl");
        String controls = "input:not([type=hidden]), button, select, textarea, .ui-button, .ui-button-text, .ui-datatable th, .ui-datatable td";
        assertEquals(List.of(), fontsOtherThanThePage(controls));
        // the add form comes in by Ajax: native selects and PrimeFaces fields in a PrimeFaces fieldset
        browser.byId("targets:add").click();
        browser.await(d -> !d.findElements(org.openqa.selenium.By.id("targets:newProduct")).isEmpty());
        assertEquals(List.of(), fontsOtherThanThePage(controls + ", .ui-fieldset, .ui-fieldset-legend"));
        assertTrue(browser.all("#targets\\:newProduct").get(0).isDisplayed());
        browser.assertAccessible();
    }

    @Test
    void anEditorSeesOnlyTheGroupsOfTheirWork() {
        String[] editor = Api.newUserCredentials("editor");
        browser.logIn(editor[0], editor[1]);
        width(LAPTOP);
        browser.open("/admin/faq.xhtml?lang=en");
        assertEquals(List.of("Incidents and outages", "Communication"),
                browser.all(".admin-nav--side .admin-nav__heading").stream().map(WebElement::getText).toList());
        assertEquals(List.of("/admin/maintenance.xhtml"),
                browser.all("ul[aria-labelledby='side-incidents'] a").stream()
                        .map(a -> a.getAttribute("href").replaceFirst("^.*(/admin/)", "$1")).toList(),
                "an editor plans maintenance but works no outages");
        assertEquals("page", browser.find(".admin-nav--side a[href$='/admin/faq.xhtml']").getAttribute("aria-current"));
        browser.assertAccessible();
    }
}
