package org.serviceportal.platform.db;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one data source of the portal, chosen by the settings: PostgreSQL when {@code portal.db.url}
 * is set, otherwise an embedded Derby database in {@code portal.data-dir}.
 *
 * <p>The container pools it (see {@link DatabaseMigration}); this class only decides where the
 * connections go, so that the embedded default needs no setting at all.
 */
public class PortalDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(PortalDataSource.class.getName());

    /** The embedded databases this application opened, to close them when it stops. */
    private static final Set<String> EMBEDDED = ConcurrentHashMap.newKeySet();

    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource target() {
        DataSource t = target;
        if (t == null) {
            synchronized (this) {
                t = target;
                if (t == null) {
                    Config config;
                    try {
                        config = ConfigProvider.getConfig(PortalDataSource.class.getClassLoader());
                    } catch (IllegalStateException noConfigYet) {
                        // GlassFish opens a first connection while it deploys, before it has set up
                        // MicroProfile Config: read the same keys where MicroProfile Config would, and
                        // decide again at the next connection.
                        return create(PortalDataSource::systemSetting);
                    }
                    t = create(key -> config.getOptionalValue(key, String.class));
                    target = t;
                }
            }
        }
        return t;
    }

    /** A setting from a system property or an environment variable, found as MicroProfile Config finds it. */
    static Optional<String> systemSetting(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key);
        }
        if (value == null) {
            String underscored = key.replaceAll("[^A-Za-z0-9]", "_");
            value = System.getenv(underscored);
            if (value == null) {
                value = System.getenv(underscored.toUpperCase(Locale.ROOT));
            }
        }
        return Optional.ofNullable(value);
    }

    static DataSource create(Function<String, Optional<String>> config) {
        var url = config.apply("portal.db.url").filter(s -> !s.isBlank());
        if (url.isPresent()) {
            if (!url.get().startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("portal.db.url must be a PostgreSQL JDBC URL (jdbc:postgresql://...)");
            }
            var pg = new PGSimpleDataSource();
            pg.setURL(url.get());
            config.apply("portal.db.user").ifPresent(pg::setUser);
            config.apply("portal.db.password").ifPresent(pg::setPassword);
            return pg;
        }
        Path dataDir = Path.of(config.apply("portal.data-dir").orElse("./data"));
        var derby = new EmbeddedDataSource();
        derby.setDatabaseName(dataDir.resolve("portal-db").toAbsolutePath().normalize().toString());
        derby.setCreateDatabase("create");
        EMBEDDED.add(derby.getDatabaseName());
        return derby;
    }

    /**
     * Closes the embedded databases cleanly: Derby writes a checkpoint, so the next start needs no
     * log recovery, and releases the database, so that the application can be deployed again in the
     * same server (Derby allows one open per database and process). PostgreSQL needs nothing.
     */
    static void closeEmbedded() {
        for (String name : EMBEDDED) {
            var derby = new EmbeddedDataSource();
            derby.setDatabaseName(name);
            derby.setShutdownDatabase("shutdown");
            try {
                derby.getConnection().close();
                LOG.warning(() -> "The embedded database did not confirm its shutdown: " + name);
            } catch (SQLException e) {
                // Derby confirms a shutdown with SQLState 08006; XJ004: it was not open
                if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) {
                    LOG.warning(() -> "The embedded database was not closed cleanly: " + e.getMessage());
                }
            }
            EMBEDDED.remove(name);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // The credentials come from the settings, never from the pool's configuration.
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
