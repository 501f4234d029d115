package org.serviceportal.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a full Jakarta EE 11 application server: GlassFish, unpacked by the build, gets a domain of its
 * own, the EAR is deployed with the portal's settings as environment variables (as in production), and the
 * pages and the API answer. The domain is always stopped, also when something fails; the whole run is
 * bounded in time.
 */
class EarSmokeIT {

    private static final String ADMIN_PASSWORD = "Ear-smoke-" + UUID.randomUUID();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static GlassFishDomain domain;
    private static Instant deadline;

    @BeforeAll
    static void deployOnGlassFish() {
        deadline = Instant.now().plusSeconds(Long.getLong("portal.it.glassfish-timeout-seconds", 420));
        Path work = Path.of(System.getProperty("portal.it.work-dir"));
        Path data = work.resolve("data");
        GlassFishDomain.deleteTree(data);
        domain = new GlassFishDomain(Path.of(System.getProperty("portal.it.glassfish-home")), work,
                Integer.getInteger("portal.it.glassfish-portbase", 20000), deadline,
                Map.of("PORTAL_DATA_DIR", data.toString(), "PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD));
        // when one of these fails, @AfterAll still runs and stops the domain
        timed("domain created", domain::create);
        timed("domain started", domain::start);
        timed("EAR deployed", () -> domain.deploy(Path.of(System.getProperty("portal.it.ear"))));
        timed("home page answers", EarSmokeIT::awaitHomePage);
    }

    private static void timed(String step, Runnable action) {
        long start = System.nanoTime();
        action.run();
        System.out.printf("GlassFish: %s after %.1f s%n", step, (System.nanoTime() - start) / 1e9);
    }

    @AfterAll
    static void stopGlassFish() {
        if (domain != null) {
            domain.stop();
        }
    }

    @Test
    void theHomePageIsDutchByDefaultAndEnglishOnRequest() {
        var dutch = page("/");
        assertEquals(200, dutch.statusCode());
        assertTrue(dutch.body().contains("lang=\"nl\""), dutch.body());
        assertTrue(dutch.body().contains("Servicedesk"));

        var english = page("/?lang=en");
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("lang=\"en\""), english.body());
        assertTrue(english.body().contains("Service desk"));
    }

    @Test
    void theFaqStatusAndLoginPagesAnswer() {
        assertPage("/public/faq.xhtml?lang=en", "Frequently asked questions");
        assertPage("/public/status.xhtml?lang=en", "Service status");
        assertPage("/login.xhtml?lang=en", "Log in to administration");
    }

    @Test
    void theApiListsTheFiveProductsAndTheFaqAsJson() {
        var products = api("GET", "/api/v1/products", null, null);
        assertEquals(200, products.statusCode(), products.body());
        assertTrue(products.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<String> codes = array(products).getValuesAs(JsonObject.class).stream().map(p -> p.getString("code")).toList();
        assertEquals(List.of("certificatenbeheer", "gebruikersbeheer", "geprivilegieerd-toegangsbeheer",
                "sleutelbeheer", "toegangsbeheer"), codes.stream().sorted().toList());

        var faq = api("GET", "/api/v1/faq", null, null);
        assertEquals(200, faq.statusCode(), faq.body());
        assertTrue(faq.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(array(faq).size() > 0, "the seeded questions");
    }

    @Test
    void aWriteNeedsCredentialsAndIsAcceptedWithBasicAuth() {
        String body = """
                {"category": "onderhoud", "questionNl": "Draait het op GlassFish?", "questionEn": "Does it run on GlassFish?",
                 "answerNl": "Ja.", "answerEn": "Yes.", "sortOrder": 90, "published": false, "version": 0}""";

        var anonymous = api("POST", "/api/v1/faq", body, null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic"));

        String admin = basic("admin", ADMIN_PASSWORD);
        var created = api("POST", "/api/v1/faq", body, admin);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject entry = object(created);
        long id = entry.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/faq/" + id));

        var deleted = api("DELETE", "/api/v1/faq/" + id + "?version=" + entry.getInt("version"), null, admin);
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(404, api("GET", "/api/v1/faq/" + id, null, admin).statusCode());
    }

    @Test
    void theReadinessCheckOfMicroProfileHealthReportsTheDatabaseUp() {
        var ready = api("GET", "/health/ready", null, null);
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = object(ready);
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")),
                ready.body());
    }

    private static void awaitHomePage() {
        while (Instant.now().isBefore(deadline)) {
            try {
                if (page("/").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // the listener is not there yet
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the portal did not answer in time\n" + domain.serverLogTail());
    }

    private static void assertPage(String path, String text) {
        var response = page(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        assertTrue(response.body().contains(text), path + " shows " + text);
    }

    private static HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    private static HttpResponse<String> api(String method, String path, String json, String authorization) {
        var b = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(b);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + domain.httpPort() + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonArray array(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private static JsonObject object(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
