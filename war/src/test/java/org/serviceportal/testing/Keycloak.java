package org.serviceportal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A real Keycloak ({@code keycloak-quarkus-dist}, unpacked into {@code target/} by the build) as the
 * OpenID Connect provider of the tests: {@code start-dev} on loopback with the realm of
 * {@code keycloak/portal-realm.json} imported on a fresh database. Launched once per test run,
 * ready about 40 s later; stopped when the run ends (a shutdown hook).
 */
public final class Keycloak {

    public static final String REALM = "portal";
    public static final String CLIENT_ID = "service-portal";
    public static final String CLIENT_SECRET = "it-oidc-client-secret";

    private static Process process;
    private static Path log;

    private Keycloak() {
    }

    public static URI base() {
        return URI.create("http://127.0.0.1:" + Integer.getInteger("portal.it.keycloak-port", 18880));
    }

    /** The issuer of the test realm. */
    public static String issuer() {
        return base() + "/realms/" + REALM;
    }

    /** The address of the test portal that signs in through Keycloak ({@code portal.it.oidc-port}). */
    public static URI portalBase() {
        return URI.create("http://127.0.0.1:" + Integer.getInteger("portal.it.oidc-port", 18882));
    }

    /**
     * Launches Keycloak (once per run) without waiting; the realm's client accepts sign-ins coming
     * back to {@link #portalBase}. {@link #awaitReady} waits.
     */
    public static synchronized void launch() {
        URI portalBase = portalBase();
        if (process != null) {
            return;
        }
        Path home = Path.of(System.getProperty("portal.it.keycloak-home", "target/keycloak/keycloak")).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + home + ": the build unpacks it before the integration tests");
        }
        try {
            // a fresh database each run, so that the realm below is imported as it is now
            PortalServer.deleteRecursively(home.resolve("data"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            String realm;
            try (InputStream in = Keycloak.class.getResourceAsStream("/keycloak/portal-realm.json")) {
                realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Files.writeString(imports.resolve("portal-realm.json"), realm.replace("${PORTAL_BASE}", portalBase.toString()));
            log = Path.of(System.getProperty("portal.it.work-dir", "target/it")).toAbsolutePath().resolve("keycloak.log");
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + base().getPort(), "--http-host=127.0.0.1",
                    "--http-management-port=" + Integer.getInteger("portal.it.keycloak-management-port", 18881),
                    "--import-realm"))
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "kc-admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "it-kc-bootstrap-1");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(Keycloak::stop));
    }

    /** Waits until the realm's discovery document answers 200. */
    public static void awaitReady(Duration timeout) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak ended; see " + log + "\n" + tail());
            }
            try {
                var r = client.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout.toSeconds() + " s; see " + log
                + "\n" + tail());
    }

    /** Stops Keycloak (and the JVM that kc.sh started). */
    public static synchronized void stop() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
