package org.serviceportal.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.PortalServer;

/** Products and maintenance windows of a test's own, made through the API. */
final class Fixtures {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Fixtures() {
    }

    /** A new product of its own, depending on FAS when asked. */
    static String product(boolean dependsOnFas) {
        String code = "banner-" + UUID.randomUUID().toString().substring(0, 8);
        var body = Json.createObjectBuilder().add("code", code).add("product", Json.createObjectBuilder()
                .add("nameNl", "Product " + code).add("nameEn", "Product " + code).add("sortOrder", 90)
                .add("dependsOnProducts", Json.createArrayBuilder())
                .add("dependsOnExternal", dependsOnFas ? strings("fas") : strings())
                .add("version", 0)).build().toString();
        var response = send("POST", "/api/v1/products", body, Api.ADMIN);
        assertEquals(201, response.statusCode(), response.body());
        return code;
    }

    static String windowJson(String product, Instant start, Instant end, boolean planned, String titleNl,
            String titleEn, long version) {
        return Json.createObjectBuilder().add("products", strings(product)).add("startsAt", start.toString())
                .add("endsAt", end.toString()).add("planned", planned)
                .add("title", Json.createObjectBuilder().add("nl", titleNl).add("en", titleEn))
                .add("message", Json.createObjectBuilder().add("nl", "Bericht " + titleNl).add("en", "Message " + titleEn))
                .add("version", version).build().toString();
    }

    /** Records a window and answers it as the API does. */
    static JsonObject window(Auth auth, String product, Instant start, Instant end, String titleNl, String titleEn) {
        var response = send("POST", "/api/v1/maintenance", windowJson(product, start, end, true, titleNl, titleEn, 0), auth);
        assertEquals(201, response.statusCode(), response.body());
        return object(response);
    }

    static void cancel(Auth auth, JsonObject window) {
        var response = send("DELETE", "/api/v1/maintenance/" + window.getJsonNumber("id") + "?version="
                + window.getJsonNumber("version"), null, auth);
        assertEquals(204, response.statusCode(), response.body());
    }

    /** A request with headers of one's own (a browser's Origin, If-None-Match). */
    static HttpResponse<String> request(String method, String path, String... headers) {
        var b = HttpRequest.newBuilder(PortalServer.uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
