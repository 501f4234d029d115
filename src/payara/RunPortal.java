import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Runs the portal on Payara Micro in the foreground, the way {@code mvn -Prun} does (Java's
 * single-file launcher: {@code java src/payara/RunPortal.java --war ... }).
 * <p>
 * The server runs from a launcher in a runtime folder that is kept between runs: Payara Micro's
 * runtime unpacked once, with an ahead-of-time cache of its classes (Java 25 and later) made once by
 * a training start of the portal on a scratch database. With the cache a start takes about a fifth
 * less time. Every run deploys the given WAR into the runtime's first configuration, so the last
 * run's deployment is never started again. On Java 21 to 24 a class data archive takes the cache's
 * place (written at the first stop). {@code --prepare-only} makes the runtime and the cache and stops.
 * <p>
 * Options: {@code --war}, {@code --payara} (payara-micro.jar), {@code --runtime} (folder kept between
 * runs), {@code --jvm-options} (a Java argument file), {@code --preboot} (Payara commands),
 * {@code --port}, {@code --hazelcast-port}, {@code --derby-log}, {@code --prepare-only}.
 */
public class RunPortal {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        Path war = Path.of(required(o, "war")).toAbsolutePath();
        Path payara = Path.of(required(o, "payara")).toAbsolutePath();
        Path runtime = Path.of(required(o, "runtime")).toAbsolutePath();
        Path jvmOptions = Path.of(required(o, "jvm-options")).toAbsolutePath();
        Path preboot = Path.of(required(o, "preboot")).toAbsolutePath();
        String port = o.getOrDefault("port", "8080");
        String hazelcastPort = o.getOrDefault("hazelcast-port", "6900");
        String java = ProcessHandle.current().info().command().orElse("java");

        Path launcher = runtime.resolve("launch-micro.jar");
        Path firstConfig = runtime.resolve("config-first");
        Path aotCache = runtime.resolve("portal.aot");
        Path aotStamp = runtime.resolve("portal.aot.stamp");
        boolean aot = Runtime.version().feature() >= 25;

        if (!Files.exists(launcher) || !Files.isDirectory(firstConfig)) {
            deleteTree(runtime);
            Files.createDirectories(runtime);
            System.out.println("Unpacking Payara Micro into " + runtime);
            run(List.of(java, "-jar", payara.toString(), "--rootdir", runtime.toString(), "--outputlauncher"),
                    Map.of(), runtime, runtime.resolve("unpack.log"));
            copyTree(runtime.resolve("config"), firstConfig);
        }

        List<String> server = new ArrayList<>(List.of("-jar", launcher.toString(), "--deploy", war.toString(),
                "--contextroot", "/", "--port", port, "--interfaces", "127.0.0.1",
                "--clustermode", "tcpip:127.0.0.1:" + hazelcastPort, "--startport", hazelcastPort,
                "--disablephonehome", "--prebootcommandfile", preboot.toString()));
        String stamp = stamp(java, jvmOptions, payara);
        if (aot && !(Files.exists(aotCache) && Files.exists(aotStamp)
                && Files.readString(aotStamp).equals(stamp))) {
            Files.deleteIfExists(aotCache);
            Path scratch = runtime.resolve("training-data");
            deleteTree(scratch);
            forgetLastRun(runtime, firstConfig);
            System.out.println("Preparing a faster start (once, about a minute): a training start of the portal "
                    + "on a scratch database writes " + aotCache.getFileName());
            List<String> training = new ArrayList<>(List.of(java, "@" + jvmOptions,
                    "-XX:AOTCacheOutput=" + aotCache, "-Dderby.stream.error.file=" + runtime.resolve("training-derby.log")));
            training.addAll(server);
            training.add("--warmup");
            // its output (the server's and the cache's notes on classes it leaves out) goes to a file;
            // none of the caller's portal settings reach it (no real database, no mail server)
            run(training, Map.of("PORTAL_DATA_DIR", scratch.toString(),
                    "PORTAL_ADMIN_PASSWORD", UUID.randomUUID().toString()), runtime, runtime.resolve("training.log"));
            deleteTree(scratch);
            if (Files.exists(aotCache)) {
                Files.writeString(aotStamp, stamp);
            }
        }
        if (o.containsKey("prepare-only")) {
            return;
        }

        forgetLastRun(runtime, firstConfig);
        List<String> command = new ArrayList<>(List.of(java, "@" + jvmOptions));
        if (aot && Files.exists(aotCache)) {
            command.add("-XX:AOTCache=" + aotCache);
        } else {
            command.addAll(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + runtime.resolve("portal.jsa"),
                    "-Xlog:cds=off"));
        }
        if (o.containsKey("derby-log")) {
            Path derbyLog = Path.of(o.get("derby-log")).toAbsolutePath();
            Files.createDirectories(derbyLog.getParent()); // Derby opens it before the portal makes its data folder
            command.add("-Dderby.stream.error.file=" + derbyLog);
        }
        command.addAll(server);
        Process process = new ProcessBuilder(command).inheritIO().start();
        // Ctrl+C or a stop of this process stops the server cleanly (and lets it write its class archive)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (process.isAlive()) {
                process.destroy();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        System.exit(process.waitFor());
    }

    /** Back to the runtime's first configuration: no deployment of an earlier run is started again. */
    private static void forgetLastRun(Path runtime, Path firstConfig) throws IOException {
        for (String left : List.of("config", "applications", "generated", "autodeploy", "docroot", "logs")) {
            deleteTree(runtime.resolve(left));
        }
        copyTree(firstConfig, runtime.resolve("config"));
    }

    /** What the cache depends on: the Java runtime, the JVM options and the Payara Micro build. */
    private static String stamp(String java, Path jvmOptions, Path payara) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((java + "\n" + Runtime.version() + "\n" + Files.size(payara) + "\n"
                    + Files.getLastModifiedTime(payara) + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(jvmOptions));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command, Map<String, String> environment, Path directory, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
        builder.environment().putAll(environment);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("exit code " + exit + " of " + String.join(" ", command) + "; see " + log);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "" : args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(p -> {
                try {
                    Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
