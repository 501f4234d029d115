package org.serviceportal.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.serviceportal.testing.PortalProcess;
import org.serviceportal.testing.PortalServer;

/**
 * Crash safety of the embedded database: a portal of its own is killed with SIGKILL while clients
 * write through it; after a restart on the same data folder every write it acknowledged is there.
 */
class CrashRecoveryIT {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + PortalServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    /** An editor's API token: checking it is cheap, so the writes come fast. */
    private String auth;

    /** HTTP/1.1, as behind a proxy: a request given up on over HTTP/2 can hang the node (PortalProcess.awaitReady). */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAcknowledgedWriteSurvivesAKillDuringWrites() throws Exception {
        assumeFalse(PortalServer.onPostgres(), "the embedded database's crash safety; PostgreSQL keeps its own");
        Path work = PortalServer.dataDir().getParent().resolve("crash");
        PortalServer.deleteRecursively(work);
        Path data = work.resolve("data");
        int port = Integer.getInteger("portal.it.port", 18080) + 7;
        int hazelcastPort = Integer.getInteger("portal.it.hazelcast-port", 6920) + 40;
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // location -> question
        AtomicInteger failed = new AtomicInteger();

        try (var node = new PortalProcess(port, hazelcastPort, data, work.resolve("node.log"), PortalServer.settings())) {
            node.start(Duration.ofSeconds(300));
            auth = "Bearer " + issueToken(node.base());
            AtomicBoolean writing = new AtomicBoolean(true);
            CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; writing.get(); i++) {
                        String question = "Crash " + writer + "-" + i;
                        try {
                            var response = post(node.base(), question);
                            if (response.statusCode() == 201) {
                                acknowledged.put(response.headers().firstValue("Location").orElseThrow(), question);
                                enough.countDown();
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet(); // the node is gone: not acknowledged
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
            assertTrue(enough.await(120, TimeUnit.SECONDS), "writes were too slow: " + acknowledged.size());
            node.kill(); // while the writers go on
            writing.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
        }

        try (var restarted = new PortalProcess(port, hazelcastPort, data, work.resolve("node-restarted.log"),
                PortalServer.settings())) {
            restarted.start(Duration.ofSeconds(300));
            List<String> missing = new ArrayList<>();
            for (var entry : acknowledged.entrySet()) {
                var response = client.send(HttpRequest.newBuilder(URI.create(entry.getKey())).header("Authorization", auth)
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200
                        || !Json.createReader(new StringReader(response.body())).readObject().getString("questionNl").equals(entry.getValue())) {
                    missing.add(entry.getKey() + " -> " + response.statusCode());
                }
            }
            System.out.printf("Crash test: %d writes acknowledged before and during the kill, %d found after the restart, "
                    + "%d not acknowledged%n", acknowledged.size(), acknowledged.size() - missing.size(), failed.get());
            assertEquals(List.of(), missing, "acknowledged writes lost");
            assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
        }
    }

    private String issueToken(URI base) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("name", "crash-test").add("role", "EDITOR").add("validDays", 1).build().toString();
        var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/api-tokens")).header("Authorization", ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject().getString("secret");
    }

    private HttpResponse<String> post(URI base, String question) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("category", "onderhoud").add("questionNl", question).add("questionEn", question)
                .add("answerNl", "A").add("answerEn", "A").add("sortOrder", 1).add("published", false).add("version", 0)
                .build().toString();
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/faq")).header("Authorization", auth)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
