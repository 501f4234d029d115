package org.serviceportal.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A schema of its own in a PostgreSQL database for one test run, so that runs never see each
 * other's rows; the portal reaches it through {@code currentSchema} in its JDBC URL.
 */
public record PostgresSchema(String baseUrl, String name, String user, String password) {

    public static PostgresSchema create(String baseUrl, String user, String password) {
        var schema = new PostgresSchema(baseUrl, "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                user, password);
        schema.execute("CREATE SCHEMA " + schema.name);
        return schema;
    }

    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public void drop() {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(baseUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + baseUrl + ": " + e.getMessage(), e);
        }
    }
}
