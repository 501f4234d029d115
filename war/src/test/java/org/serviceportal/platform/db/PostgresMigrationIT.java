package org.serviceportal.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations run unchanged on a real PostgreSQL server (given by {@code portal.it.pg.url},
 * {@code .user}, {@code .password}) and on embedded Derby. Each run migrates a schema of its own.
 * Where no server is given the PostgreSQL half is skipped, unless
 * {@code portal.it.require-postgres=true} (as in CI), when it fails.
 */
class PostgresMigrationIT {

    @Test
    void migrationsRunOnPostgresql() throws Exception {
        String url = System.getProperty("portal.it.pg.url", System.getenv("PORTAL_IT_PG_URL"));
        boolean required = Boolean.getBoolean("portal.it.require-postgres");
        if (required) {
            assertTrue(url != null && !url.isBlank(), "portal.it.pg.url must name a PostgreSQL server in this run");
        }
        assumeTrue(url != null && !url.isBlank(), "no PostgreSQL server given (portal.it.pg.url)");
        String user = System.getProperty("portal.it.pg.user", System.getenv().getOrDefault("PORTAL_IT_PG_USER", ""));
        String password = System.getProperty("portal.it.pg.password", System.getenv().getOrDefault("PORTAL_IT_PG_PASSWORD", ""));
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        var ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        try {
            var result = Flyway.configure().dataSource(ds).schemas(schema).createSchemas(true)
                    .locations("classpath:db/migration").load().migrate();
            assertTrue(result.success);
            assertSeeded(ds.getConnection(), schema + ".");
        } finally {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void migrationsRunOnDerby() throws Exception {
        String url = "jdbc:derby:memory:migration-" + UUID.randomUUID() + ";create=true";
        var result = Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().migrate();
        assertTrue(result.success);
        assertSeeded(DriverManager.getConnection(url), "");
    }

    private static void assertSeeded(Connection connection, String prefix) throws Exception {
        try (Connection c = connection; Statement s = c.createStatement()) {
            assertEquals(5, count(s, "SELECT COUNT(*) FROM " + prefix + "product"));
            assertEquals(4, count(s, "SELECT COUNT(*) FROM " + prefix + "support_line"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM " + prefix + "product_external_dependency"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM " + prefix + "escalation_contact WHERE name IS NULL"));
            assertEquals(7, count(s, "SELECT COUNT(*) FROM " + prefix + "faq_entry WHERE search_nl <> ''"));
            assertEquals(4, count(s, "SELECT COUNT(*) FROM " + prefix + "service_calendar"));
            // the seeded weekly ranges, moved into each calendar's first effective-dated set (V21)
            assertEquals(10, count(s, "SELECT COUNT(*) FROM " + prefix + "calendar_set_range"));
            assertEquals(9, count(s, "SELECT COUNT(*) FROM " + prefix + "sla_target"));
            assertEquals(9, count(s, "SELECT COUNT(*) FROM " + prefix + "sla_target_period"));
            assertEquals(9, count(s, "SELECT COUNT(*) FROM " + prefix + "incident_matrix_cell"));
            // seeded one statement per row, so no code is padded to the longest of a VALUES list
            assertEquals(2, count(s, "SELECT COUNT(*) FROM " + prefix + "incident_matrix_level WHERE LENGTH(code) = 6"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM " + prefix + "incident_priority p JOIN " + prefix
                    + "service_calendar c ON c.id = p.calendar_id WHERE p.code = 'P1' AND c.code = '24-7'"));
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
