package org.serviceportal.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/**
 * An operator at the incident board: finds a visitor's report with the filters, takes it, hands it
 * over to line 3 with notes and resolves it, in Dutch and in English; every page axe-clean.
 */
@ExtendWith(PortalServer.class)
class IncidentBoardPagesIT {

    /** Picks an option of a PrimeFaces select menu by its label, as a mouse user does. */
    private static void choose(Browser b, String id, String label) {
        String item = "[id='" + id + "_items'] li[data-label='" + label + "']";
        // a click that lands before the menu's script is ready (a slow page, an Ajax update) opens nothing: click again
        b.await(d -> {
            var found = d.findElements(By.cssSelector(item));
            if (!found.isEmpty() && found.get(0).isDisplayed()) {
                return true;
            }
            d.findElement(By.id(id)).click();
            return false;
        });
        b.find(item).click();
        b.await(d -> d.findElement(By.id(id + "_label")).getText().equals(label));
    }

    /** Waits until the board's table shows {@code shown} and not {@code hidden}. */
    private static void awaitTable(Browser b, String shown, String hidden) {
        b.await(d -> {
            String table = d.findElement(By.id("board:table")).getText();
            return table.contains(shown) && !table.contains(hidden);
        });
    }

    private static String newProduct() {
        String code = "board-" + UUID.randomUUID().toString().substring(0, 8);
        var body = jakarta.json.Json.createObjectBuilder().add("nameNl", "Product " + code).add("nameEn", "Product " + code)
                .add("sortOrder", 97).add("dependsOnProducts", jakarta.json.Json.createArrayBuilder())
                .add("dependsOnExternal", jakarta.json.Json.createArrayBuilder()).add("version", 0).build();
        var created = Api.send("POST", "/api/v1/products", Api.json("code", code, "product", body), Api.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    private static void type(Browser b, String id, String text) {
        var field = b.byId(id);
        field.clear();
        field.sendKeys(text);
    }

    private static void press(Browser b, String id, String expectedText) {
        b.byId(id).click();
        b.awaitText(expectedText);
    }

    @Test
    void anOperatorHandsAReportOverToLine3AndResolvesItInDutch() {
        work("nl", new Texts("Incidentenbord", "Certificatenbeheer", "nieuw", "Je hebt het incident opgenomen.",
                "Lijn 2", "Lijn 3", "Het incident is overgedragen.", "Schrijf eerst een notitie.",
                "Het incident is opgelost; de melder is op de hoogte.", "opgelost", "overgedragen", "Storing", "sinds",
                "Kies een onderbreking.", "Gekoppelde onderbrekingen"));
    }

    @Test
    void anOperatorHandsAReportOverToLine3AndResolvesItInEnglish() {
        work("en", new Texts("Incident board", "Certificate management", "new", "You took the incident.",
                "Line 2", "Line 3", "The incident was handed over.", "Write a note first.",
                "The incident is resolved; the reporter was told.", "resolved", "handed over", "Major outage", "since",
                "Choose an outage.", "Linked outages"));
    }

    record Texts(String boardTitle, String product, String statusNew, String taken, String line2, String line3,
            String handedOver, String noteRequired, String resolved, String statusResolved, String eventHandedOver,
            String major, String since, String outageRequired, String linkedOutages) {
    }

    private void work(String lang, Texts t) {
        String reference = IncidentBoardApiIT.report("certificatenbeheer", "MEDIUM", "MEDIUM",
                "Board page test " + UUID.randomUUID());
        String[] operator = Api.newUserCredentials("operator");
        try (var b = new Browser()) {
            b.logIn(operator[0], operator[1]);
            b.open("/admin/incidents.xhtml?lang=" + lang);
            assertEquals(t.boardTitle(), b.text("h1"));
            b.assertAccessible();
            b.screenshot("incident-board-" + lang);

            // the filters find it: its product, new
            choose(b, "board:product", t.product());
            choose(b, "board:status", t.statusNew());
            b.byId("board:filter").click();
            b.await(d -> d.findElement(By.id("board:table")).getText().contains(reference));
            b.assertAccessible();
            b.find("a[href*='reference=" + reference + "']").click();

            b.await(d -> d.findElement(By.tagName("h1")).getText().equals(reference));
            b.assertAccessible();
            press(b, "incident:start", t.taken());

            // an outage is chosen from the ongoing and recent ones, by product and time, not typed as a number
            String outageProduct = newProduct();
            var outage = Api.send("POST", "/api/v1/outages", Api.json("product", outageProduct, "startedAt",
                    java.time.Instant.now().minus(java.time.Duration.ofMinutes(30)).toString(), "severity", "MAJOR"),
                    Api.Auth.basic(operator[0], operator[1]));
            assertEquals(201, outage.statusCode(), outage.body());
            String outageId = Api.object(outage).getJsonNumber("id").toString();
            b.open("/admin/incident.xhtml?lang=" + lang + "&reference=" + reference);
            assertTrue(b.all("input#incident\\:outage").isEmpty(), "no number to type");
            String option = "[id='incident:outage_input'] option[value='" + outageId + "']";
            String label = b.find(option).getDomProperty("textContent");
            assertTrue(label.startsWith("#" + outageId + ": Product " + outageProduct + " – " + t.major()
                    + " (" + t.since() + " "), label);
            press(b, "incident:link", t.outageRequired());
            assertEquals("#incident:outage", b.find(".error-summary a").getDomAttribute("href"));
            b.assertAccessible();
            choose(b, "incident:outage", label);
            b.byId("incident:link").click();
            b.await(d -> d.findElements(By.cssSelector(option)).isEmpty());
            assertTrue(b.text("main").contains(t.linkedOutages() + "\n#" + outageId)
                    || b.text("main").contains(t.linkedOutages() + " #" + outageId), b.text("main"));
            b.assertAccessible();

            // a hand-over without a note is refused, with a note it goes through: 1 → 2 → 3
            choose(b, "incident:line", t.line2());
            press(b, "incident:handOver", t.noteRequired());
            type(b, "incident:note", "Needs the specialised operators.");
            choose(b, "incident:line", t.line2());
            press(b, "incident:handOver", t.handedOver());
            b.await(d -> d.findElement(By.id("incident:line-now")).getText().equals(t.line2()));
            type(b, "incident:note", "Certificate chain problem: for the security building blocks team.");
            choose(b, "incident:line", t.line3());
            press(b, "incident:handOver", t.handedOver());
            b.await(d -> d.findElement(By.id("incident:line-now")).getText().equals(t.line3()));
            b.assertAccessible();

            type(b, "incident:note", "The intermediate certificate was renewed; please try again.");
            press(b, "incident:resolve", t.resolved());
            b.await(d -> d.findElement(By.id("incident:status")).getText().equals(t.statusResolved()));
            String history = b.text("#history");
            assertTrue(history.contains("Certificate chain problem: for the security building blocks team."), history);
            assertTrue(history.contains("The intermediate certificate was renewed"), history);
            assertTrue(history.contains(t.eventHandedOver() + " (2 → 3)"), history);
            b.assertAccessible();
            b.screenshot("incident-resolved-" + lang);
        }
        // the API agrees: resolved on line 3
        var page = Api.object(Api.get("/api/v1/incidents?product=certificatenbeheer&status=RESOLVED&line=3&limit=100",
                Api.Auth.basic(operator[0], operator[1])));
        assertTrue(page.toString().contains(reference), page.toString());
    }

    @Test
    void theBoardFiltersByPriorityAndBreachAndCountsOpenIncidents() {
        String urgent = IncidentBoardApiIT.report("gebruikersbeheer", "HIGH", "HIGH", "Board filter P1 " + UUID.randomUUID());
        String minor = IncidentBoardApiIT.report("gebruikersbeheer", "LOW", "LOW", "Board filter P4 " + UUID.randomUUID());
        String[] operator = Api.newUserCredentials("operator");
        try (var b = new Browser()) {
            b.logIn(operator[0], operator[1]);
            b.open("/admin/incidents.xhtml?lang=en");
            assertFalse(b.text("#board\\:open-total").isBlank());

            choose(b, "board:priority", "P1");
            b.byId("board:filter").click();
            // the page first shows both (newest first): wait for the filtered table, which must drop the P4 one
            awaitTable(b, urgent, minor);

            choose(b, "board:priority", "P4");
            choose(b, "board:breached", "on time");
            choose(b, "board:sort", "Reported, oldest first");
            b.byId("board:filter").click();
            awaitTable(b, minor, urgent);

            choose(b, "board:breached", "missed");
            b.byId("board:filter").click();
            b.await(d -> !d.findElement(By.id("board:table")).getText().contains(minor));
            b.assertAccessible();

            b.byId("board:reset").click();
            b.await(d -> d.findElement(By.id("board:table")).getText().contains(urgent));
        }
    }
}
