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

    private static void edit(Browser b, String rowText) {
        WebElement button = b.driver().findElement(By.xpath(
                "//tr[td[contains(normalize-space(.), '" + rowText + "')]]//button[contains(@id, ':edit')]"));
        button.click();
        b.await(d -> !d.findElements(By.id("contacts:name")).isEmpty());
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
            typeInto(b, "contacts:email", "marie@example.org");
            b.byId("contacts:save").click();
            b.awaitText("Opgeslagen.");
            assertTrue(b.text("#contacts\\:table").contains(name));

            b.open("/public/escalation.xhtml?lang=nl");
            assertTrue(b.text("main").contains(name));
            assertTrue(b.text("main").contains("marie@example.org"));
            b.open("/public/escalation.xhtml?lang=en");
            assertTrue(b.text("main").contains(role + " (en)"));
            assertTrue(b.text("main").contains(name));

            b.open("/admin/audit.xhtml?lang=en");
            b.assertAccessible();
            String audit = b.text("main");
            assertTrue(audit.contains("EscalationContact"), "the change is in the audit log");
            assertTrue(audit.contains(name), "with its after-state");
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
            a.byId("contacts:save").click();
            a.awaitText("Opgeslagen.");

            typeInto(b, "contacts:name", "Second Editor");
            b.byId("contacts:save").click();
            b.awaitText("Someone else changed this in the meantime");
            b.assertAccessible();

            b.open("/public/escalation.xhtml");
            String published = b.text("main");
            assertTrue(published.contains("Eerste Redacteur"));
            assertFalse(published.contains("Second Editor"), "the stale save changed nothing");
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
            List<String> refused = List.of("/admin/escalation-contacts.xhtml", "/admin/faq.xhtml", "/admin/users.xhtml");
            for (String page : refused) {
                b.open(page + "?lang=en");
                assertEquals("No access", b.text("h1"), page);
            }
            b.open("/admin/index.xhtml");
            b.byId("logout-form:logout").click();
            b.await(d -> !d.getCurrentUrl().contains("/admin/"));
            b.open("/admin/index.xhtml");
            b.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
        }
    }
}
