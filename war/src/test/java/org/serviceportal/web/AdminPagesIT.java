package org.serviceportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/** Staff at work in the admin pages: edits reach the public pages and the audit log; stale saves are refused. */
@ExtendWith(PortalServer.class)
class AdminPagesIT {

    /** A contact of this test's own, so that tests never share data. */
    private static String newContact(String role) {
        var created = send("POST", "/api/v1/escalation-contacts", json("roleNl", role, "roleEn", role + " (en)",
                "sortOrder", 50, "products", strings(), "version", 0), Api.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("id").toString();
    }

    /** Opens a row's edit form by keyboard: Enter on the row's edit button. */
    private static void edit(Browser b, String rowText, String formId, String firstField) {
        WebElement button = b.driver().findElement(By.xpath(
                "//tr[td[contains(normalize-space(.), '" + rowText + "')]]//button[contains(@id, ':edit')]"));
        button.sendKeys(Keys.ENTER);
        b.await(d -> !d.findElements(By.id(formId + ":" + firstField)).isEmpty());
    }

    private static void edit(Browser b, String rowText) {
        edit(b, rowText, "contacts", "name");
    }

    private static void typeInto(Browser b, String id, String text) {
        WebElement field = b.byId(id);
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void anAdministratorEditsAnEscalationContactAndSeesItPublishedAndAudited() {
        String role = "Rol " + UUID.randomUUID().toString().substring(0, 8);
        newContact(role);
        String name = "Marie Peeters " + UUID.randomUUID().toString().substring(0, 4);
        try (var b = new Browser()) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            assertEquals("admin", b.text("#current-user"));
            b.open("/admin/escalation-contacts.xhtml?lang=nl");
            assertEquals("Escalatiecontacten", b.text("h1"));
            b.assertAccessible();
            edit(b, role);
            typeInto(b, "contacts:name", name);
            typeInto(b, "contacts:email", "not-an-address");
            b.byId("contacts:save").click();
            b.awaitText("e-mailadres");
            // after the Ajax update the summary has the focus, leads to the field, and the field says why
            b.await(d -> String.valueOf(b.focused().getDomAttribute("class")).contains("error-summary"));
            assertEquals("Er is een probleem", b.text(".error-summary h2"));
            assertEquals("#contacts:email", b.find(".error-summary a").getDomAttribute("href"));
            assertEquals("true", b.byId("contacts:email").getDomAttribute("aria-invalid"));
            assertEquals("contacts:email-error", b.byId("contacts:email").getDomAttribute("aria-describedby"));
            assertTrue(b.byId("contacts:email-error").getText().contains("e-mailadres"));
            b.assertAccessible();
            b.find(".error-summary a").click();
            b.await(d -> "contacts:email".equals(b.focused().getDomAttribute("id")));
            typeInto(b, "contacts:email", "marie@example.org");
            b.byId("contacts:save").click();
            b.awaitText("Opgeslagen.");
            assertTrue(b.text("#contacts\\:table").contains(name));
            assertTrue(b.all(".error-summary").isEmpty(), "a success shows no summary");

            b.open("/public/escalation.xhtml?lang=nl");
            assertTrue(b.text("main").contains(name));
            assertTrue(b.text("main").contains("marie@example.org"));
            b.open("/public/escalation.xhtml?lang=en");
            assertTrue(b.text("main").contains(role + " (en)"));
            assertTrue(b.text("main").contains(name));

            b.open("/admin/audit.xhtml?lang=en");
            b.assertAccessible();
            String audit = b.text("main");
            assertTrue(audit.contains("Escalation contact"), "the change is in the audit log, its kind in words");
            assertTrue(audit.contains(name), "with its after-state");
        }
    }

    @Test
    void theAuditLogSaysWhatAnSlaTargetEditChangedInWordsInBothLanguages() {
        String code = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        var product = send("POST", "/api/v1/products", "{\"code\":\"" + code + "\",\"product\":{\"nameNl\":\"Product "
                + code + "\",\"nameEn\":\"Product " + code + "\",\"sortOrder\":95,\"dependsOnProducts\":[],"
                + "\"dependsOnExternal\":[],\"version\":0}}", Api.ADMIN);
        assertEquals(201, product.statusCode(), product.body());
        var created = send("POST", "/api/v1/sla-targets", json("product", code, "calendar", "24-7",
                "availabilityPercent", jakarta.json.Json.createValue(new java.math.BigDecimal("99.5"))), Api.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        var target = object(created);
        String id = target.getJsonNumber("id").toString();
        var edited = send("PUT", "/api/v1/sla-targets/" + id, json("availabilityPercent", jakarta.json.Json.createValue(new java.math.BigDecimal("99.7")),
                "version", target.getJsonNumber("version").longValue()), Api.ADMIN);
        assertEquals(200, edited.statusCode(), edited.body());
        try (var b = new Browser()) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            b.open("/admin/audit.xhtml?lang=nl");
            b.assertAccessible();
            String nl = auditRow(b, "gewijzigd", id);
            assertTrue(nl.contains("SLA-doel"), nl);
            assertTrue(nl.contains("Percentage: 99,5 % \u2192 99,7 %"), nl);
            assertTrue(nl.contains("Geldig vanaf:"), nl);
            assertFalse(nl.contains("availabilityPercent"), "no field codes: " + nl);
            assertFalse(nl.contains("{"), "no JSON: " + nl);
            String creation = auditRow(b, "aangemaakt", id);
            assertTrue(creation.contains("Aangemaakt met:"), creation);
            assertTrue(creation.contains("Kalender: 24-7"), creation);

            b.open("/admin/audit.xhtml?lang=en");
            b.assertAccessible();
            String en = auditRow(b, "changed", id);
            assertTrue(en.contains("SLA target"), en);
            assertTrue(en.contains("Percentage: 99.5% \u2192 99.7%"), en);
            assertTrue(en.contains("Valid from:"), en);
        }
    }

    /** The text of the audit log's row of an SLA target's entry with this action (newest first, on the first page). */
    private static String auditRow(Browser b, String action, String targetId) {
        var rows = b.driver().findElements(By.xpath("//tr[td[normalize-space(.)='" + action + "'] and td[normalize-space(.)='"
                + targetId + "'] and td[contains(., 'SLA')]]"));
        assertFalse(rows.isEmpty(), "an entry '" + action + "' of SLA target " + targetId + " in: " + b.text("main"));
        return rows.get(0).getText().replace('\u00a0', ' ');
    }

    @Test
    void theAdminHomeIsADashboardWithTheSetupChecklistAndTodaysCounts() {
        try (var b = new Browser()) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            b.open("/admin/index.xhtml?lang=nl");
            assertEquals("Beheer", b.text("h1"));
            assertEquals("Inrichting", b.text("#setup-title"));
            // the test portal runs without portal.base-url: the checklist asks for it, without a page to fix it on
            assertTrue(b.text("#setup-base-url").contains("Te doen"), b.text("#setup-base-url"));
            assertTrue(b.text("#setup-base-url").contains("PORTAL_BASE_URL"));
            assertTrue(b.text("#setup-smtp").contains("In orde"), b.text("#setup-smtp"));
            assertTrue(b.text("#setup-summary").contains("te doen"), b.text("#setup-summary"));
            assertEquals("Vandaag", b.text("#today-title"));
            assertTrue(b.text("#today").contains("Open incidenten"));
            assertTrue(b.text("#count-open").matches("\\d+"), b.text("#count-open"));
            assertTrue(b.text("#count-failed-mails").matches("\\d+"));
            assertFalse(b.text("main").contains("Kies links"), "no pointer to a menu that is not there");
            b.assertAccessible();

            b.open("/admin/index.xhtml?lang=en");
            assertEquals("Setup", b.text("#setup-title"));
            assertTrue(b.text("#setup-base-url").contains("To do"));
            assertEquals("Today", b.text("#today-title"));
            b.assertAccessible();
            // every item left to do that has a page links to it, reachable by keyboard
            var fixLinks = b.all("#setup .checklist__item--open a");
            for (WebElement link : fixLinks) {
                assertTrue(link.getAttribute("href").contains("/admin/"), link.getAttribute("href"));
            }
            if (!fixLinks.isEmpty()) {
                String href = fixLinks.get(0).getAttribute("href");
                fixLinks.get(0).sendKeys(Keys.ENTER);
                b.await(d -> d.getCurrentUrl().equals(href));
            }
        }
    }

    @Test
    void staffWhoAreNotAdministratorsSeeTheCountsWithoutTheChecklist() {
        String[] operator = Api.newUserCredentials("operator");
        try (var b = new Browser()) {
            b.logIn(operator[0], operator[1]);
            b.open("/admin/index.xhtml?lang=en");
            assertTrue(b.all("#setup").isEmpty());
            assertTrue(b.text("#today").contains("Open incidents"));
            assertTrue(b.text("#today").contains("Ongoing outages"));
            b.assertAccessible();
        }
    }

    @Test
    void anAdministratorAddsATargetForANewProductAndEndsItAndTheConditionsPageFollows() {
        String code = "sla-page-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Product " + code;
        var created = send("POST", "/api/v1/products", jakarta.json.Json.createObjectBuilder().add("code", code)
                .add("product", jakarta.json.Json.createObjectBuilder().add("nameNl", name).add("nameEn", name)
                        .add("sortOrder", 96).add("dependsOnProducts", jakarta.json.Json.createArrayBuilder())
                        .add("dependsOnExternal", jakarta.json.Json.createArrayBuilder()).add("version", 0))
                .build().toString(), Api.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        try (var b = new Browser()) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            for (String lang : List.of("nl", "en")) {
                b.open("/admin/sla-targets.xhtml?lang=" + lang);
                b.byId("targets:add").sendKeys(Keys.ENTER);
                b.await(d -> !d.findElements(By.id("targets:newProduct")).isEmpty());
                b.assertAccessible();
                // nothing chosen: refused with a message, nothing added
                b.byId("targets:saveNew").sendKeys(Keys.ENTER);
                b.awaitText("nl".equals(lang) ? "Kies een product." : "Choose a product.");
                new org.openqa.selenium.support.ui.Select(b.byId("targets:newProduct")).selectByVisibleText(name);
                new org.openqa.selenium.support.ui.Select(b.byId("targets:newCalendar")).selectByValue("nl".equals(lang) ? "24-7" : "helpdesk-hours");
                var percent = b.byId("targets:newPercent_input");
                percent.sendKeys(Keys.chord(Keys.CONTROL, "a"), "nl".equals(lang) ? "99,95" : "98.5");
                b.byId("targets:saveNew").sendKeys(Keys.ENTER);
                b.awaitText("nl".equals(lang) ? "Toegevoegd: de doelstelling geldt vanaf nu." : "Added: the target applies from now on.");
                b.assertAccessible();
            }
            // the same window again is refused with a clear message
            b.byId("targets:add").sendKeys(Keys.ENTER);
            b.await(d -> !d.findElements(By.id("targets:newProduct")).isEmpty());
            new org.openqa.selenium.support.ui.Select(b.byId("targets:newProduct")).selectByVisibleText(name);
            new org.openqa.selenium.support.ui.Select(b.byId("targets:newCalendar")).selectByValue("24-7");
            b.byId("targets:newPercent_input").sendKeys("99");
            b.byId("targets:saveNew").sendKeys(Keys.ENTER);
            b.awaitText("This product already has a target for this service window");

            b.open("/public/conditions.xhtml?lang=nl");
            String table = b.text("#sla-targets");
            assertTrue(table.contains(name), table);
            assertTrue(table.contains("99,95 %"), table);
            b.open("/public/conditions.xhtml?lang=en");
            assertTrue(b.text("#sla-targets").contains("98.5%"), b.text("#sla-targets"));

            // end the 24/7 target by keyboard, after confirming
            b.open("/admin/sla-targets.xhtml?lang=en");
            b.driver().findElement(By.xpath("//tr[td[contains(., '" + name + "')] and td[contains(., '24/7')]]"
                    + "//button[contains(@id, ':endTarget')]")).sendKeys(Keys.ENTER);
            b.await(d -> !d.findElements(By.id("targets:confirmEnd")).isEmpty());
            assertTrue(b.text("#end-question").contains(name));
            b.assertAccessible();
            b.byId("targets:confirmEnd").sendKeys(Keys.ENTER);
            b.awaitText("Ended: the target no longer applies.");
            b.open("/public/conditions.xhtml?lang=nl");
            assertFalse(b.text("#sla-targets").contains("99,95 %"), "the ended target is gone from the conditions");
        }
    }

    @Test
    void aSecondEditorsStaleSaveIsRefusedWithAClearMessage() {
        String role = "Rol " + UUID.randomUUID().toString().substring(0, 8);
        newContact(role);
        String[] first = Api.newUserCredentials("editor");
        String[] second = Api.newUserCredentials("editor");
        try (var a = new Browser(); var b = new Browser()) {
            a.logIn(first[0], first[1]);
            b.logIn(second[0], second[1]);
            a.open("/admin/escalation-contacts.xhtml?lang=nl");
            b.open("/admin/escalation-contacts.xhtml?lang=en");
            edit(a, role);
            edit(b, role);

            typeInto(a, "contacts:name", "Eerste Redacteur");
            a.byId("contacts:save").sendKeys(Keys.ENTER);
            a.awaitText("Opgeslagen.");

            typeInto(b, "contacts:name", "Second Editor");
            b.byId("contacts:save").sendKeys(Keys.ENTER);
            b.awaitText("Someone else changed this in the meantime");
            b.assertAccessible();

            b.open("/public/escalation.xhtml");
            String published = b.text("main");
            assertTrue(published.contains("Eerste Redacteur"));
            assertFalse(published.contains("Second Editor"), "the stale save changed nothing");
        }
    }

    @Test
    void anAdministratorEditsAFaqEntryAndVisitorsSeeItInEnglish() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        var created = send("POST", "/api/v1/faq", json("category", "aanmelden", "questionNl", "Vraag " + marker + "?",
                "questionEn", "Question " + marker + "?", "answerNl", "Antwoord.", "answerEn", "Answer.",
                "sortOrder", 60, "published", true, "version", 0), Api.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        try (var b = new Browser()) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            b.open("/admin/faq.xhtml?lang=en");
            edit(b, "Question " + marker, "faq", "questionEn");
            typeInto(b, "faq:questionEn", "How do I renew my key " + marker + "?");
            typeInto(b, "faq:answerEn", "Renew it before it expires.");
            b.byId("faq:save").sendKeys(Keys.ENTER);
            b.awaitText("Saved.");

            b.open("/public/faq.xhtml?lang=en&q=" + marker);
            assertTrue(b.text("main").contains("How do I renew my key " + marker + "?"));
            assertTrue(b.text("main").contains("Renew it before it expires."));
            b.open("/public/faq.xhtml?lang=nl&q=" + marker);
            assertTrue(b.text("main").contains("Vraag " + marker + "?"), "the Dutch text is untouched");

            b.open("/admin/audit.xhtml?lang=en");
            assertTrue(b.text("main").contains("How do I renew my key " + marker), "the change is in the audit log");
        }
    }

    @Test
    void loggingInRenewsTheSessionId() {
        try (var b = new Browser()) {
            b.open("/login.xhtml");
            String before = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            String after = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertFalse(before.equals(after), "a new session id after login");
        }
    }

    @Test
    void anOperatorIsRefusedTheEditorsPagesAndAnonymousVisitorsAreSentToLogin() {
        String[] operator = Api.newUserCredentials("operator");
        try (var b = new Browser()) {
            b.open("/admin/escalation-contacts.xhtml");
            b.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
            b.byId("login:username").sendKeys(operator[0]);
            b.byId("login:password").sendKeys(operator[1]);
            b.byId("login:submit").click();
            b.await(d -> !d.getCurrentUrl().contains("/login.xhtml"));
            assertTrue(List.of("Geen toegang", "No access").contains(b.text("h1")), "sent on to the page, refused there");
            b.open("/admin/index.xhtml?lang=en");
            List<String> refused = List.of("/admin/escalation-contacts.xhtml", "/admin/faq.xhtml", "/admin/users.xhtml");
            for (String page : refused) {
                b.open(page);
                assertEquals("No access", b.text("h1"), page + " is refused, in the language chosen before");
            }
            b.open("/admin/index.xhtml");
            b.byId("logout-form:logout").click();
            b.await(d -> !d.getCurrentUrl().contains("/admin/"));
            b.open("/admin/index.xhtml");
            b.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
        }
    }
}
