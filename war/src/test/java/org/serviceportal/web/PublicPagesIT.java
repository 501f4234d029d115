package org.serviceportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/** A visitor reads the service desk and searches the FAQ, in Dutch and English, by mouse and keyboard. */
@ExtendWith(PortalServer.class)
class PublicPagesIT {

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
    void aVisitorReadsTheServiceDeskInDutchThenEnglish() {
        browser.open("/");
        assertEquals("nl", browser.htmlLang());
        assertEquals("Servicedesk", browser.text("h1"));
        assertEquals(4, browser.all(".support-line").size());
        assertTrue(browser.text("#line-1").contains("1700"));
        assertTrue(browser.text("#line-1").contains("09:00"));
        String state = browser.text("#helpdesk-open-state");
        assertTrue(state.contains("open") || state.contains("gesloten"), state);
        browser.assertAccessible();
        browser.screenshot("home-nl");

        browser.find(".lang-switch").click();
        assertEquals("en", browser.htmlLang());
        assertEquals("Service desk", browser.text("h1"));
        assertTrue(browser.text("#line-1").contains("First line"));
        browser.assertAccessible();
        browser.screenshot("home-en");

        browser.open("/public/escalation.xhtml");
        assertEquals("en", browser.htmlLang(), "the choice of language is remembered");
        assertTrue(browser.text("main").contains("Service Delivery Manager"));
        browser.assertAccessible();
    }

    @Test
    void aVisitorSearchesTheFaqIgnoringCaseAndAccents() {
        browser.open("/public/faq.xhtml?lang=nl");
        assertEquals("Veelgestelde vragen", browser.text("h1"));
        browser.assertAccessible();
        browser.byId("faq-q").sendKeys("SLÉUTEL");
        browser.byId("faq-search").click();
        browser.awaitText("gevonden");
        assertTrue(browser.text("main").contains("Hoe activeer ik een digitale sleutel?"));
        assertTrue(browser.text("#faq-result-count").contains("gevonden"));

        browser.open("/public/faq.xhtml?lang=en&q=zzzz-nothing");
        assertTrue(browser.text("#faq-empty").contains("No questions found"));
        browser.assertAccessible();

        browser.open("/public/faq.xhtml?q=federal");
        assertTrue(browser.text("main").contains("What if the Federal Authentication Service (FAS) is unavailable?"));
        assertTrue(browser.text("main").contains("eID"));
    }

    @Test
    void theKeyboardAloneReachesTheContentAndTheFaqSearch() {
        browser.open("/?lang=nl");
        browser.find("body").sendKeys(Keys.TAB);
        assertEquals("skip-link", browser.focused().getAttribute("class"), "the first stop is the skip link");
        browser.focused().sendKeys(Keys.ENTER);
        assertEquals("main", browser.focused().getAttribute("id"), "the skip link moves focus to the content");

        browser.open("/public/faq.xhtml");
        for (int i = 0; i < 20 && !"faq-q".equals(browser.focused().getAttribute("id")); i++) {
            browser.focused().sendKeys(Keys.TAB);
        }
        assertEquals("faq-q", browser.focused().getAttribute("id"), "the search field is reachable by Tab");
        browser.focused().sendKeys("onderhoud", Keys.ENTER);
        browser.awaitText("gevonden");
        assertTrue(browser.text("main").contains("Hoe wordt gepland onderhoud aangekondigd?"));
    }

    @Test
    void errorAndLoginPagesAreFriendlyInBothLanguages() {
        browser.open("/no-such-page.xhtml?lang=nl");
        assertEquals("Pagina niet gevonden", browser.text("h1"));
        browser.assertAccessible();
        browser.open("/no-such-page.xhtml?lang=en");
        assertEquals("Page not found", browser.text("h1"));

        browser.open("/login.xhtml?lang=en");
        assertEquals("Log in to administration", browser.text("h1"));
        browser.assertAccessible();
        browser.byId("login:username").sendKeys("admin");
        browser.byId("login:password").sendKeys("wrong-password-x", Keys.ENTER);
        browser.awaitText("Login failed");
        browser.open("/login.xhtml?lang=nl");
        browser.byId("login:submit").click();
        browser.awaitText("Vul je gebruikersnaam in.");
    }
}
