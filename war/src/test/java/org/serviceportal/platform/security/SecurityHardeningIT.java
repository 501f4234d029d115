package org.serviceportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Mailbox;
import org.serviceportal.testing.PageSession;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.TestClock;

/** The findings of the security review, each probed as an attacker would, against the real portal. */
@ExtendWith(PortalServer.class)
class SecurityHardeningIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static JsonObject user(String username) {
        return array(get("/api/v1/users", ADMIN)).getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow();
    }

    /** Changes a user through the API as the administrator. */
    private static void change(String username, boolean enabled, String role, String newPassword) {
        JsonObject u = user(username);
        var body = Json.createObjectBuilder().add("displayName", u.getString("displayName"))
                .add("email", u.getString("email")).add("enabled", enabled)
                .add("roles", Json.createArrayBuilder().add(role)).add("newPassword", newPassword == null ? "" : newPassword)
                .add("version", u.getJsonNumber("version").longValue()).build().toString();
        var r = send("PUT", "/api/v1/users/" + u.getJsonNumber("id").longValue(), body, ADMIN);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One API call with Basic credentials from a client address, with the cookies given. */
    private static HttpResponse<String> apiAs(String address, String user, String password, Map<String, String> cookies) {
        var b = HttpRequest.newBuilder(PortalServer.uri("/api/v1/users")).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user, password)).header("X-Forwarded-For", address);
        if (cookies != null && !cookies.isEmpty()) {
            b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        try {
            var r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (cookies != null) {
                for (String header : r.headers().allValues("Set-Cookie")) {
                    String pair = header.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            return r;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- 1. sessions die with the account ---------------------------------------------------------

    @Test
    void aDisabledEditorsOpenPageSessionIsEndedAndTheirNextPostChangesNothing() {
        String[] editor = Api.newUserCredentials("editor");
        var session = new PageSession();
        assertTrue(PageSession.toLogin(session.logIn(editor[0], editor[1])) == false);
        var faq = session.get("/admin/faq.xhtml");
        assertEquals(200, faq.statusCode(), "signed in, the editor works on the FAQ");
        String viewState = PageSession.viewState(faq);

        change(editor[0], false, "EDITOR", null);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.ViewState", viewState);
        var post = session.post("/admin/faq.xhtml", form);
        assertTrue(PageSession.toLogin(post), "the POST of a disabled user is sent to the login page: " + post.statusCode());
        assertTrue(PageSession.toLogin(session.get("/admin/faq.xhtml")), "and so is every later page request");
        assertEquals(0, array(get("/api/v1/audit-entries?actor=" + editor[0], ADMIN)).size(), "nothing was written as them");
        assertEquals(401, get("/api/v1/faq/1", Api.Auth.basic(editor[0], editor[1])).statusCode(), "nor through the API");
    }

    @Test
    void aRoleChangeEndsTheSessionThatHeldTheOldRoles() {
        String[] editor = Api.newUserCredentials("editor");
        var session = new PageSession();
        session.logIn(editor[0], editor[1]);
        assertEquals(200, session.get("/admin/faq.xhtml").statusCode());
        change(editor[0], true, "OPERATOR", null);
        assertTrue(PageSession.toLogin(session.get("/admin/faq.xhtml")), "the editor's session is over");
        session.logIn(editor[0], editor[1]);
        assertEquals(403, session.get("/admin/faq.xhtml").statusCode(), "signed in again, they hold the new role only");
        assertEquals(200, session.get("/admin/outages.xhtml").statusCode());
    }

    @Test
    void aPasswordChangeEndsOpenSessions() {
        String[] editor = Api.newUserCredentials("editor");
        var session = new PageSession();
        session.logIn(editor[0], editor[1]);
        assertEquals(200, session.get("/admin/faq.xhtml").statusCode());
        change(editor[0], true, "EDITOR", "a-brand-new-password-" + UUID.randomUUID());
        assertTrue(PageSession.toLogin(session.get("/admin/faq.xhtml")));
    }

    // ---- 2-4. throttling that nobody can turn against users ----------------------------------------

    @Test
    void afterAHundredWrongPasswordsForAdminFromElsewhereAdminSignsInAtOnceFromAKnownClient() throws Exception {
        Map<String, String> knownClient = new LinkedHashMap<>();
        assertEquals(200, apiAs("203.0.113.10", "admin", PortalServer.ADMIN_PASSWORD, knownClient).statusCode());
        assertTrue(knownClient.keySet().stream().anyMatch(k -> k.startsWith(KnownDevices.COOKIE_PREFIX)),
                "a successful sign-in leaves a device cookie: " + knownClient);

        // The throttle refuses without counting, so the account's wait only grows when an attempt is
        // let through: how much of the last wait is left when the flood ends depends on how fast the
        // machine got through it. With the portal's clock standing still, the flood and the sign-ins
        // after it happen in one instant: the wait the failures earned cannot have run out.
        TestClock.stoppedDuring(() -> {
            // "admin ", "ADMIN" and "admin" are one account and one throttle key
            List<String> spellings = List.of("admin", "admin ", "ADMIN", " Admin");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> attempts = new java.util.ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    String address = "198.51.100." + (i + 1);
                    String spelling = spellings.get(i % spellings.size());
                    attempts.add(pool.submit(() -> apiAs(address, spelling, "wrong-password", null).statusCode()));
                }
                for (Future<Integer> f : attempts) {
                    assertEquals(401, f.get());
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(401, apiAs("203.0.113.77", "admin", PortalServer.ADMIN_PASSWORD, new LinkedHashMap<>()).statusCode(),
                    "an unknown client waits: the account is being guessed at");
            assertEquals(401, apiAs("203.0.113.78", "admin ", PortalServer.ADMIN_PASSWORD, new LinkedHashMap<>()).statusCode(),
                    "whatever the spelling");

            long start = System.nanoTime();
            var known = apiAs("203.0.113.10", "admin", PortalServer.ADMIN_PASSWORD, knownClient);
            assertEquals(200, known.statusCode(), "the owner's client is let in at once");
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
            assertEquals(200, apiAs("203.0.113.11", "admin", PortalServer.ADMIN_PASSWORD, knownClient).statusCode(),
                    "from another address too: the device counts, not the address");
        });
    }

    @Test
    void aTypoFromABusySharedAddressDoesNotLockOutOthersBehindIt() {
        String shared = "192.0.2.200";
        String[] colleague = Api.newUserCredentials("editor");
        Map<String, String> colleaguesClient = new LinkedHashMap<>();
        assertEquals(403, apiAs(shared, colleague[0], colleague[1], colleaguesClient).statusCode(),
                "signed in (an editor may not list users)");
        for (int i = 0; i < 55; i++) {
            assertEquals(401, apiAs(shared, "nobody-" + i, "typo", null).statusCode());
        }
        var typo = apiAs(shared, colleague[0], "a typo", colleaguesClient);
        assertEquals(401, typo.statusCode());
        assertEquals(403, apiAs(shared, colleague[0], colleague[1], colleaguesClient).statusCode(),
                "the colleague behind the same proxy signs in at once (403: signed in, not allowed to list users)");
    }

    @Test
    void aRefusedAttemptTakesAsLongAsACheckedOne() {
        String[] target = Api.newUserCredentials("operator");
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            apiAs("192.0.2." + (10 + i), target[0], "wrong", null);
        }
        long refused = Long.MAX_VALUE;
        long checked = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            assertEquals(401, apiAs("192.0.2.30", target[0], "wrong", null).statusCode());
            refused = Math.min(refused, System.nanoTime() - t0);
            long t1 = System.nanoTime();
            assertEquals(401, apiAs("192.0.2.31", "no-such-user-" + i, "wrong", null).statusCode());
            checked = Math.min(checked, System.nanoTime() - t1);
        }
        assertTrue(refused * 3 > checked, "refused " + refused / 1_000_000 + " ms, checked " + checked / 1_000_000 + " ms");
    }

    // ---- 6. request-body limit ---------------------------------------------------------------------

    /**
     * Posts 60 MB as a plain client does (curl): it writes while watching for an early answer, and
     * stops sending once the portal has answered. The status of that answer.
     */
    private static int postLarge(String path, boolean declared, String contentType) throws IOException {
        long size = 60L * 1024 * 1024;
        URI base = PortalServer.base();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nContent-Type: "
                    + contentType + "\r\n" + (declared ? "Content-Length: " + size : "Transfer-Encoding: chunked")
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try {
                for (long sent = 0; sent < size && in.available() == 0; sent += chunk.length) {
                    if (!declared) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(chunk);
                    if (!declared) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                if (!declared) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException e) {
                // the portal stopped reading: its answer is on the way
            }
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void sixtyMegabytesToTheSubscriptionsAre413AndThePortalStaysWell() throws Exception {
        for (int i = 0; i < 6; i++) {
            assertEquals(413, postLarge("/api/v1/subscriptions", true, "application/json"), "declared too large");
        }
        assertEquals(413, postLarge("/api/v1/subscriptions", false, "application/json"), "chunked, counted while read");
        assertEquals(413, postLarge("/login.xhtml", true, "application/x-www-form-urlencoded"), "pages too");
        assertEquals(413, postLarge("/login.xhtml", false, "application/x-www-form-urlencoded"), "chunked pages too");
        assertEquals(200, Api.plain("/health/live").statusCode(), "and the portal still answers");
        assertEquals(200, get("/api/v1/products").statusCode());
    }

    // ---- 7. the rest ---------------------------------------------------------------------------------

    @Test
    void aPostThatOffersHttp2IsAnswered() throws IOException {
        // as Java's HttpClient sends its first request: with HTTP/2 turned off, the server would take the body
        // for the start of the other protocol, wait for more and fail after 30 s (docs/operations.md)
        URI base = PortalServer.base();
        String body = "{}";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(120_000);
            socket.getOutputStream().write(("POST /api/v1/subscriptions HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c"
                    + "\r\nHTTP2-Settings: AAEAAEAAAAIAAAAAAAMAAAAAAAQBAAAAAAUAAEAAAAYABgAA\r\nContent-Type: application/json"
                    + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(status.startsWith("HTTP/1.1 101") || status.startsWith("HTTP/1.1 400"),
                    "switched to HTTP/2, or refused as a plain request with an empty body: " + status);
        }
    }

    @Test
    void aSessionIdInTheUrlIsNotHonoured() {
        String[] operator = Api.newUserCredentials("operator");
        var session = new PageSession();
        session.logIn(operator[0], operator[1]);
        assertEquals(200, session.get("/admin/index.xhtml").statusCode());
        String id = session.cookies().get("JSESSIONID");
        assertTrue(id != null, "the session lives in a cookie: " + session.cookies());
        var stranger = new PageSession();
        var viaUrl = stranger.get("/admin/index.xhtml;jsessionid=" + id);
        assertTrue(PageSession.toLogin(viaUrl), "a session id in the URL opens nothing: " + viaUrl.statusCode());
    }

    @Test
    void numbersBeyondAnIntAre400NotAWrap() {
        String role = "Rol " + UUID.randomUUID();
        var r = send("POST", "/api/v1/escalation-contacts", "{\"roleNl\":\"" + role + "\",\"roleEn\":\"x\","
                + "\"sortOrder\":99999999999,\"products\":[],\"version\":0}", ADMIN);
        assertEquals(400, r.statusCode(), r.body());
        assertFalse(get("/api/v1/escalation-contacts").body().contains(role), "nothing was stored");
        var token = send("POST", "/api/v1/api-tokens", "{\"name\":\"t\",\"role\":\"EDITOR\",\"validDays\":4294967326}", ADMIN);
        assertEquals(400, token.statusCode(), "4294967326 must not wrap to 30: " + token.body());
    }

    @Test
    void anOverflowingDateIs400WithoutInternals() {
        for (String path : List.of("/api/v1/outages?from=2026-01-01T00:00:00Z&to=%2B1000000000-12-31T23:59:59Z",
                "/api/v1/maintenance?from=%2B999999999-12-31&to=%2B1000000000-12-31T23:59:59Z",
                "/api/v1/audit-entries?from=%2B1000000000-12-31T23:59:59Z")) {
            var r = get(path, ADMIN);
            assertEquals(400, r.statusCode(), path + " " + r.body());
            assertFalse(r.body().contains("Exception"), r.body());
            assertFalse(r.body().contains("java."), r.body());
        }
    }

    @Test
    void theIncidentReportMailsOneRecipientAFewTimesAtMost() throws Exception {
        JsonObject matrix = object(get("/api/v1/incident-matrix"));
        JsonObject cell = matrix.getJsonArray("cells").getJsonObject(0);
        String product = array(get("/api/v1/products")).getJsonObject(0).getString("code");
        String victim = "victim-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        for (int i = 0; i < 8; i++) {
            String body = Json.createObjectBuilder().add("product", product).add("impact", cell.getString("impact"))
                    .add("urgency", cell.getString("urgency")).add("description", "Flood " + i)
                    .add("reporter", Json.createObjectBuilder().add("name", "Someone").add("email", victim)).build().toString();
            var r = CLIENT.send(HttpRequest.newBuilder(PortalServer.uri("/api/v1/incidents")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "192.0.2." + (100 + i))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
        }
        String sentinel = "sentinel-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String body = Json.createObjectBuilder().add("product", product).add("impact", cell.getString("impact"))
                .add("urgency", cell.getString("urgency")).add("description", "After the flood")
                .add("reporter", Json.createObjectBuilder().add("name", "Someone").add("email", sentinel)).build().toString();
        assertEquals(201, CLIENT.send(HttpRequest.newBuilder(PortalServer.uri("/api/v1/incidents"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "192.0.2.99")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(1, Mailbox.awaitMessagesTo(sentinel, 1).size(), "the mail after the flood went out");
        assertEquals(Mailbox.awaitMessagesTo(victim, 5).size(), 5, "five mails reached the chosen address, no more");
    }
}
