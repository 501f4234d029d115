package org.serviceportal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real portal for all HTTP and browser tests of a test run: the built WAR on Payara Micro, with a
 * fresh embedded database (or the PostgreSQL of {@code portal.it.db.url}) and a GreenMail SMTP
 * server as its mail server. Started by the first test class that uses this extension, stopped when
 * the run ends. Booting costs ~20 s, so it happens once.
 */
public final class PortalServer implements BeforeAllCallback {

    public static final String ADMIN_PASSWORD = "it-admin-password-1";
    private static final int SMTP_PORT = Integer.getInteger("portal.it.smtp-port", 13025);

    private static volatile Running running;

    private record Running(Process process, URI base, GreenMail mail, Path log) implements AutoCloseable {
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            mail.stop();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
        // Closed when the whole run ends, not after this class.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PortalServer.class, k -> new Stopper());
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
        Path work = Path.of(System.getProperty("portal.it.work-dir", "target/it")).toAbsolutePath();
        Path dataDir = work.resolve("server-data");
        Path launchDir = Path.of(System.getProperty("portal.it.launch-dir", "../src/payara")).toAbsolutePath();
        Path war = Path.of(System.getProperty("portal.it.war", "target/portal.war")).toAbsolutePath();
        Path microJar = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")).toAbsolutePath();
        try {
            deleteRecursively(dataDir);
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Dhazelcast.socket.bind.any=false",
                "-Djava.io.tmpdir=" + work, "-Dderby.stream.error.file=" + dataDir.resolve("derby.log"),
                "-jar", microJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--interfaces", "127.0.0.1",
                "--clustermode", "tcpip:127.0.0.1:" + hazelcastPort, "--startport", Integer.toString(hazelcastPort),
                "--disablephonehome",
                "--prebootcommandfile", launchDir.resolve("preboot.asadmin").toString()));
        var builder = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
        Path log = work.resolve("server.log");
        builder.redirectOutput(log.toFile());
        var env = builder.environment();
        env.put("PORTAL_DATA_DIR", dataDir.toString());
        env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PORTAL_SMTP_HOST", "127.0.0.1");
        env.put("PORTAL_SMTP_PORT", Integer.toString(SMTP_PORT));
        env.put("PORTAL_MAIL_SEND_INTERVAL_SECONDS", "1");
        env.put("PORTAL_INCIDENT_BREACH_CHECK_SECONDS", "2");
        env.put("PORTAL_BASE_URL", "http://127.0.0.1:" + port);
        String dbUrl = System.getProperty("portal.it.db.url", "");
        if (!dbUrl.isBlank()) {
            env.put("PORTAL_DB_URL", dbUrl);
            env.put("PORTAL_DB_USER", System.getProperty("portal.it.db.user", ""));
            env.put("PORTAL_DB_PASSWORD", System.getProperty("portal.it.db.password", ""));
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            mail.stop();
            throw new UncheckedIOException(e);
        }
        URI base = URI.create("http://127.0.0.1:" + port);
        var r = new Running(process, base, mail, log);
        Runtime.getRuntime().addShutdownHook(new Thread(r::close));
        awaitReady(r);
        running = r;
        return r;
    }

    private static void awaitReady(Running r) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // a busy shared machine may need longer: -Dportal.it.ready-seconds=600
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("portal.it.ready-seconds", 180));
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!r.process().isAlive() || deploymentFailed(r.log())) {
                r.close();
                throw new IllegalStateException("The portal failed to start; see " + r.log() + "\n" + tail(r.log()));
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(r.base() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        r.close();
        throw new IllegalStateException("The portal was not ready within " + Long.getLong("portal.it.ready-seconds", 180) + " s (last answer of /health/ready: " + last
                + "); see " + r.log() + "\n" + tail(r.log()));
    }

    /** Stops the portal when JUnit closes the root store at the end of the run. */
    private static final class Stopper implements AutoCloseable {
        @Override
        public void close() {
            stop();
        }
    }

    private static boolean deploymentFailed(Path log) {
        try {
            return Files.exists(log) && Files.readString(log).contains("Exception while loading the app");
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop() {
        Running r = running;
        if (r != null) {
            running = null;
            r.close();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
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
