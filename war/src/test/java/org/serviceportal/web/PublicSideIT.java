package org.serviceportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.PortalServer;

/**
 * The public side as a crowd meets it during an outage: no session, no per-request state, pages and
 * the status API from snapshots with entity tags, 304 and a Cache-Control a proxy can use, a change
 * visible at once; forms posted from another site refused.
 */
@ExtendWith(PortalServer.class)
class PublicSideIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Pages served from snapshots. */
    private static final List<String> SNAPSHOT_PAGES = List.of("/", "/index.xhtml", "/public/status.xhtml",
            "/public/conditions.xhtml", "/public/maintenance.xhtml", "/public/faq.xhtml",
            "/public/faq.xhtml?category=fas", "/public/escalation.xhtml", "/public/status.xhtml?lang=nl",
            "/public/availability.xhtml", "/public/availability.xhtml?product=sleutelbeheer&per=quarter");

    /** Every other public page, forms included: rendered per request, still stateless. */
    private static final List<String> OTHER_PAGES = List.of("/public/faq.xhtml?q=eID", "/public/escalation-request.xhtml",
            "/public/report.xhtml", "/public/newsletter.xhtml", "/public/newsletter-manage.xhtml?token=nope",
            "/public/newsletter-unsubscribe.xhtml?token=nope", "/public/newsletter-confirm.xhtml?token=nope",
            "/public/follow.xhtml?reference=INC-2000-000001&token=nope", "/no-such-page.xhtml");

    private static final List<String> APIS = List.of("/api/v1/status", "/api/v1/products", "/api/v1/banners",
            "/api/v1/status?lang=en", "/api/v1/products?lang=en");

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");

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

    static HttpResponse<String> post(String path, String form, String... headers) {
        var b = HttpRequest.newBuilder(PortalServer.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
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

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void anAnonymousGetOfAnyPublicPageOrApiMakesNoSessionAndCarriesNoPerRequestState() {
        for (String path : concat(SNAPSHOT_PAGES, OTHER_PAGES, APIS)) {
            var r = request("GET", path);
            assertTrue(r.statusCode() == 200 || path.startsWith("/no-such"), path + ": " + r.statusCode());
            assertEquals(List.of(), r.headers().allValues("Set-Cookie"), path + " sets no cookie");
            if (path.startsWith("/api/")) {
                continue;
            }
            String csp = header(r, "Content-Security-Policy");
            assertEquals(1, r.headers().allValues("Content-Security-Policy").size(), path + ": one policy");
            String scripts = csp.replaceAll(".*script-src ([^;]*).*", "$1");
            assertEquals("'self'", scripts.strip(), path + ": scripts only from the portal itself: " + csp);
            assertFalse(r.body().contains("nonce"), path + " carries no nonce");
            assertFalse(INLINE_SCRIPT.matcher(r.body()).find(), path + " has no inline script");
            var viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(r.body());
            while (viewState.find()) {
                assertEquals("stateless", viewState.group(1), path + " keeps no view state");
            }
        }
    }

    @Test
    void snapshotPagesAnswerWithAStrongTagA304AndACacheControlAProxyCanUse() {
        for (String path : SNAPSHOT_PAGES) {
            var first = request("GET", path);
            assertEquals(200, first.statusCode(), path);
            String etag = header(first, "ETag");
            assertTrue(etag.matches("\"[0-9a-f]{32}\""), path + ": a strong tag: " + etag);
            assertEquals("public, max-age=30", header(first, "Cache-Control"), path);
            assertEquals("Cookie", header(first, "Vary"), path + ": the language may come from the cookie");
            assertTrue(header(first, "Content-Type").startsWith("text/html"), path);
            var again = request("GET", path);
            assertEquals(etag, header(again, "ETag"), path + ": the same bytes");
            assertEquals(first.body(), again.body(), path);
            var notModified = request("GET", path, "If-None-Match", etag);
            assertEquals(304, notModified.statusCode(), path);
            assertEquals("", notModified.body(), path);
            var head = request("HEAD", path);
            assertEquals(200, head.statusCode(), path);
            assertEquals(etag, header(head, "ETag"), path);
            assertEquals("", head.body(), path);
        }
    }

    @Test
    void theLanguageComesFromTheCookieAndOnlyASwitchSetsIt() {
        var dutch = request("GET", "/public/status.xhtml");
        assertTrue(dutch.body().contains("lang=\"nl\""), "Dutch by default");
        var english = request("GET", "/public/status.xhtml", "Cookie", "portal-lang=en");
        assertTrue(english.body().contains("lang=\"en\""), "the cookie's language");
        assertNotEquals(header(dutch, "ETag"), header(english, "ETag"));
        assertEquals(List.of(), english.headers().allValues("Set-Cookie"), "an ordinary view sets no cookie");
        var sameAgain = request("GET", "/public/status.xhtml?lang=en", "Cookie", "portal-lang=en");
        assertEquals(List.of(), sameAgain.headers().allValues("Set-Cookie"), "choosing the language one has sets nothing");
        var dutchAsDefault = request("GET", "/public/status.xhtml?lang=nl");
        assertEquals(List.of(), dutchAsDefault.headers().allValues("Set-Cookie"), "nor does choosing the default");
        var switched = request("GET", "/public/status.xhtml?lang=en");
        assertTrue(switched.body().contains("lang=\"en\""));
        assertTrue(header(switched, "Set-Cookie").startsWith("portal-lang=en"), "a switch is remembered");
        assertFalse(header(switched, "Cache-Control").contains("public"), "a response that sets a cookie is not for everyone");
    }

    @Test
    void statusApiGivesTheContractsFieldsWithCorsTagsAnd304() {
        var r = request("GET", "/api/v1/status", "Origin", "https://other.example");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(header(r, "Content-Type").startsWith("application/json"));
        assertEquals("*", header(r, "Access-Control-Allow-Origin"));
        assertTrue(header(r, "Access-Control-Expose-Headers").contains("ETag"));
        assertEquals("public, max-age=15", header(r, "Cache-Control"));
        JsonObject status = parse(r.body()).asJsonObject();
        assertTrue(List.of("OPERATIONAL", "DEGRADED", "PARTIAL_OUTAGE", "MAJOR_OUTAGE", "MAINTENANCE")
                .contains(status.getString("indicator")));
        Instant.parse(status.getString("updatedAt"));
        JsonObject product = status.getJsonArray("products").getJsonObject(0);
        for (String field : List.of("code", "name", "status", "dependsOn")) {
            assertTrue(product.containsKey(field), field + " in " + product);
        }
        JsonObject fas = status.getJsonArray("externalServices").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("code").equals("fas")).findFirst().orElseThrow();
        assertTrue(fas.containsKey("name") && fas.containsKey("status") && fas.containsKey("fallbackActive"), fas.toString());
        assertTrue(status.containsKey("outages") && status.containsKey("maintenance"), status.toString());

        String etag = header(r, "ETag");
        assertEquals(304, request("GET", "/api/v1/status", "If-None-Match", etag).statusCode());
        var preflight = request("OPTIONS", "/api/v1/status", "Origin", "https://other.example",
                "Access-Control-Request-Method", "GET");
        assertEquals(204, preflight.statusCode());
        assertEquals("*", header(preflight, "Access-Control-Allow-Origin"));

        var products = request("GET", "/api/v1/products?lang=en");
        assertEquals(200, products.statusCode());
        assertEquals("*", header(products, "Access-Control-Allow-Origin"));
        assertEquals(304, request("GET", "/api/v1/products?lang=en", "If-None-Match", header(products, "ETag")).statusCode());
        assertTrue(parse(products.body()).asJsonArray().size() >= 5);
    }

    @Test
    void aNewOutageShowsAtOnceInTheStatusApiTheProductListAndTheStatusPage() {
        Auth operator = Api.newUser("operator");
        String code = product();
        var before = request("GET", "/api/v1/status");
        String pageBefore = header(request("GET", "/public/status.xhtml"), "ETag");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5));
        var created = send("POST", "/api/v1/outages", json("product", code, "startedAt", start.toString(),
                "severity", "MAJOR", "causedBy", "fas", "cause", "FAS down"), operator);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject outage = object(created);
        try {
            var after = request("GET", "/api/v1/status", "If-None-Match", header(before, "ETag"));
            assertEquals(200, after.statusCode(), "changed, so not 304");
            JsonObject status = parse(after.body()).asJsonObject();
            assertEquals("MAJOR_OUTAGE", status.getString("indicator"));
            JsonObject listed = status.getJsonArray("outages").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getJsonNumber("id").longValue() == outage.getJsonNumber("id").longValue())
                    .findFirst().orElseThrow(() -> new AssertionError(status.toString()));
            assertEquals(code, listed.getString("product"));
            assertEquals("MAJOR", listed.getString("severity"));
            assertEquals(start, Instant.parse(listed.getString("startedAt")));
            assertFalse(listed.containsKey("endedAt"));
            assertEquals("Product " + code + " is unavailable", listed.getJsonObject("title").getString("en"));
            assertEquals("Product " + code + " is onbeschikbaar", listed.getJsonObject("title").getString("nl"));
            assertEquals(0, listed.getJsonArray("updates").size());
            JsonObject fas = status.getJsonArray("externalServices").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("code").equals("fas")).findFirst().orElseThrow();
            assertEquals("MAJOR_OUTAGE", fas.getString("status"));
            assertFalse(fas.getBoolean("fallbackActive"), "the fall-back is announced only once staff switch it on");
            assertEquals("MAJOR_OUTAGE", productStatus(parse(request("GET", "/api/v1/products").body()).asJsonArray(), code));
            var page = request("GET", "/public/status.xhtml");
            assertNotEquals(pageBefore, header(page, "ETag"), "the status page was rendered again");
            assertTrue(page.body().contains("Product " + code), "the new product is on the page");
        } finally {
            var closed = send("PUT", "/api/v1/outages/" + outage.getJsonNumber("id"), json("product", code,
                    "startedAt", start.toString(), "endedAt", Instant.now().toString(), "severity", "MAJOR",
                    "causedBy", "fas", "cause", "FAS down", "version", outage.getInt("version")), operator);
            assertEquals(200, closed.statusCode(), closed.body());
        }
        JsonArray products = parse(request("GET", "/api/v1/products").body()).asJsonArray();
        assertEquals("OPERATIONAL", productStatus(products, code), "closed at once too");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedWhileOneFromThisSitePasses() {
        String form = "report=report&jakarta.faces.ViewState=stateless";
        assertEquals(403, post("/public/report.xhtml", form, "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(403, post("/public/report.xhtml", form, "Sec-Fetch-Site", "same-site").statusCode());
        assertEquals(403, post("/public/newsletter.xhtml", form, "Origin", "https://evil.example").statusCode());
        String host = PortalServer.base().getHost() + ":" + PortalServer.base().getPort();
        assertNotEquals(403, post("/public/report.xhtml", form, "Sec-Fetch-Site", "same-origin").statusCode());
        assertNotEquals(403, post("/public/report.xhtml", form, "Origin", "http://" + host).statusCode());
    }

    /**
     * A form sent with errors answers with the error summary, which takes the focus by itself: still
     * no script and no session, the same policy as every public page.
     */
    @Test
    void aFormWithErrorsAnswersWithTheSummaryWithoutScriptOrSession() {
        var r = post("/public/report.xhtml?lang=en", "report=report&report%3Asubmit=x&jakarta.faces.ViewState=stateless"
                + "&report%3Aproduct=&report%3Adescription=&report%3Aname=&report%3Aemail=", "Sec-Fetch-Site", "same-origin");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("class=\"error-summary\" tabindex=\"-1\" autofocus=\"autofocus\""), r.body());
        assertTrue(r.body().contains("<a href=\"#report:email\">Fill in your e-mail address.</a>"), r.body());
        assertTrue(r.body().contains("id=\"report:email-error\""), r.body());
        assertFalse(r.body().contains("<script"), "no script, also with errors");
        assertEquals("'self'", header(r, "Content-Security-Policy").replaceAll(".*script-src ([^;]*).*", "$1").strip());
        // ?lang= is a language switch, which sets its cookie; nothing else
        assertTrue(r.headers().allValues("Set-Cookie").stream().allMatch(c -> c.startsWith("portal-lang=")),
                "no session: " + r.headers().allValues("Set-Cookie"));
    }

    private static String product() {
        String code = "public-" + UUID.randomUUID().toString().substring(0, 8);
        var body = Json.createObjectBuilder().add("code", code).add("product", Json.createObjectBuilder()
                .add("nameNl", "Product " + code).add("nameEn", "Product " + code).add("sortOrder", 95)
                .add("dependsOnProducts", Json.createArrayBuilder())
                .add("dependsOnExternal", Json.createArrayBuilder().add("fas"))
                .add("version", 0)).build().toString();
        var response = send("POST", "/api/v1/products", body, Api.ADMIN);
        assertEquals(201, response.statusCode(), response.body());
        return code;
    }

    private static String productStatus(JsonArray products, String code) {
        return products.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("code").equals(code))
                .map(p -> p.getString("status")).findFirst().orElseThrow(() -> new AssertionError(products.toString()));
    }

    private static jakarta.json.JsonValue parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
    }
}
