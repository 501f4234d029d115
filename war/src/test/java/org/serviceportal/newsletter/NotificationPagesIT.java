package org.serviceportal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.newsletter.NewsletterMailIT.awaitSubject;
import static org.serviceportal.newsletter.NewsletterMailIT.subscriber;
import static org.serviceportal.newsletter.NewsletterMailIT.text;
import static org.serviceportal.newsletter.NewsletterMailIT.token;
import static org.serviceportal.newsletter.NewsletterMailIT.unique;
import static org.serviceportal.newsletter.NotificationMailIT.newProduct;
import static org.serviceportal.newsletter.NotificationMailIT.topics;
import static org.serviceportal.testing.Mailbox.awaitMessagesTo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/**
 * Topics in the browser, in Dutch and English: the subscribe and manage pages offer them as a group of
 * checkboxes with a legend, refuse an empty choice with a message, and keep what is chosen; the admin
 * list of subscribers shows them. Every page checked with axe.
 */
@ExtendWith(PortalServer.class)
class NotificationPagesIT {

    private static void set(Browser b, String name, String value, boolean on) {
        WebElement box = b.driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (box.isSelected() != on) {
            box.click();
        }
    }

    private static void consent(Browser b) {
        if (!b.byId("subscribe:consent").isSelected()) {
            b.byId("subscribe:consent").click();
        }
    }

    private static void choose(Browser b, String form, List<String> on) {
        for (String t : List.of("NEWSLETTER", "MAINTENANCE", "OUTAGES")) {
            set(b, form + ":topics", t, on.contains(t));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void aVisitorChoosesTopicsWhenSubscribingAndChangesThemByTheManageLink(String lang) throws Exception {
        boolean nl = lang.equals("nl");
        String[] p = newProduct();
        String email = unique("topics-page-" + lang) + "@example.org";
        try (var b = new Browser()) {
            b.open("/public/newsletter.xhtml?lang=" + lang);
            String legend = nl ? "Onderwerpen" : "Topics";
            assertTrue(b.driver().findElements(By.xpath("//fieldset[legend[normalize-space(.)='" + legend + "']]"
                    + "//input[@type='checkbox' and @name='subscribe:topics']")).size() == 3, "three topics in a fieldset with a legend");
            for (String t : List.of("NEWSLETTER", "MAINTENANCE", "OUTAGES")) {
                assertTrue(b.driver().findElement(By.cssSelector("input[name='subscribe:topics'][value='" + t + "']")).isSelected(),
                        t + " is chosen to begin with");
            }
            b.assertAccessible();
            b.byId("subscribe:email").sendKeys(email);
            set(b, "subscribe:language", lang, true);
            set(b, "subscribe:products", p[0], true);
            consent(b);
            choose(b, "subscribe", List.of());
            b.byId("subscribe:submit").click();
            b.awaitText(nl ? "Kies minstens één onderwerp." : "Choose at least one topic.");
            b.assertAccessible();
            assertTrue(Api.array(Api.get("/api/v1/subscribers?q=" + email, Api.ADMIN)).isEmpty(), "nothing asked without a topic");

            choose(b, "subscribe", List.of("OUTAGES"));
            consent(b);
            b.byId("subscribe:submit").click();
            b.awaitText(nl ? "bevestigingslink" : "confirm link");
            var confirmed = Api.send("POST", "/api/v1/subscriptions/confirmation",
                    Api.json("token", token(text(awaitMessagesTo(email, 1).get(0)))), Api.Auth.NONE);
            assertEquals(200, confirmed.statusCode(), confirmed.body());
            assertEquals(List.of("OUTAGES"), topics(email));

            var outage = Api.send("POST", "/api/v1/outages", Api.json("product", p[0], "startedAt",
                    Instant.now().minusSeconds(120).toString(), "severity", "MAJOR"), Api.newUser("operator"));
            assertEquals(201, outage.statusCode(), outage.body());
            String notice = text(awaitSubject(email, (nl ? "Storing: " + p[1] : "Outage: " + p[2])));
            b.open("/public/newsletter-manage.xhtml?token=" + URLEncoder.encode(token(notice), StandardCharsets.UTF_8) + "&lang=" + lang);
            assertTrue(b.text("#subscriber-email").contains(email));
            assertTrue(b.driver().findElement(By.cssSelector("input[name='manage:topics'][value='OUTAGES']")).isSelected());
            assertTrue(!b.driver().findElement(By.cssSelector("input[name='manage:topics'][value='MAINTENANCE']")).isSelected());
            b.assertAccessible();
            choose(b, "manage", List.of());
            b.byId("manage:save").click();
            b.awaitText(nl ? "Kies minstens één onderwerp." : "Choose at least one topic.");
            assertEquals(List.of("OUTAGES"), topics(email), "an empty choice changes nothing");
            b.assertAccessible();
            choose(b, "manage", List.of("MAINTENANCE", "OUTAGES"));
            b.byId("manage:save").click();
            b.awaitText(nl ? "Je voorkeuren zijn opgeslagen." : "Your preferences are saved.");
            assertEquals(List.of("MAINTENANCE", "OUTAGES"), topics(email));
            assertEquals(lang, subscriber(email).getString("language"));

            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            b.open("/admin/subscribers.xhtml?lang=" + lang);
            b.byId("subscribers:query").sendKeys(email);
            b.byId("subscribers:search").click();
            b.await(d -> d.findElement(By.id("subscribers:table")).getText().contains(email));
            String row = b.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.), '" + email + "')]]")).getText();
            assertTrue(row.contains(nl ? "Onderhoud, Storingen" : "Maintenance, Outages"), row);
            b.assertAccessible();
        }
    }
}
