package org.serviceportal.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.PortalServer;

/**
 * Online backups of the embedded database: made through the API while the portal serves, restored
 * by copying the folder back, and found to hold exactly what was committed before the backup.
 */
@ExtendWith(PortalServer.class)
class BackupIT {

    @Test
    void aRestoredBackupHoldsWhatWasWrittenBeforeItAndNothingAfter() throws Exception {
        assumeFalse(PortalServer.onPostgres(), "PostgreSQL is backed up with pg_dump");
        String before = "Backup before " + UUID.randomUUID();
        String after = "Backup after " + UUID.randomUUID();
        assertEquals(201, createFaq(before));

        // the products there are now (other tests of this portal may have added some to the seeded five)
        int products = array(get("/api/v1/products", ADMIN)).size();
        assertTrue(products >= 5, "the seeded products: " + products);
        var made = send("POST", "/api/v1/backups", null, ADMIN);
        assertEquals(201, made.statusCode(), made.body());
        String name = object(made).getString("name");
        assertTrue(made.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/backups/" + name));
        assertTrue(object(made).getJsonNumber("bytes").longValue() > 100_000, made.body());
        assertEquals(201, createFaq(after));

        var listed = array(get("/api/v1/backups", ADMIN));
        assertTrue(listed.stream().anyMatch(b -> b.asJsonObject().getString("name").equals(name)), listed.toString());
        var audit = get("/api/v1/audit-entries?entityType=Backup", ADMIN);
        assertTrue(audit.body().contains(name), audit.body());

        // Restore: the backup's folder is a complete database of its own; open a copy of it.
        Path backup = PortalServer.dataDir().resolve("backups").resolve(name).resolve("portal-db");
        Path restored = Files.createTempDirectory(PortalServer.dataDir().getParent(), "restored-").resolve("portal-db");
        copy(backup, restored);
        String url = "jdbc:derby:" + restored;
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals(1, faqCount(c, before));
            assertEquals(0, faqCount(c, after));
            assertEquals(products, count(c, "SELECT COUNT(*) FROM product"));
        } finally {
            shutDown(url);
        }

        var deleted = send("DELETE", "/api/v1/backups/" + name, null, ADMIN);
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertFalse(Files.exists(backup));
        assertEquals(404, send("DELETE", "/api/v1/backups/" + name, null, ADMIN).statusCode());
    }

    @Test
    void namesThatAreNotBackupsAreNotFound() {
        for (String name : new String[] {"portal-db", "backup-x", "backup-20260101T000000Z", "backup-20260101T000000Z-1%2F..%2F.."}) {
            var r = send("DELETE", "/api/v1/backups/" + name, null, ADMIN);
            assertEquals(404, r.statusCode(), name + ": " + r.body());
            assertTrue(Api.isProblem(r));
        }
        assertTrue(Files.isDirectory(PortalServer.dataDir().resolve("portal-db")) || PortalServer.onPostgres());
    }

    @Test
    void onPostgresqlTheBackupIsRefusedWithAConflict() {
        assumeTrue(PortalServer.onPostgres());
        var r = send("POST", "/api/v1/backups", null, ADMIN);
        assertEquals(409, r.statusCode(), r.body());
        assertTrue(Api.isProblem(r));
        assertTrue(object(r).getString("detail").contains("pg_dump"));
    }

    @Test
    void operatorsMayNotMakeBackups() {
        var r = send("POST", "/api/v1/backups", null, Api.newUser("operator"));
        assertEquals(403, r.statusCode());
    }

    private static int createFaq(String question) {
        return send("POST", "/api/v1/faq", json("category", "onderhoud", "questionNl", question, "questionEn", question,
                "answerNl", "A", "answerEn", "A", "sortOrder", 99, "published", false, "version", 0), ADMIN).statusCode();
    }

    private static long faqCount(Connection c, String question) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM faq_entry WHERE question_nl = ?")) {
            s.setString(1, question);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void shutDown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (08006)
        }
    }
}
