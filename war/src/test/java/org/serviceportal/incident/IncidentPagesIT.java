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
    @CsvSource({
        "nl, Bedankt, Je informatie is toegevoegd., Je melding is geëscaleerd: de escalatiecontactpersoon van het product heeft een mail gekregen., Nieuw",
        "en, Thank you, Your information has been added., Your report has been escalated: the product, New"})
    void aVisitorReportsFollowsAddsInformationAndEscalates(String lang, String thanks, String added, String escalated,
            String statusNew) throws Exception {
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
        browser.assertAccessible();
        browser.screenshot("incident-reported-" + lang);

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
    @CsvSource({"nl, Kies een product., Vul je e-mailadres in., Je melding kon niet verwerkt worden.",
        "en, Choose a product., Fill in your e-mail address., Your report could not be processed."})
    void theFormExplainsWhatIsMissingAndRefusesRobots(String lang, String noProduct, String noEmail, String refused)
            throws Exception {
        browser.open("/public/report.xhtml?lang=" + lang);
        browser.byId("report:submit").click();
        browser.awaitText(noProduct);
        assertTrue(browser.text(".messages").contains(noEmail));
        browser.assertAccessible();

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
