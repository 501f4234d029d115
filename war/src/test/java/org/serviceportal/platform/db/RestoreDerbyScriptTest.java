package org.serviceportal.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** src/ops/restore-derby.sh never puts a backup in the place of a database that Derby has open. */
class RestoreDerbyScriptTest {

    @TempDir
    Path data;

    @Test
    void refusesWhileDerbyHasTheDatabaseOpenAndRestoresOnceItIsShutDown() throws Exception {
        System.setProperty("derby.stream.error.file", data.resolve("derby.log").toString());
        Path db = data.resolve("portal-db");
        Files.createDirectories(data.resolve("backups/b1/portal-db"));
        Files.writeString(data.resolve("backups/b1/portal-db/marker"), "backup", StandardCharsets.UTF_8);
        String url = "jdbc:derby:" + db;
        try (Connection c = DriverManager.getConnection(url + ";create=true")) {
            c.createStatement().execute("CREATE TABLE t (id INT)");
            Process p = restore("b1");
            assertNotEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(Files.exists(db.resolve("service.properties")), "the open database stays where it is");
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby answers a shutdown with an exception by design
        }
        Process p = restore("b1");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(Files.exists(db.resolve("marker")), "the backup is in place");
    }

    private Process restore(String name) throws IOException, InterruptedException {
        var pb = new ProcessBuilder("bash", Path.of("../src/ops/restore-derby.sh").toAbsolutePath().toString(), name)
                .redirectErrorStream(true);
        pb.environment().put("PORTAL_DATA_DIR", data.toString());
        // nothing answers here: only the lock files can tell that the database is in use
        pb.environment().put("PORTAL_URL", "http://127.0.0.1:9");
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p;
    }
}
