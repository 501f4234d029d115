package org.serviceportal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.Wait;

/** The webhooks admin page, in both languages: register (the secret shown once), send a test, read the log, delete. */
@ExtendWith(PortalServer.class)
class WebhookPagesIT {

    private static String rowXpath(String url) {
        return "//tr[td[contains(normalize-space(.), '" + url + "')]]";
    }

    @Test
    void anAdministratorRegistersAWebhookSeesItsSecretOnceSendsATestAndReadsTheLog() {
        for (String lang : List.of("nl", "en")) {
            boolean nl = lang.equals("nl");
            try (var receiver = new Receiver(); var b = new Browser()) {
                String url = receiver.url("/page-" + lang + "-" + UUID.randomUUID().toString().substring(0, 6));
                b.logIn("admin", PortalServer.ADMIN_PASSWORD);
                b.open("/admin/webhooks.xhtml?lang=" + lang);
                assertEquals(lang, b.htmlLang());
                assertEquals("Webhooks", b.text("h1"));
                b.assertAccessible();

                // an address that is no https address is refused, in the page's language
                b.byId("webhooks:url").sendKeys("ftp://example.org/hook");
                b.driver().findElement(By.xpath("//label[normalize-space(.)='" + (nl ? "Storing gemeld" : "Outage reported") + "']")).click();
                b.byId("webhooks:registerButton").click();
                b.awaitText(nl ? "Een webhook moet een https-adres hebben" : "A webhook needs an https address");
                b.assertAccessible();

                b.byId("webhooks:url").clear();
                b.byId("webhooks:url").sendKeys(url);
                b.byId("webhooks:registerButton").click();
                b.await(d -> !d.findElements(By.id("new-webhook-secret")).isEmpty());
                String secret = b.text("#new-webhook-secret");
                assertTrue(secret.startsWith("whsec_"), secret);
                b.awaitText(nl ? "Webhook geregistreerd." : "Webhook registered.");
                b.assertAccessible();

                b.open("/admin/webhooks.xhtml?lang=" + lang);
                assertTrue(b.all("#new-webhook-secret").isEmpty(), "the secret is shown once");
                assertTrue(!b.driver().getPageSource().contains(secret), "and never again");

                b.driver().findElement(By.xpath(rowXpath(url) + "//button[contains(@id, ':test')]")).click();
                b.awaitText(nl ? "Het testbericht wordt verstuurd" : "The test message is being sent");
                var got = Wait.until("the test delivery", java.time.Duration.ofSeconds(30), () -> receiver.received(), l -> !l.isEmpty()).get(0);
                assertEquals("webhook.test", got.event());
                assertEquals(WebhookSignature.header(secret, got.body()), got.signature());

                String delivered = nl ? "afgeleverd" : "delivered";
                b.await(d -> {
                    b.byId("webhooks:refresh").click();
                    return d.findElements(By.cssSelector("#webhooks\\:deliveryTable .delivery-status")).stream()
                            .anyMatch(e -> e.getText().equals(delivered));
                });
                // the log shows the delivery id (read once the last refresh has replaced the table)
                b.await(d -> d.findElement(By.cssSelector("#webhooks\\:deliveryTable")).getText().contains(got.delivery()));
                b.assertAccessible();
                b.screenshot("admin-webhooks-" + lang);

                b.driver().findElement(By.xpath(rowXpath(url) + "//button[contains(@id, ':delete')]")).click();
                b.await(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
                b.find(".ui-confirmdialog-yes").click();
                b.awaitText(nl ? "Webhook verwijderd." : "Webhook deleted.");
                assertTrue(b.driver().findElements(By.xpath(rowXpath(url))).isEmpty(), "gone from the list");
            }
        }
    }
}
