package org.serviceportal.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A small HTTP client for the portal's API, as scripts and monitoring systems use it. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** How a call authenticates: nobody, a user (HTTP Basic) or a token (Bearer). */
    public record Auth(String header) {
        public static final Auth NONE = new Auth(null);

        public static Auth basic(String user, String password) {
            return new Auth("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        public static Auth bearer(String token) {
            return new Auth("Bearer " + token);
        }
    }

    public static final Auth ADMIN = Auth.basic("admin", PortalServer.ADMIN_PASSWORD);

    private Api() {
    }

    public static HttpResponse<String> get(String path) {
        return send("GET", path, null, Auth.NONE);
    }

    public static HttpResponse<String> get(String path, Auth auth) {
        return send("GET", path, null, auth);
    }

    /** A GET without an Accept header, as a browser or a monitoring scraper sends it. */
    public static HttpResponse<String> plain(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(PortalServer.uri(path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> send(String method, String path, String json, Auth auth) {
        return send(PortalServer.base(), method, path, json, auth);
    }

    /** The same call asking for answers in a language ({@code Accept-Language}). */
    public static HttpResponse<String> send(String method, String path, String json, Auth auth, String acceptLanguage) {
        return send(PortalServer.base(), method, path, json, auth, acceptLanguage);
    }

    /** The same call to the portal (node) at {@code base}. */
    public static HttpResponse<String> send(URI base, String method, String path, String json, Auth auth) {
        return send(base, method, path, json, auth, null);
    }

    private static HttpResponse<String> send(URI base, String method, String path, String json, Auth auth,
            String acceptLanguage) {
        var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        if (auth.header() != null) {
            b.header("Authorization", auth.header());
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
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

    /** Whether the answer is RFC 9457 problem details. */
    public static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) parse(response.body());
    }

    public static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    /** Builds a JSON body from alternating names and values (String, Number, Boolean, JsonValue, null). */
    public static String json(Object... namesAndValues) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object v = namesAndValues[i + 1];
            if (v == null) {
                b.addNull(name);
            } else if (v instanceof String s) {
                b.add(name, s);
            } else if (v instanceof Integer n) {
                b.add(name, n);
            } else if (v instanceof Long n) {
                b.add(name, n);
            } else if (v instanceof Boolean bo) {
                b.add(name, bo);
            } else if (v instanceof JsonValue jv) {
                b.add(name, jv);
            } else {
                throw new IllegalArgumentException("Unsupported value " + v);
            }
        }
        return b.build().toString();
    }

    public static JsonArray strings(String... values) {
        var a = Json.createArrayBuilder();
        for (String v : values) {
            a.add(v);
        }
        return a.build();
    }

    /** Creates a user with one role through the API and answers Basic credentials for it. */
    public static Auth newUser(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        var response = send("POST", "/api/v1/users", json("username", name, "displayName", "Test " + role,
                "email", name + "@example.org", "password", password, "roles", strings(role.toUpperCase())), ADMIN);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Could not create a user: " + response.statusCode() + " " + response.body());
        }
        return Auth.basic(name, password);
    }

    /** Creates a user with one role and answers its name and password. */
    public static String[] newUserCredentials(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        var response = send("POST", "/api/v1/users", json("username", name, "displayName", "Test " + role,
                "email", name + "@example.org", "password", password, "roles", strings(role.toUpperCase())), ADMIN);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Could not create a user: " + response.statusCode() + " " + response.body());
        }
        return new String[] {name, password};
    }
}
