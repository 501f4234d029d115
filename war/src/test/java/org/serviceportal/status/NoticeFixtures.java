package org.serviceportal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;

/** Products, outages and updates of a test's own, made through the API as operators make them. */
final class NoticeFixtures {

    private NoticeFixtures() {
    }

    /** A new product of its own, named in both languages after its code. */
    static String product() {
        String code = "notice-" + UUID.randomUUID().toString().substring(0, 8);
        var body = Json.createObjectBuilder().add("code", code).add("product", Json.createObjectBuilder()
                .add("nameNl", "Dienst " + code).add("nameEn", "Service " + code).add("sortOrder", 97)
                .add("dependsOnProducts", Json.createArrayBuilder())
                .add("dependsOnExternal", Json.createArrayBuilder())
                .add("version", 0)).build().toString();
        var response = send("POST", "/api/v1/products", body, Api.ADMIN);
        assertEquals(201, response.statusCode(), response.body());
        return code;
    }

    static JsonObject text(String nl, String en) {
        return Json.createObjectBuilder().add("nl", nl).add("en", en).build();
    }

    /** An ongoing outage with a public title, started {@code start}. */
    static JsonObject outage(Auth auth, String product, Instant start, String titleNl, String titleEn) {
        var response = send("POST", "/api/v1/outages", json("product", product, "startedAt", start.toString(),
                "severity", "MAJOR", "title", text(titleNl, titleEn)), auth);
        assertEquals(201, response.statusCode(), response.body());
        return object(response);
    }

    static JsonObject update(Auth auth, long outage, String status, String nl, String en) {
        var response = send("POST", "/api/v1/outages/" + outage + "/updates",
                json("status", status, "message", text(nl, en)), auth);
        assertEquals(201, response.statusCode(), response.body());
        return object(response);
    }
}
