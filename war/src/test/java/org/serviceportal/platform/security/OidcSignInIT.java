package org.serviceportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serviceportal.testing.Browser;
import org.serviceportal.testing.Keycloak;
import org.serviceportal.testing.PortalProcess;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.PostgresSchema;

/**
 * Staff sign in through a real Keycloak, on Keycloak's own login page: a second test portal with
 * {@code portal.oidc.*} set, beside the shared one. Roles come from the ID token's {@code roles}
 * claim; logout ends Keycloak's session too; local accounts stay for break-glass.
 */
class OidcSignInIT {

    private static PortalProcess portal;
    private static PostgresSchema schema;

    @BeforeAll
    static void start() throws Exception {
        URI base = Keycloak.portalBase();
        Keycloak.launch(); // usually launched at the start of the run already (KeycloakEarlyStart)
        Path work = Path.of(System.getProperty("portal.it.work-dir", "target/it")).toAbsolutePath();
        Path dataDir = work.resolve("oidc-data");
        PortalServer.deleteRecursively(dataDir);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORTAL_ADMIN_PASSWORD", PortalServer.ADMIN_PASSWORD);
        env.put("PORTAL_ADMIN_TOTP_SECRET", PortalServer.ADMIN_TOTP_SECRET);
        env.put("PORTAL_OIDC_ISSUER", Keycloak.issuer());
        env.put("PORTAL_OIDC_CLIENT_ID", Keycloak.CLIENT_ID);
        env.put("PORTAL_OIDC_CLIENT_SECRET", Keycloak.CLIENT_SECRET);
        env.put("PORTAL_OIDC_ROLES_CLAIM", "roles");
        env.put("PORTAL_OIDC_DISPLAY_NAME", "Keycloak");
        if (PortalServer.onPostgres()) {
            schema = PostgresSchema.create(System.getProperty("portal.it.db.url"), System.getProperty("portal.it.db.user", ""),
                    System.getProperty("portal.it.db.password", ""));
            env.put("PORTAL_DB_URL", schema.url());
            env.put("PORTAL_DB_USER", schema.user());
            env.put("PORTAL_DB_PASSWORD", schema.password());
        }
        portal = new PortalProcess(base.getPort(), Integer.getInteger("portal.it.oidc-hazelcast-port", 6980), dataDir,
                work.resolve("oidc-server.log"), env).launch();
        // its first start in a fresh build folder builds (augments) Keycloak: minutes on a busy machine
        Keycloak.awaitReady(Duration.ofSeconds(Long.getLong("portal.it.keycloak-ready-seconds", 900)));
        portal.awaitReady(Duration.ofSeconds(Long.getLong("portal.it.ready-seconds", 300)));
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
        if (schema != null) {
            schema.drop();
        }
        Keycloak.stop();
    }

    @Test
    void anAdministratorSignsInOnKeycloaksOwnPageAndLogoutEndsBothSessions() {
        try (var b = new Browser(portal.base())) {
            b.open("/login.xhtml?lang=nl");
            assertEquals("Inloggen met Keycloak", b.text("#oidc-sign-in"));
            b.assertAccessible();
            signInAtKeycloak(b, "staff-admin", "it-staff-admin-1");
            b.await(d -> d.getCurrentUrl().startsWith(portal.base() + "/admin/index.xhtml"));
            assertEquals("staff-admin", b.text("#current-user"));

            b.open("/admin/users.xhtml?lang=nl");
            String users = b.text("main");
            assertTrue(users.contains("staff-admin") && users.contains("Ada Beheer"), "the portal made the user: " + users);
            assertTrue(users.contains("staff-admin@example.org"));
            b.assertAccessible();
            b.open("/admin/audit.xhtml?lang=nl");
            assertTrue(b.text("main").contains("openid-connect"), "the new user is audited");

            b.byId("logout-form:logout").click();
            b.await(d -> d.getCurrentUrl().equals(portal.base() + "/"));
            b.open("/admin/index.xhtml");
            b.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
            b.byId("oidc-sign-in").click();
            b.await(d -> d.getCurrentUrl().startsWith(Keycloak.base().toString()));
            assertFalse(b.all("#password").isEmpty(), "Keycloak's session ended too: it asks for the password again");
        }
    }

    @Test
    void anEditorGetsTheEditorRoleOnlyAndOtherRolesOfTheClaimAreIgnored() {
        try (var b = new Browser(portal.base())) {
            b.open("/login.xhtml?lang=en&next=%2Fadmin%2Ffaq.xhtml");
            assertEquals("Sign in with Keycloak", b.text("#oidc-sign-in"));
            b.assertAccessible();
            signInAtKeycloak(b, "staff-editor", "it-staff-editor-1");
            b.await(d -> d.getCurrentUrl().startsWith(portal.base() + "/admin/faq.xhtml"));
            assertEquals("staff-editor", b.text("#current-user"));
            b.assertAccessible();
            b.open("/admin/users.xhtml?lang=en");
            assertTrue(b.all("#users\\:table").isEmpty(), "an editor does not see the users");
        }
    }

    @Test
    void aUserWithNoneOfThePortalsRolesIsRefusedWithAClearPage() {
        try (var b = new Browser(portal.base())) {
            b.open("/login.xhtml?lang=en");
            signInAtKeycloak(b, "staff-nobody", "it-staff-nobody-1");
            b.await(d -> d.getCurrentUrl().contains("/sign-in-refused.xhtml"));
            assertTrue(b.text("#refusal").contains("you have no role in this portal"), b.text("main"));
            b.assertAccessible();
            b.open("/sign-in-refused.xhtml?reason=no-role&lang=nl");
            assertTrue(b.text("#refusal").contains("je hebt geen rol in dit portaal"));
            b.assertAccessible();
            b.open("/admin/index.xhtml");
            b.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
        }
    }

    @Test
    void aProviderUserNamedLikeALocalAccountNeverTakesItOver() {
        try (var b = new Browser(portal.base())) {
            b.open("/login.xhtml?lang=en");
            signInAtKeycloak(b, "admin", "it-kc-admin-1");
            b.await(d -> d.getCurrentUrl().contains("/sign-in-refused.xhtml"));
            assertTrue(b.text("#refusal").contains("belongs to a local account"), b.text("main"));
        }
    }

    @Test
    void theLocalAdministratorStillSignsInForBreakGlass() {
        try (var b = new Browser(portal.base())) {
            b.logIn("admin", PortalServer.ADMIN_PASSWORD);
            assertEquals("admin", b.text("#current-user"));
        }
    }

    private static void signInAtKeycloak(Browser b, String user, String password) {
        b.byId("oidc-sign-in").click();
        b.await(d -> d.getCurrentUrl().startsWith(Keycloak.base().toString()) && !b.all("#username").isEmpty());
        b.byId("username").sendKeys(user);
        b.byId("password").sendKeys(password);
        b.byId("kc-login").click();
    }
}
