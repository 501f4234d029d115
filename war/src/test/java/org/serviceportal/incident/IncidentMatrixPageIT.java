package org.serviceportal.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.PortalServer;

/**
 * The matrix admin page: administrators only; saving writes the next version (here with the same
 * cells and targets, so that other tests' classifications do not change) and the earlier one stays
 * readable.
 */
@ExtendWith(PortalServer.class)
class IncidentMatrixPageIT {

    private static int versionInForce() {
        return Api.object(Api.get("/api/v1/incident-matrix")).getInt("version");
    }

    @Test
    void anAdministratorSavesANewVersionAndOperatorsCannotOpenThePage() {
        int before = versionInForce();
        try (var b = new Browser()) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            b.open("/admin/incident-matrix.xhtml?lang=nl");
            assertEquals("Incidentmatrix", b.text("h1"));
            b.assertAccessible();
            b.byId("matrix:note").sendKeys("Jaarlijkse herziening: ongewijzigd bevestigd.");
            b.byId("matrix:save").click();
            b.awaitText("De nieuwe versie van de matrix geldt voor nieuwe incidenten.");
            assertTrue(b.text("#matrix\\:version").contains(Integer.toString(before + 1)), b.text("#matrix\\:version"));
            b.assertAccessible();

            b.open("/admin/incident-matrix.xhtml?lang=en");
            assertEquals("Incident matrix", b.text("h1"));
            b.byId("matrix:show").click();
            b.await(d -> d.findElement(By.tagName("main")).getText().contains("Version " + before));
            assertTrue(b.text("main").contains("High × High →"),
                    "a shown version names its impact and urgency levels: " + b.text("main"));
            b.assertAccessible();
        }
        assertEquals(before + 1, versionInForce());

        String[] operator = Api.newUserCredentials("operator");
        try (var b = new Browser()) {
            b.logIn(operator[0], operator[1]);
            b.open("/admin/incident-matrix.xhtml");
            assertTrue(b.driver().findElements(By.id("matrix:save")).isEmpty());
        }
    }

    @Test
    void theMatrixIsProvisionalOnThePublicPagesUntilAnAdministratorConfirmsIt() {
        try (var b = new Browser()) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            b.open("/admin/incident-matrix.xhtml?lang=en");
            if (b.all("#matrix\\:confirm").isEmpty()) {
                // confirmed by an earlier test: save the same content as a new, provisional version
                b.byId("matrix:save").click();
                b.await(d -> !d.findElements(By.id("matrix:confirm")).isEmpty());
            }
            for (String lang : new String[] {"nl", "en"}) {
                b.open("/public/conditions.xhtml?lang=" + lang);
                assertTrue(b.text("#matrix-provisional").toLowerCase().contains("nl".equals(lang) ? "voorlopig" : "provisional"));
                assertTrue(b.text("#incident-priorities").contains("nl".equals(lang) ? "werkdag" : "working day"),
                        b.text("#incident-priorities"));
                b.assertAccessible();
                b.open("/public/report.xhtml?lang=" + lang);
                assertTrue(b.text("#matrix-provisional").toLowerCase().contains("nl".equals(lang) ? "voorlopig" : "provisional"));
                b.assertAccessible();
            }

            b.open("/admin/incident-matrix.xhtml?lang=nl");
            b.assertAccessible();
            b.byId("matrix:confirm").sendKeys(org.openqa.selenium.Keys.ENTER);
            b.awaitText("Bevestigd: de publieke pagina's tonen de matrix niet langer als voorlopig.");
            assertTrue(b.all("#matrix\\:confirm").isEmpty());
            b.assertAccessible();
            for (String lang : new String[] {"nl", "en"}) {
                b.open("/public/conditions.xhtml?lang=" + lang);
                assertTrue(b.all("#matrix-provisional").isEmpty(), "no longer provisional in " + lang);
                b.open("/public/report.xhtml?lang=" + lang);
                assertTrue(b.all("#matrix-provisional").isEmpty(), "no longer provisional in " + lang);
            }
        }
        assertTrue(Api.object(Api.get("/api/v1/incident-matrix")).getBoolean("confirmed"));
    }
}
