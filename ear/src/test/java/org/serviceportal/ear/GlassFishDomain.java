package org.serviceportal.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A GlassFish domain of its own for one test run, driven by {@code asadmin} as an operator would: created
 * on a port base of its own, started with the portal's settings as environment variables, stopped at the
 * end. Every command is bounded by the run's deadline.
 */
final class GlassFishDomain {

    static final String NAME = "portal";

    private final Path home;
    private final Path domains;
    private final Path passwordFile;
    private final Path log;
    private final int portBase;
    private final Instant deadline;
    private final Map<String, String> environment;

    GlassFishDomain(Path home, Path workDir, int portBase, Instant deadline, Map<String, String> environment) {
        this.home = home;
        this.domains = workDir.resolve("domains");
        this.passwordFile = workDir.resolve("admin-password.txt");
        this.log = workDir.resolve("asadmin.log");
        this.portBase = portBase;
        this.deadline = deadline;
        this.environment = environment;
        try {
            Files.createDirectories(workDir);
            // the domain's administrator has no password (--nopassword): the admin port is local to the test
            Files.writeString(passwordFile, "AS_ADMIN_PASSWORD=\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int httpPort() {
        return portBase + 80;
    }

    int adminPort() {
        return portBase + 48;
    }

    void create() {
        deleteTree(domains.resolve(NAME));
        asadmin("create-domain", "--domaindir", domains.toString(), "--portbase", Integer.toString(portBase),
                "--nopassword", NAME);
    }

    void start() {
        asadmin("start-domain", "--domaindir", domains.toString(), NAME);
    }

    void deploy(Path ear) {
        asadmin("--port", Integer.toString(adminPort()), "deploy", "--name", NAME, ear.toString());
    }

    /** Stops the domain; kills it when it does not stop by itself. Never throws. */
    void stop() {
        if (!Files.exists(domains.resolve(NAME).resolve("config/pid"))) {
            return;
        }
        try {
            run(Duration.ofSeconds(60), "stop-domain", "--domaindir", domains.toString(), NAME);
        } catch (RuntimeException e) {
            try {
                run(Duration.ofSeconds(30), "stop-domain", "--kill=true", "--domaindir", domains.toString(), NAME);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
                System.err.println("The GlassFish domain could not be stopped: " + e);
            }
        }
    }

    /** The end of the server's log, for failure messages. */
    String serverLogTail() {
        return tail(domains.resolve(NAME).resolve("logs/server.log"), 60);
    }

    private void asadmin(String... args) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new AssertionError("out of time before asadmin " + String.join(" ", args));
        }
        run(left, args);
    }

    private void run(Duration timeout, String... args) {
        boolean windows = System.getProperty("os.name").toLowerCase().startsWith("windows");
        List<String> command = new ArrayList<>();
        command.add(home.resolve(windows ? "bin/asadmin.bat" : "bin/asadmin").toString());
        command.addAll(List.of("--user", "admin", "--passwordfile", passwordFile.toString(), "--interactive=false"));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // GlassFish 8 needs Java 21 or newer: the JDK of this test (the build's toolchain)
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        long before = log.toFile().length();
        try {
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("asadmin " + args[0] + " took longer than " + timeout.toSeconds() + " s\n"
                        + output(before));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("asadmin " + String.join(" ", args) + " failed\n" + output(before)
                        + "\n--- server.log ---\n" + serverLogTail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String output(long from) {
        try {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no " + file.getFileName() + ")";
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
