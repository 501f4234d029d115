package org.serviceportal.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.Mailbox;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.TestClock;

/**
 * A visitor reports an incident on the web form, follows it by the link mailed to them, adds
 * information and escalates it, in Dutch and in English.
 */
@ExtendWith(PortalServer.class)
class IncidentPagesIT {

    private static final Pattern FOLLOW_LINK = Pattern.compile("(http\\S+/public/follow\\.xhtml\\?\\S+)");

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl| Bedankt| Je informatie is toegevoegd.| Je melding is geëscaleerd: de escalatiecontactpersoon van het product heeft een mail gekregen.| Nieuw"
            + "| P2 – Hoog: we reageren binnen 2 uur en streven naar een oplossing binnen | We stuurden je een e-mail",
        "en| Thank you| Your information has been added.| Your report has been escalated: the product| New"
            + "| P2 – High: we respond within 2 hours and aim to resolve it within | We sent you an e-mail"})
    void aVisitorReportsFollowsAddsInformationAndEscalates(String lang, String thanks, String added, String escalated,
            String statusNew, String priorityMeaning, String mailed) throws Exception {
        String product = "web-" + UUID.randomUUID().toString().substring(0, 8);
        var body = Json.createObjectBuilder().add("nameNl", "Webproduct " + product).add("nameEn", "Web product " + product)
                .add("sortOrder", 99).add("dependsOnProducts", strings()).add("dependsOnExternal", strings())
                .add("version", 0).build();
        assertEquals(201, send("POST", "/api/v1/products", json("code", product, "product", body), ADMIN).statusCode());
        String contact = "sdm-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertEquals(201, send("POST", "/api/v1/escalation-contacts", json("roleNl", "Service Delivery Manager",
                "roleEn", "Service Delivery Manager", "email", contact, "sortOrder", 9, "products", strings(product),
                "version", 0), ADMIN).statusCode());
        String reporter = "visitor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        browser.open("/public/report.xhtml?lang=" + lang);
        assertEquals(lang, browser.htmlLang());
        browser.assertAccessible();
        new Select(browser.byId("report:product")).selectByValue(product);
        browser.find("input[name='report:impact'][value='MEDIUM']").click();
        browser.find("input[name='report:urgency'][value='HIGH']").click();
        browser.byId("report:description").sendKeys("The login page shows an error");
        browser.byId("report:name").sendKeys("Visitor " + lang);
        browser.byId("report:email").sendKeys(reporter);
        // a person takes a few seconds to fill in the form; a robot does not
        TestClock.movedBy(ReportGuard.MINIMUM_FILL_TIME.plusSeconds(1), () -> {
            browser.byId("report:submit").click();
            browser.awaitText(thanks);
        });
        String reference = browser.text("#reference");
        assertTrue(reference.matches("INC-\\d{4}-\\d{6}"), reference);
        assertEquals("P2", browser.text("#priority"));
        assertTrue(browser.text("#responseDue").contains("20"));
        // the confirmation panel: the reference, the priority in words with its targets, the link, the mail
        assertTrue(browser.text(".confirmation-panel").contains(reference));
        assertTrue(browser.text("#priority-meaning").startsWith(priorityMeaning), browser.text("#priority-meaning"));
        String shownLink = browser.byId("follow-url").getDomProperty("value");
        assertTrue(shownLink.contains("/public/follow.xhtml?") && shownLink.contains(reference), shownLink);
        assertEquals("true", browser.byId("follow-url").getDomAttribute("readonly"), "shown to copy, not to edit");
        assertEquals(shownLink, browser.byId("follow-open").getDomAttribute("href"));
        assertTrue(browser.text("#mail-note").startsWith(mailed), "the test portal has a mail server: " + browser.text("#mail-note"));
        browser.assertAccessible();
        browser.screenshot("incident-reported-" + lang);
        if ("nl".equals(lang)) {
            browser.screenshotAt("report-confirmation-nl", 1366);
            browser.screenshotAt("report-confirmation-nl-390", 390);
        }

        List<MimeMessage> mails = Mailbox.awaitMessagesTo(reporter, 1);
        assertEquals(1, mails.size());
        String text = (String) mails.get(0).getContent();
        Matcher link = FOLLOW_LINK.matcher(text);
        assertTrue(link.find(), text);
        assertTrue(mails.get(0).getSubject().contains(reference));

        browser.driver().get(link.group(1));
        assertEquals(reference, browser.text("#reference"));
        assertEquals(statusNew, browser.text("#status"));
        browser.assertAccessible();

        browser.byId("follow:information").sendKeys("It started this morning");
        browser.byId("follow:addInformation").click();
        browser.awaitText(added);
        assertTrue(browser.text("#history").contains("It started this morning"));

        browser.byId("follow:reason").sendKeys("Nobody answered my call");
        browser.byId("follow:escalate").click();
        browser.awaitText(escalated);
        assertTrue(browser.text("#escalations").contains("Nobody answered my call"));
        assertTrue(browser.text("#escalations").contains("Service Delivery Manager"));
        browser.assertAccessible();
        browser.screenshot("incident-followed-" + lang);

        List<MimeMessage> toContact = Mailbox.awaitMessagesTo(contact, 1);
        assertEquals(1, toContact.size());
        assertTrue(((String) toContact.get(0).getContent()).contains("Nobody answered my call"));

        browser.driver().get(link.group(1));
        browser.find(".lang-switch").click();
        assertEquals(lang.equals("nl") ? "en" : "nl", browser.htmlLang());
        assertEquals(reference, browser.text("#reference"), "the other language shows the same incident");
        browser.find(".lang-switch").click();
        assertEquals(lang, browser.htmlLang());
    }

    @ParameterizedTest
    @CsvSource({"nl, Er is een probleem, Kies een product., Vul je e-mailadres in., Je melding is nog niet verstuurd. Kijk je gegevens na",
        "en, There is a problem, Choose a product., Fill in your e-mail address., Your report has not been sent yet. Check your details"})
    void theFormExplainsWhatIsMissingAndRefusesRobots(String lang, String problem, String noProduct, String noEmail,
            String refused) throws Exception {
        browser.open("/public/report.xhtml?lang=" + lang);
        browser.byId("report:submit").click();
        browser.awaitText(noProduct);
        // one summary at the top, with a heading, that has the focus: each error a link to its field
        assertEquals(1, browser.all(".error-summary").size());
        assertEquals(problem, browser.text(".error-summary h2"));
        browser.await(d -> browser.focused().getDomAttribute("class") != null
                && browser.focused().getDomAttribute("class").contains("error-summary"));
        List<String> targets = browser.all(".error-summary a").stream().map(a -> a.getDomAttribute("href")).toList();
        assertEquals(List.of("#report:product", "#report:impact:0", "#report:urgency:0", "#report:description", "#report:name",
                "#report:email"), targets);
        assertTrue(browser.text(".error-summary").contains(noEmail));
        // each field says what is wrong beside it, and is marked invalid with its message as description
        for (String field : List.of("product", "description", "name", "email")) {
            var input = browser.byId("report:" + field);
            assertEquals("true", input.getDomAttribute("aria-invalid"), field);
            assertEquals("report:" + field + "-error", input.getDomAttribute("aria-describedby"), field);
        }
        assertEquals(noEmail, browser.byId("report:email-error").getText());
        assertEquals(noProduct, browser.byId("report:product-error").getText());
        assertEquals("true", browser.byId("report:impact").getDomAttribute("aria-invalid"));
        assertTrue(browser.all("#report\\:organisation-error").isEmpty(), "an optional field is not in error");
        assertEquals(null, browser.byId("report:organisation").getDomAttribute("aria-invalid"));
        browser.assertAccessible();
        if ("nl".equals(lang)) {
            browser.screenshotAt("report-errors-nl", 1366, ".error-summary");
            browser.screenshotAt("report-errors-nl-390", 390, ".error-summary");
        }
        // a link of the summary leads to its field: the e-mail input, the first choice of a group
        browser.find(".error-summary a[href='#report:email']").click();
        browser.await(d -> "report:email".equals(browser.focused().getDomAttribute("id")));
        browser.find(".error-summary a[href='#report:impact:0']").click();
        browser.await(d -> "report:impact".equals(browser.focused().getDomAttribute("name")));
        // the description is written in the page's font, not a typewriter's
        assertTrue(!browser.byId("report:description").getCssValue("font-family").contains("monospace"),
                browser.byId("report:description").getCssValue("font-family"));

        // filled in right after a failed try, the field is no longer marked
        browser.byId("report:name").sendKeys("Visitor");
        browser.byId("report:submit").click();
        browser.await(d -> browser.all("#report\\:name-error").isEmpty());
        assertEquals(null, browser.byId("report:name").getDomAttribute("aria-invalid"));
        assertEquals(5, browser.all(".error-summary a").size());

        // a robot fills in every field, also the one people never see, and posts at once
        browser.open("/public/report.xhtml?lang=" + lang);
        new Select(browser.byId("report:product")).selectByIndex(1);
        browser.find("input[name='report:impact']").click();
        browser.find("input[name='report:urgency']").click();
        browser.byId("report:description").sendKeys("spam");
        browser.byId("report:name").sendKeys("Robot");
        browser.byId("report:email").sendKeys("robot@example.org");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('report:website').value = 'http://spam.example';");
        browser.byId("report:submit").click();
        browser.awaitText(refused);
        assertTrue(browser.all("#reference").isEmpty(), "nothing reported");
        assertTrue(browser.text(".error-summary").contains(refused), "said in the summary, without blame");
        assertEquals("spam", browser.byId("report:description").getDomProperty("value"), "what was typed is kept");
    }

    /**
     * The confirmation says a mail is on its way only when one is: an address that had its share of
     * report mails for the day gets none, and the page says so and asks to keep the link.
     */
    @org.junit.jupiter.api.Test
    void theConfirmationSaysSoWhenNoMailIsSent() throws Exception {
        String reporter = "many-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        for (int i = 0; i < IncidentService.REPORT_MAILS_PER_RECIPIENT; i++) {
            // each from its own address (through the trusted proxy), so no address meets its hourly limit
            var request = java.net.http.HttpRequest.newBuilder(PortalServer.base().resolve("/api/v1/incidents"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "192.0.2." + (100 + i))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                            .add("product", "toegangsbeheer").add("impact", "LOW").add("urgency", "LOW").add("description", "test")
                            .add("reporter", Json.createObjectBuilder().add("name", "Many").add("email", reporter))
                            .build().toString())).build();
            var answer = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(201, answer.statusCode(), answer.body());
        }
        browser.open("/public/report.xhtml?lang=nl");
        new Select(browser.byId("report:product")).selectByIndex(1);
        browser.find("input[name='report:impact']").click();
        browser.find("input[name='report:urgency']").click();
        browser.byId("report:description").sendKeys("Once more");
        browser.byId("report:name").sendKeys("Many");
        browser.byId("report:email").sendKeys(reporter);
        TestClock.movedBy(ReportGuard.MINIMUM_FILL_TIME.plusSeconds(1), () -> {
            browser.byId("report:submit").click();
            browser.awaitText("Bedankt");
        });
        assertEquals("We sturen je geen e-mail over deze melding. Bewaar de link hierboven: je hebt hem nodig om je melding"
                + " te volgen.", browser.text("#mail-note"));
        assertTrue(browser.byId("follow-url").getDomProperty("value").contains("/public/follow.xhtml?"));
        browser.assertAccessible();
    }

    @ParameterizedTest
    @CsvSource({"nl, Incidentmatrix", "en, Incident matrix"})
    void theServiceConditionsShowTheMatrixAndTargets(String lang, String heading) {
        browser.open("/public/conditions.xhtml?lang=" + lang);
        assertTrue(browser.text("main").contains(heading));
        assertEquals(9, browser.all("#incident-matrix tbody td").size());
        assertTrue(browser.text("#incident-priorities").contains("P1"));
        assertTrue(browser.driver().findElements(By.cssSelector("#incident-priorities tbody tr")).size() >= 4);
        browser.assertAccessible();
        browser.screenshot("conditions-matrix-" + lang);
    }

    @ParameterizedTest
    @CsvSource({"nl, Deze link is niet geldig", "en, This link is not valid"})
    void aWrongFollowLinkShowsAClearMessage(String lang, String message) {
        browser.open("/public/follow.xhtml?lang=" + lang + "&reference=INC-2026-999999&token=guess");
        assertTrue(browser.text("main").contains(message));
        browser.assertAccessible();
    }
}
