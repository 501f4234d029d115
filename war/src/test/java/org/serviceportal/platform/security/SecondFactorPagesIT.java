package org.serviceportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.Codes;
import org.serviceportal.testing.PortalServer;

/**
 * The TOTP second factor in a real browser: a new local administrator must enrol before anything
 * else, then signs in with password and code (a used code never passes twice), and an administrator
 * clears it so that the next sign-in enrols again. Dutch and English, checked by axe.
 */
@ExtendWith(PortalServer.class)
class SecondFactorPagesIT {

    @Test
    void aNewAdministratorEnrolsBeforeAnythingElseThenSignsInWithACodeThatNeverPassesTwice() {
        String[] admin = Api.newUserCredentials("administrator");
        try (var b = new Browser()) {
            typePassword(b, admin, "nl");
            b.await(d -> d.getCurrentUrl().contains("/sign-in-enrol.xhtml"));
            assertEquals("Stel je tweede factor in", b.text("h1"));
            b.assertAccessible();
            String secret = b.text("#totp-secret");
            assertTrue(b.text("#totp-uri").startsWith("otpauth://totp/"), "the otpauth URI as text");
            assertTrue(b.text("#totp-uri").contains("secret=" + secret));
            assertFalse(b.all("figure.totp-qr svg").isEmpty(), "a QR code");

            b.open("/admin/index.xhtml");
            b.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
            assertTrue(b.all("#current-user").isEmpty(), "no administration before enrolling");

            b.open("/sign-in-enrol.xhtml?lang=nl");
            assertEquals(secret, b.text("#totp-secret"), "the same offer while the step is pending");
            b.byId("step:code").sendKeys("000000", Keys.ENTER);
            b.awaitText("Die code klopt niet");
            b.assertAccessible();
            String first = Codes.next(secret);
            b.byId("step:code").clear();
            b.byId("step:code").sendKeys(first, Keys.ENTER);
            b.await(d -> d.getCurrentUrl().contains("/admin/index.xhtml"));
            assertEquals(admin[0], b.text("#current-user"));

            b.byId("logout-form:logout").click();
            b.await(d -> !d.getCurrentUrl().contains("/admin/"));

            typePassword(b, admin, "en");
            b.await(d -> d.getCurrentUrl().contains("/sign-in-code.xhtml"));
            assertEquals("Code from your authenticator app", b.text("h1"));
            b.assertAccessible();
            b.byId("step:code").sendKeys(first, Keys.ENTER);
            b.awaitText("was used already");
            b.byId("step:code").clear();
            b.byId("step:code").sendKeys(Codes.next(secret), Keys.ENTER);
            b.await(d -> d.getCurrentUrl().contains("/admin/index.xhtml"));
            assertEquals(admin[0], b.text("#current-user"));

            b.open("/admin/second-factor.xhtml?lang=en");
            b.assertAccessible();
            assertTrue(b.text("#status").contains("You log in with your password and a code"));
        }

        try (var b = new Browser()) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            b.open("/admin/users.xhtml?lang=nl");
            var row = b.driver().findElement(By.xpath("//tr[.//code[text()='" + admin[0] + "']]"));
            row.findElement(By.cssSelector("button[id$='resetFactor']")).click();
            b.awaitText("De tweede factor van " + admin[0] + " is gewist");
            b.assertAccessible();
            b.open("/admin/audit.xhtml?lang=en");
            assertTrue(b.text("main").contains("Second factor"), "enrolment and reset are audited");
        }

        try (var b = new Browser()) {
            typePassword(b, admin, "en");
            b.await(d -> d.getCurrentUrl().contains("/sign-in-enrol.xhtml"));
            assertEquals("Set up your second factor", b.text("h1"));
            b.assertAccessible();
        }
    }

    @Test
    void tooManyWrongCodesAskForThePasswordAgain() {
        // a user of its own: wrong codes count as failed logins, and admin signs in in other tests
        String[] admin = Api.newUserCredentials("administrator");
        try (var b = new Browser()) {
            typePassword(b, admin, "en");
            b.await(d -> d.getCurrentUrl().contains("/sign-in-enrol.xhtml"));
            for (int i = 0; i < 4; i++) {
                b.byId("step:code").clear();
                b.byId("step:code").sendKeys("00000" + i, Keys.ENTER);
                b.awaitText("That code is wrong");
            }
            b.byId("step:code").clear();
            b.byId("step:code").sendKeys("000009", Keys.ENTER);
            b.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
            b.awaitText("Too many wrong codes");
            b.open("/admin/index.xhtml");
            b.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
        }
    }

    private static void typePassword(Browser b, String[] user, String lang) {
        b.open("/login.xhtml?lang=" + lang);
        b.byId("login:username").sendKeys(user[0]);
        b.byId("login:password").sendKeys(user[1], Keys.ENTER);
    }
}
