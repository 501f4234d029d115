package org.serviceportal.testing;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One portal node: the built WAR on Payara Micro in a process of its own, on loopback. Tests that
 * must stop, kill or restart a node use this directly; the shared server of {@link PortalServer}
 * is one of these.
 */
public final class PortalProcess implements AutoCloseable {

    private final int port;
    private final int hazelcastPort;
    private final Path dataDir;
    private final Path log;
    private final Map<String, String> env;
    private Process process;
    private String clusterName;
    private List<Integer> members = List.of();

    /**
     * A node listening on {@code port}, with its Hazelcast member on {@code hazelcastPort}, its
     * embedded database (unless {@code env} names PostgreSQL) in {@code dataDir}, its output in
     * {@code log}, and these settings as environment variables.
     */
    public PortalProcess(int port, int hazelcastPort, Path dataDir, Path log, Map<String, String> env) {
        this.port = port;
        this.hazelcastPort = hazelcastPort;
        this.dataDir = dataDir.toAbsolutePath();
        this.log = log.toAbsolutePath();
        this.env = new LinkedHashMap<>(env);
    }

    /**
     * Makes this node a member of a cluster: the data grid of {@code name}, found on loopback at the
     * Hazelcast ports of {@code memberPorts} (this node's own among them). Call before {@link #start}.
     */
    public PortalProcess clustered(String name, List<Integer> memberPorts) {
        this.clusterName = name;
        this.members = List.copyOf(memberPorts);
        return this;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Path log() {
        return log;
    }

    /** Starts the process (appending to the log) and waits until {@code /health/ready} answers 200. */
    public PortalProcess start(Duration timeout) {
        launch();
        awaitReady(timeout);
        return this;
    }

    /** Starts the process (appending to the log) without waiting; {@link #awaitReady} waits. */
    public PortalProcess launch() {
        Path launchDir = Path.of(System.getProperty("portal.it.launch-dir", "../src/payara")).toAbsolutePath();
        Path war = Path.of(System.getProperty("portal.it.war", "target/portal.war")).toAbsolutePath();
        Path microJar = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")).toAbsolutePath();
        Path work = dataDir.getParent();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        // the product's own JVM options (heap, collector, data grid), as mvn -Prun starts it
        List<String> cmd = new ArrayList<>(List.of(java, "@" + launchDir.resolve("jvm.options"), "-Djava.io.tmpdir=" + work,
                "-Dderby.stream.error.file=" + dataDir.resolve("derby.log"),
                "-jar", microJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--interfaces", "127.0.0.1",
                "--clustermode", "tcpip:" + memberList(), "--startport", Integer.toString(hazelcastPort),
                "--disablephonehome",
                "--prebootcommandfile", launchDir.resolve("preboot.asadmin").toString()));
        if (clusterName != null) {
            cmd.addAll(List.of("--clustername", clusterName, "--name", clusterName + "-" + port));
        }
        var builder = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PORTAL_DATA_DIR", dataDir.toString());
        builder.environment().putAll(env);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private String memberList() {
        List<Integer> ports = members.isEmpty() ? List.of(hazelcastPort) : members;
        return String.join(",", ports.stream().map(p -> "127.0.0.1:" + p).toList());
    }

    /** Whether the process runs. */
    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** Kills the process at once (SIGKILL): no shutdown hooks, no clean database close. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitForEnd(10);
        }
    }

    /** Stops the process cleanly (SIGTERM), killing it if it has not ended within 30 s. */
    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            if (!waitForEnd(30)) {
                kill();
            }
        }
    }

    private boolean waitForEnd(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    /** Waits until {@code /health/ready} answers 200; stops the process and throws if it does not in time. */
    public void awaitReady(Duration timeout) {
        // HTTP/1.1, as a load balancer's health check: Java's client would otherwise offer HTTP/2 (h2c), and a
        // check that times out while a slowly starting node writes its answer can deadlock the server's
        // HTTP/2 code, leaving the connection it reuses dead for good (docs/operations.md, "Network binding")
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive() || deploymentFailed()) {
                close();
                throw new IllegalStateException("The portal failed to start; see " + log + "\n" + tail());
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(base() + "/health/ready"))
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
        String threads = threadDump();
        close();
        throw new IllegalStateException("The portal was not ready within " + timeout.toSeconds()
                + " s (last answer of /health/ready: " + last + "); see " + log + "\n" + tail()
                + "\nThreads of the server at that moment:\n" + threads);
    }

    /** The server's threads (jcmd of the JDK that runs the tests), for a server that hangs. */
    private String threadDump() {
        if (process == null || !process.isAlive()) {
            return "(the process has ended)";
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            var dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true).start();
            String out = new String(dump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            dump.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no thread dump: interrupted)";
        }
    }

    private boolean deploymentFailed() {
        try {
            return Files.exists(log) && Files.readString(log).contains("Exception while loading the app");
        } catch (IOException e) {
            return false;
        }
    }

    /** The last lines of the log, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
