package org.serviceportal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Mailbox.awaitMessagesTo;
import static org.serviceportal.newsletter.NewsletterMailIT.awaitSubject;
import static org.serviceportal.newsletter.NewsletterMailIT.newProduct;
import static org.serviceportal.newsletter.NewsletterMailIT.sendIssueAndAwait;
import static org.serviceportal.newsletter.NewsletterMailIT.subscribeAndConfirm;
import static org.serviceportal.newsletter.NewsletterMailIT.subscriber;
import static org.serviceportal.newsletter.NewsletterMailIT.text;
import static org.serviceportal.newsletter.NewsletterMailIT.unique;

import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/** The newsletter in the browser: a visitor's whole journey, and an editor's issue, in Dutch and English. */
@ExtendWith(PortalServer.class)
class NewsletterPagesIT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/public/newsletter-(confirm|manage)\\.xhtml\\?token=\\S+)");

    private static String link(String text, String page) {
        var m = LINK.matcher(text);
        while (m.find()) {
            if (m.group(2).equals(page)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no " + page + " link in " + text);
    }

    private static void check(Browser b, String name, String value) {
        WebElement box = b.driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private static void uncheck(Browser b, String name, String value) {
        WebElement box = b.driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (box.isSelected()) {
            box.click();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void aVisitorSubscribesConfirmsChangesPreferencesAndUnsubscribes(String lang) throws Exception {
        boolean nl = lang.equals("nl");
        String product = newProduct();
        String second = newProduct();
        String email = unique("visitor-" + lang) + "@example.org";
        try (var b = new Browser()) {
            b.open("/public/newsletter.xhtml?lang=" + lang);
            assertEquals(lang, b.htmlLang());
            assertEquals(nl ? "ICT-nieuwsbrief" : "ICT newsletter", b.text("h1"));
            assertTrue(b.text("main").contains(SubscriptionService.CONSENT_VERSION));
            b.assertAccessible();
            b.byId("subscribe:email").sendKeys(email);
            check(b, "subscribe:language", lang);
            check(b, "subscribe:products", product);
            // the consent box sits beside its label, on its left, not on a line of its own
            var box = b.byId("subscribe:consent").getRect();
            var label = b.find("label[for='subscribe:consent']").getRect();
            assertTrue(box.getX() + box.getWidth() <= label.getX(), "the box is left of its label");
            assertTrue(Math.abs((box.getY() + box.getHeight() / 2) - (label.getY() + label.getHeight() / 2)) < label.getHeight(),
                    "the box is on its label's line");
            if (nl) {
                b.screenshotAt("newsletter-nl", 1366, "#subscribe\\:topics");
                b.screenshotAt("newsletter-nl-390", 390, ".consent");
            }
            b.byId("subscribe:submit").click();
            b.awaitText(nl ? "Ga akkoord" : "Agree with the text");
            // the summary has the focus and leads to the box; the box says what is wrong beside it
            b.await(d -> String.valueOf(b.focused().getDomAttribute("class")).contains("error-summary"));
            assertEquals(nl ? "Er is een probleem" : "There is a problem", b.text(".error-summary h2"));
            assertEquals("#subscribe:consent", b.find(".error-summary a").getDomAttribute("href"));
            assertEquals("true", b.byId("subscribe:consent").getDomAttribute("aria-invalid"));
            assertTrue(b.byId("subscribe:consent-error").getText().startsWith(nl ? "Ga akkoord" : "Agree with the text"));
            b.assertAccessible();
            if (!b.byId("subscribe:consent").isSelected()) {
                b.byId("subscribe:consent").click();
            }
            b.byId("subscribe:submit").click();
            b.awaitText(nl ? "bevestigingslink" : "confirm link");
            b.assertAccessible();

            MimeMessage confirmMail = awaitMessagesTo(email, 1).get(0);
            b.driver().get(link(text(confirmMail), "confirm"));
            assertEquals(lang, b.htmlLang());
            b.assertAccessible();
            assertEquals("PENDING", subscriber(email).getString("state"), "opening the link alone confirms nothing");
            b.byId("confirm:confirm").click();
            b.awaitText(nl ? "Je inschrijving is bevestigd." : "Your subscription is confirmed.");
            assertEquals("CONFIRMED", subscriber(email).getString("state"));

            MimeMessage issue = sendIssueAndAwait(product, email);
            b.driver().get(link(text(issue), "manage"));
            assertTrue(b.text("#subscriber-email").contains(email));
            b.assertAccessible();
            String otherLang = nl ? "en" : "nl";
            check(b, "manage:language", otherLang);
            check(b, "manage:products", second);
            uncheck(b, "manage:products", product);
            b.byId("manage:save").click();
            b.awaitText(nl ? "Je voorkeuren zijn opgeslagen." : "Your preferences are saved.");
            var s = subscriber(email);
            assertEquals(otherLang, s.getString("language"));
            assertEquals(second, s.getJsonArray("products").getString(0));
            assertEquals(1, s.getJsonArray("products").size());

            b.byId("manage:unsubscribe").click();
            b.awaitText(nl ? "Je bent uitgeschreven." : "You are unsubscribed.");
            b.assertAccessible();
            assertEquals("UNSUBSCRIBED", subscriber(email).getString("state"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void anEditorComposesPreviewsTestsAndSendsAnIssue(String lang) throws Exception {
        boolean nl = lang.equals("nl");
        String product = newProduct();
        String reader = unique("reader-" + lang) + "@example.org";
        subscribeAndConfirm(reader, lang, product);
        String[] editor = Api.newUserCredentials("editor");
        String subject = unique("Nummer");
        try (var b = new Browser()) {
            b.logIn(editor[0], editor[1]);
            b.open("/admin/newsletter.xhtml?lang=" + lang);
            assertEquals(nl ? "Nieuwsbrief" : "Newsletter", b.text("h1"));
            b.assertAccessible();
            b.byId("issues:add").click();
            b.await(d -> !d.findElements(By.id("issues:subjectNl")).isEmpty());
            b.byId("issues:subjectNl").sendKeys(subject + " nl");
            b.byId("issues:subjectEn").sendKeys(subject + " en");
            b.byId("issues:bodyNl").sendKeys("<p>Beste lezer, <b>nieuws</b>.</p><script>alert(1)</script>");
            b.byId("issues:bodyEn").sendKeys("<p>Dear reader, <b>news</b>.</p>");
            b.driver().findElement(By.xpath("//label[normalize-space(.)='Product " + product + (nl ? "" : " (en)") + "']")).click();
            b.assertAccessible();
            b.byId("issues:save").click();
            b.await(d -> !d.findElements(By.id("issues:testSend")).isEmpty());
            String preview = b.text("#issues\\:preview");
            assertTrue(preview.contains("Beste lezer") && preview.contains("Dear reader"), preview);
            assertTrue(b.driver().findElements(By.cssSelector("#issues\\:preview script")).isEmpty(), "sanitised");
            b.assertAccessible();

            assertEquals(editor[0] + "@example.org", b.byId("issues:testAddress").getAttribute("value"), "the editor's own address");
            b.byId("issues:testSend").click();
            b.awaitText(nl ? "Het testbericht staat klaar" : "The test message is queued");
            awaitSubject(editor[0] + "@example.org", "[TEST] " + subject + " nl");
            awaitSubject(editor[0] + "@example.org", "[TEST] " + subject + " en");

            b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + subject + "')]]//button[contains(@id, ':send')]"))
                    .click();
            b.await(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
            b.find(".ui-confirmdialog-yes").click();
            b.awaitText(nl ? "Het nummer wordt verstuurd." : "The issue is being sent.");

            MimeMessage got = awaitSubject(reader, subject + " " + lang);
            assertTrue(text(got).contains(nl ? "Beste lezer, nieuws." : "Dear reader, news."), text(got));
            // the copy is sent by the outbox's next round; the page shows it after a refresh
            b.await(d -> {
                b.byId("issues:refresh").click();
                return d.findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + subject + "')]]")).getText()
                        .contains(": 1 / 0 / 0");
            });
            b.assertAccessible();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void anAdministratorFindsAndErasesASubscriberAndAnEditorAnnouncesMaintenance(String lang) throws Exception {
        boolean nl = lang.equals("nl");
        String product = newProduct();
        String email = unique("admin-view-" + lang) + "@example.org";
        subscribeAndConfirm(email, lang, product);
        java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(2));
        String title = unique("Window");
        var window = Api.send("POST", "/api/v1/maintenance", Api.json("products", Api.strings(product), "startsAt", start.toString(),
                "endsAt", start.plus(java.time.Duration.ofHours(1)).toString(), "planned", true,
                "title", jakarta.json.Json.createObjectBuilder().add("nl", title).add("en", title).build(),
                "message", jakarta.json.Json.createObjectBuilder().add("nl", "").add("en", "").build()), Api.ADMIN);
        assertEquals(201, window.statusCode(), window.body());
        try (var b = new Browser()) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            b.open("/admin/subscribers.xhtml?lang=" + lang);
            assertEquals(nl ? "Abonnees" : "Subscribers", b.text("h1"));
            b.byId("subscribers:query").sendKeys(email);
            b.byId("subscribers:search").click();
            b.await(d -> d.findElement(By.id("subscribers:table")).getText().contains(email));
            b.assertAccessible();
            b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + email + "')]]//button[contains(@id, ':erase')]"))
                    .click();
            b.await(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
            b.find(".ui-confirmdialog-yes").click();
            b.awaitText(nl ? "De gegevens zijn gewist." : "The data have been erased.");
            assertTrue(Api.array(Api.get("/api/v1/subscribers?q=" + email, Api.ADMIN)).isEmpty());

            b.open("/admin/maintenance.xhtml?lang=" + lang);
            b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + title + "')]]//button[contains(@id, ':announce')]"))
                    .click();
            b.await(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
            b.find(".ui-confirmdialog-yes").click();
            b.awaitText(nl ? "De aankondiging wordt verstuurd." : "The announcement is being sent.");
            assertTrue(b.driver().findElements(By.xpath("//tr[td[contains(normalize-space(.), '" + title + "')]]//button[contains(@id, ':announce')]"))
                    .isEmpty(), "announced once: the button is gone");
            b.assertAccessible();
        }
    }
}
