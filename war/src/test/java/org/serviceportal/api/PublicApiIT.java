package org.serviceportal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.object;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.PortalServer;

/** The public, read-only part of the HTTP contract, as login pages, monitoring and scripts use it. */
@ExtendWith(PortalServer.class)
class PublicApiIT {

    @Test
    void productsListTheFiveBuildingBlocksWithStatusAndTheFasDependency() {
        var response = get("/api/v1/products");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        var products = array(response);
        List<String> codes = products.getValuesAs(JsonObject.class).stream().map(p -> p.getString("code")).toList();
        assertTrue(codes.containsAll(List.of("toegangsbeheer", "sleutelbeheer", "geprivilegieerd-toegangsbeheer",
                "gebruikersbeheer", "certificatenbeheer")), codes.toString());
        JsonObject access = products.getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("toegangsbeheer")).findFirst().orElseThrow();
        assertEquals("Toegangsbeheer", access.getString("name"));
        assertTrue(List.of("OPERATIONAL", "DEGRADED", "PARTIAL_OUTAGE", "MAJOR_OUTAGE", "MAINTENANCE")
                .contains(access.getString("status")), "a status of the contract (other tests record outages)");
        assertEquals(List.of("fas"), access.getJsonArray("dependsOn").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        var english = array(get("/api/v1/products?lang=en")).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("toegangsbeheer")).findFirst().orElseThrow();
        assertEquals("Access management", english.getString("name"));
    }

    @Test
    void supportLinesAreTheFourLinesWithHelpdesk1700AndWhetherItIsOpen() {
        var lines = array(get("/api/v1/support-lines?lang=en")).getValuesAs(JsonObject.class);
        assertEquals(List.of(1, 2, 3, 4), lines.stream().map(l -> l.getInt("number")).toList());
        JsonObject first = lines.get(0);
        assertEquals("1700", first.getString("phone"));
        assertTrue(first.getBoolean("freeOfCharge"));
        assertEquals("09:00", first.getString("opensAt"));
        assertEquals("19:00", first.getString("closesAt"));
        assertTrue(first.containsKey("openNow"));
        assertTrue(first.getString("name").contains("1700"));
        assertEquals(List.of("CHAT", "MAIL", "PHONE"), first.getJsonArray("channels")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).sorted().toList());
    }

    @Test
    void escalationContactsNameTheServiceDeliveryManagerRole() {
        var contacts = array(get("/api/v1/escalation-contacts")).getValuesAs(JsonObject.class);
        assertTrue(contacts.stream().anyMatch(c -> c.getString("role").equals("Service Delivery Manager")));
    }

    @Test
    void faqSearchIgnoresCaseAndAccentsInBothLanguages() {
        var dutch = array(get("/api/v1/faq?lang=nl&q=S%C3%8BUTEL")).getValuesAs(JsonObject.class);
        assertTrue(dutch.isEmpty(), "no Dutch entry contains 'seutel'");
        var key = array(get("/api/v1/faq?lang=nl&q=DIGIT%C3%80LE%20SLEUTEL")).getValuesAs(JsonObject.class);
        assertFalse(key.isEmpty(), "'DIGITÀLE SLEUTEL' finds 'digitale sleutel'");
        assertTrue(key.stream().allMatch(e -> (e.getString("question") + e.getString("answer")).toLowerCase()
                .contains("digitale sleutel")));
        var english = array(get("/api/v1/faq?lang=en&q=Federal")).getValuesAs(JsonObject.class);
        assertFalse(english.isEmpty());
        assertTrue(english.get(0).getString("question").contains("Federal"));
        var all = array(get("/api/v1/faq")).getValuesAs(JsonObject.class);
        assertTrue(all.size() >= 7, "the seed's FAQ is published");
    }

    @Test
    void unknownAddressesAnswerProblemDetails() {
        var response = get("/api/v1/escalation-contacts/999999");
        assertEquals(404, response.statusCode());
        assertTrue(Api.isProblem(response));
        JsonObject problem = object(response);
        assertEquals(404, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("999999"));
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        assertEquals(200, get("/health/ready").statusCode());
        assertEquals(200, get("/health/live").statusCode());
        var metrics = Api.plain("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text format");
        var openapi = Api.plain("/openapi");
        assertEquals(200, openapi.statusCode());
        for (String path : List.of("/api/v1/products", "/api/v1/support-lines", "/api/v1/escalation-contacts",
                "/api/v1/faq", "/api/v1/users", "/api/v1/api-tokens", "/api/v1/audit-entries")) {
            assertTrue(openapi.body().contains(path), "OpenAPI describes " + path);
        }
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : List.of("/api/v1/products", "/", "/public/faq.xhtml")) {
            var response = get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), path);
            assertTrue(response.headers().allValues("Content-Security-Policy").stream()
                    .anyMatch(v -> v.contains("frame-ancestors 'none'")), path);
        }
        // public pages are the same bytes for everyone: no nonce, and no inline script allowed at all
        var page = get("/");
        assertTrue(page.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(v -> v.contains("script-src 'self';")), "public pages run only the portal's own script files");
        assertTrue(page.headers().allValues("Content-Security-Policy").stream()
                .noneMatch(v -> v.matches(".*script-src[^;]*('unsafe-inline'|nonce-).*")), "public pages allow no inline script");
        // staff pages keep PrimeFaces' CSP mode, with a nonce per response
        var login = Api.plain("/login.xhtml");
        assertTrue(login.headers().allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("nonce-")),
                "PrimeFaces CSP mode sends a script nonce on staff pages");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        var login = Api.plain("/login.xhtml");
        assertEquals(200, login.statusCode());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("the login page starts a session"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }
}
