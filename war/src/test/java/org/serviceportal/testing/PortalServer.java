package org.serviceportal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real portal for all HTTP and browser tests of a test run: the built WAR on Payara Micro, with a
 * fresh embedded database (or a fresh schema in the PostgreSQL of {@code portal.it.db.url}) and a GreenMail SMTP
 * server as its mail server. Started by the first test class that uses this extension, stopped when
 * the run ends. Booting costs ~20 s, so it happens once.
 */
public final class PortalServer implements BeforeAllCallback {

    public static final String ADMIN_PASSWORD = "it-admin-password-1";
    /**
     * The second factor of {@code admin} on test portals ({@code PORTAL_ADMIN_TOTP_SECRET}): local
     * administrators must have one, so the tests sign in with codes of this secret ({@link Codes}).
     */
    public static final String ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final int SMTP_PORT = Integer.getInteger("portal.it.smtp-port", 13025);

    private static volatile Running running;

    private record Running(PortalProcess node, GreenMail mail, Runnable afterStop) implements AutoCloseable {
        URI base() {
            return node.base();
        }

        @Override
        public void close() {
            node.close();
            mail.stop();
            afterStop.run();
        }
    }

    /**
     * Starts the portal once per test JVM; it stops when that JVM ends (a shutdown hook), not after a
     * class, nor after one of the executions a forked run makes of each class.
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /** The portal's data folder ({@code portal.data-dir}): the embedded database and its backups. */
    public static Path dataDir() {
        return Path.of(System.getProperty("portal.it.work-dir", "target/it")).toAbsolutePath().resolve("server-data");
    }

    /** Whether this run's portal works on PostgreSQL rather than the embedded database. */
    public static boolean onPostgres() {
        return !System.getProperty("portal.it.db.url", "").isBlank();
    }

    /** The portal's address, ending without a slash, e.g. {@code http://127.0.0.1:18080}. */
    public static URI base() {
        return start().base();
    }

    public static URI uri(String path) {
        return URI.create(base() + path);
    }

    /** The SMTP server the portal sends to. */
    public static GreenMail mail() {
        return start().mail();
    }

    private static synchronized Running start() {
        if (running != null) {
            return running;
        }
        int port = Integer.getInteger("portal.it.port", 18080);
        int hazelcastPort = Integer.getInteger("portal.it.hazelcast-port", 6920);
        Path dataDir = dataDir();
        try {
            deleteRecursively(dataDir);
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        Map<String, String> env = new LinkedHashMap<>(settings());
        String dbUrl = System.getProperty("portal.it.db.url", "");
        Runnable afterStop = () -> { };
        if (!dbUrl.isBlank()) {
            var schema = PostgresSchema.create(dbUrl, System.getProperty("portal.it.db.user", ""),
                    System.getProperty("portal.it.db.password", ""));
            afterStop = schema::drop;
            env.put("PORTAL_DB_URL", schema.url());
            env.put("PORTAL_DB_USER", schema.user());
            env.put("PORTAL_DB_PASSWORD", schema.password());
        }
        Path log = dataDir.getParent().resolve("server.log");
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var node = new PortalProcess(port, hazelcastPort, dataDir, log, env);
        var r = new Running(node, mail, afterStop);
        Runtime.getRuntime().addShutdownHook(new Thread(r::close));
        try {
            node.start(Duration.ofSeconds(Long.getLong("portal.it.ready-seconds", 300)));
        } catch (RuntimeException e) {
            mail.stop();
            afterStop.run();
            throw e;
        }
        running = r;
        return r;
    }

    /**
     * The settings every test portal gets (as environment variables): the known administrator
     * password and second factor, GreenMail as SMTP server, mail sent every second, breaches checked
     * every 2 s, and loopback as a trusted reverse proxy, so that a test can speak as many client
     * addresses through {@code X-Forwarded-For} (a request without that header is still the loopback client).
     */
    public static Map<String, String> settings() {
        return Map.of("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "PORTAL_ADMIN_TOTP_SECRET", ADMIN_TOTP_SECRET,
                "PORTAL_SMTP_HOST", "127.0.0.1",
                "PORTAL_SMTP_PORT", Integer.toString(SMTP_PORT),
                "PORTAL_MAIL_SEND_INTERVAL_SECONDS", "1",
                "PORTAL_INCIDENT_BREACH_CHECK_SECONDS", "2",
                "PORTAL_TESTING_CLOCK", "true",
                "PORTAL_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true", // the webhook tests' receivers listen on loopback
                "PORTAL_HTTP_TRUSTED_PROXIES", "127.0.0.1/32, ::1/128");
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
