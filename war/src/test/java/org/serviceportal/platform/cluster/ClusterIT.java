package org.serviceportal.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.serviceportal.testing.PortalProcess;
import org.serviceportal.testing.PortalServer;
import org.serviceportal.testing.PostgresSchema;
import org.serviceportal.testing.Wait;

/**
 * Two portal nodes clustered by Payara's data grid on one PostgreSQL schema of their own, with a
 * GreenMail of their own: caches follow changes of the other node, scheduled mail goes out once, and
 * when node A is killed (SIGKILL) while clients write and while it sends mail, no acknowledged write
 * and no mail is lost, and A's logged-in session goes on on B. The pair is started once for the
 * class (booting is slow); the test that kills A runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ClusterIT {

    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + PortalServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final Duration READY = Duration.ofSeconds(Long.getLong("portal.it.ready-seconds", 240));
    /** Far less than the 30 s after which a node's banner would be rebuilt anyway. */
    private static final Duration PROPAGATION = Duration.ofSeconds(5);

    private static PostgresSchema schema;
    private static GreenMail mail;
    private static PortalProcess a;
    private static PortalProcess b;
    private static String operatorToken;
    /** An administrator's API token: quicker to check than the password, for the many test mails. */
    private static String adminToken;

    private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startThePair() throws Exception {
        assumeTrue(PortalServer.onPostgres(), "the cluster shares a PostgreSQL database (PORTAL_IT_PG_URL)");
        Path work = PortalServer.dataDir().getParent().resolve("cluster");
        PortalServer.deleteRecursively(work);
        Files.createDirectories(work);
        int port = Integer.getInteger("portal.it.port", 18080) + 20;
        int hazelcast = Integer.getInteger("portal.it.hazelcast-port", 6920) + 60;
        int smtp = Integer.getInteger("portal.it.smtp-port", 13025) + 20;
        mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        schema = PostgresSchema.create(System.getProperty("portal.it.db.url"), System.getProperty("portal.it.db.user", ""),
                System.getProperty("portal.it.db.password", ""));

        Map<String, String> env = new LinkedHashMap<>(PortalServer.settings());
        env.put("PORTAL_SMTP_PORT", Integer.toString(smtp));
        // a cluster behind a load balancer has one public address: mail links and Message-IDs name it on every node
        env.put("PORTAL_BASE_URL", "http://127.0.0.1:" + port);
        env.put("PORTAL_DB_URL", schema.url());
        env.put("PORTAL_DB_USER", schema.user());
        env.put("PORTAL_DB_PASSWORD", schema.password());
        env.put("PORTAL_INCIDENT_REPORTS_PER_HOUR", "100000");
        List<Integer> members = List.of(hazelcast, hazelcast + 5);
        String cluster = "portal-it-" + UUID.randomUUID().toString().substring(0, 8);
        a = new PortalProcess(port, hazelcast, work.resolve("a/data"), work.resolve("a.log"), env).clustered(cluster, members);
        b = new PortalProcess(port + 1, hazelcast + 5, work.resolve("b/data"), work.resolve("b.log"), env)
                .clustered(cluster, members);
        a.launch();
        Wait.until("A's data-grid member listening", READY, () -> { // A forms the cluster, B joins it
            try (var socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", hazelcast), 1000);
                return true;
            }
        });
        b.launch();
        a.awaitReady(READY);
        b.awaitReady(READY);
        awaitLog(a, "DG Size: 2", Duration.ofSeconds(60));
        awaitLog(b, "DG Size: 2", Duration.ofSeconds(60));
        operatorToken = "Bearer " + issueToken(a.base(), "OPERATOR");
        adminToken = "Bearer " + issueToken(a.base(), "ADMINISTRATOR");
    }

    @AfterAll
    static void stopThePair() {
        for (PortalProcess node : new PortalProcess[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (schema != null) {
            schema.drop();
        }
    }

    @Test
    @Order(1)
    void aChangeOnOneNodeShowsOnTheOtherWithinSeconds() throws Exception {
        String product = newProduct(a.base());
        String bannerPath = "/api/v1/banners?product=" + product + "&lang=en";
        String statusPath = "/public/status.xhtml?lang=en";
        // B has built its banner and status page before the change: both are cached there now
        assertEquals("[]", send(b.base(), "GET", bannerPath, null, null).body().strip());
        assertTrue(send(b.base(), "GET", statusPath, null, null).body().contains("<h1>Service status</h1>"));
        // B's status API lists the new product (its creation travelled on the bus too) as operational
        awaitTrue(() -> "OPERATIONAL".equals(apiStatus(b.base(), product)));

        String cause = "cluster test " + UUID.randomUUID();
        var outage = send(a.base(), "POST", "/api/v1/outages", Json.createObjectBuilder().add("product", product)
                .add("startedAt", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("severity", "MAJOR").add("cause", cause).build().toString(), operatorToken);
        assertEquals(201, outage.statusCode(), outage.body());
        long changed = System.nanoTime();
        // the status page links every ongoing outage to its own page
        String outageLink = "/public/outage.xhtml?id=" + object(outage.body()).getJsonNumber("id");

        long bannerSeen = awaitTrue(() -> !send(b.base(), "GET", bannerPath, null, null).body().strip().equals("[]"));
        long statusSeen = awaitTrue(() -> send(b.base(), "GET", statusPath, null, null).body().contains(outageLink));
        long apiSeen = awaitTrue(() -> "MAJOR_OUTAGE".equals(apiStatus(b.base(), product)));
        System.out.printf("Cluster cache test: the outage recorded on A showed in B's banner after %d ms, on B's status page"
                + " after %d ms and in B's status API after %d ms%n", (bannerSeen - changed) / 1_000_000,
                (statusSeen - changed) / 1_000_000, (apiSeen - changed) / 1_000_000);

        // The board's counts have no time limit at all: only the bus can tell B of a report made on A.
        String counts = "/api/v1/incidents/counts";
        long before = object(send(b.base(), "GET", counts, null, operatorToken).body()).getJsonNumber("total").longValue();
        var report = send(a.base(), "POST", "/api/v1/incidents", Json.createObjectBuilder().add("product", product)
                .add("impact", "HIGH").add("urgency", "HIGH").add("description", "cluster test " + UUID.randomUUID())
                .add("reporter", Json.createObjectBuilder().add("name", "Cluster Test")
                        .add("email", "cluster-" + UUID.randomUUID() + "@example.org"))
                .build().toString(), null);
        assertEquals(201, report.statusCode(), report.body());
        long reported = System.nanoTime();
        long countsSeen = awaitTrue(() -> object(send(b.base(), "GET", counts, null, operatorToken).body())
                .getJsonNumber("total").longValue() > before);
        System.out.printf("Cluster cache test: the incident reported on A counted on B's board after %d ms%n",
                (countsSeen - reported) / 1_000_000);
    }

    @Test
    @Order(2)
    void queuedMailGoesOutOnceWithBothNodesSending() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int n = 40;
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String to = "once-" + run + "-" + i + "@example.org";
            recipients.add(to);
            var r = send(i % 2 == 0 ? a.base() : b.base(), "POST", "/api/v1/outbox/test-mail",
                    Json.createObjectBuilder().add("to", to).build().toString(), adminToken);
            assertEquals(202, r.statusCode(), r.body());
        }
        awaitMail(recipients, Duration.ofSeconds(60));
        awaitNothingPendingFor(b.base(), recipients); // a second copy could only come while one is still pending
        Map<String, List<String>> got = byRecipient(recipients);
        int received = got.values().stream().mapToInt(List::size).sum();
        System.out.printf("Cluster mail test: %d mails queued, %d received, %d duplicates%n", n, received, received - got.size());
        for (String to : recipients) {
            assertEquals(1, got.getOrDefault(to, List.of()).size(), "mails to " + to);
            assertTrue(got.get(to).get(0).matches("<portal-outbox-\\d+@127\\.0\\.0\\.1>"), got.get(to).get(0));
        }
    }

    @Test
    @Order(2)
    void aFormOpenedOnOneNodeIsPostedBackOnTheOther() throws Exception {
        // an administrator opens the token form on A ...
        Map<String, String> cookies = new LinkedHashMap<>();
        login(cookies, a.base());
        var opened = page(cookies, a.base(), "/admin/tokens.xhtml");
        assertEquals(200, opened.statusCode());
        Map<String, String> fields = formFields(opened.body(), "tokens");
        assertTrue(fields.containsKey("jakarta.faces.ViewState"), "the form has a view state: " + fields.keySet());
        String name = "failover-" + UUID.randomUUID().toString().substring(0, 8);
        fields.put("tokens:name", name);
        fields.put("tokens:issue", "");

        // ... and sends it while the load balancer has moved the session to B: B restores the view and its bean
        var posted = client.send(withCookies(HttpRequest.newBuilder(URI.create(b.base() + formAction(opened.body(), "tokens"))),
                cookies).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))).build(), HttpResponse.BodyHandlers.ofString());
        keepCookies(posted, cookies);
        assertEquals(200, posted.statusCode(), "the postback on B: " + posted.headers().firstValue("Location").orElse(""));
        assertTrue(posted.body().contains("id=\"new-token-secret\""), "B issued the token and shows its secret: "
                + posted.body().substring(0, Math.min(2000, posted.body().length())));

        var tokens = send(b.base(), "GET", "/api/v1/api-tokens", null, adminToken);
        assertEquals(200, tokens.statusCode(), tokens.body());
        assertTrue(Json.createReader(new StringReader(tokens.body())).readArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("name").equals(name) && t.getString("createdBy").equals("admin")), tokens.body());
    }

    @Test
    @Order(3)
    void killingANodeLosesNoWriteNoMailAndNoSession() throws Exception {
        // an administrator logged in on A
        Map<String, String> cookies = new LinkedHashMap<>();
        login(cookies, a.base());
        assertOutboxPage(page(cookies, a.base(), "/admin/outbox.xhtml"), "logged in on A");

        String product = newProduct(b.base());
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // reference -> reporter address
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger failedOnB = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch enough = new CountDownLatch(120);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            PortalProcess node = w < 3 ? b : a; // three clients write through B, one through A
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; writing.get(); i++) {
                    String email = "kill-" + writer + "-" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
                    try {
                        var r = send(node.base(), "POST", "/api/v1/incidents", report(product, email), null);
                        if (r.statusCode() == 201) {
                            acknowledged.put(object(r.body()).getString("reference"), email);
                            enough.countDown();
                        } else {
                            failed.incrementAndGet();
                            if (node == b) {
                                failedOnB.incrementAndGet();
                            }
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet(); // A is gone: not acknowledged
                        if (node == b) {
                            failedOnB.incrementAndGet();
                        }
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException stop) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        assertTrue(enough.await(90, TimeUnit.SECONDS), "writes were too slow: " + acknowledged.size());
        int sentBeforeKill = mail.getReceivedMessages().length;
        a.kill(); // while the clients write and both nodes send the reporters' mail
        Instant killed = Instant.now();
        int beforeAlone = acknowledged.size();
        Wait.until("B acknowledging writes alone", Duration.ofSeconds(60), () -> acknowledged.size() >= beforeAlone + 30); // B goes on alone for a while
        writing.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));

        // the session goes on on B: the load balancer sends the same cookies there
        assertOutboxPage(page(cookies, b.base(), "/admin/outbox.xhtml"), "A's session on B");

        // every acknowledged write is there
        List<String> missing = new ArrayList<>();
        for (String reference : acknowledged.keySet()) {
            var r = send(b.base(), "GET", "/api/v1/incidents/" + reference, null, operatorToken);
            if (r.statusCode() != 200) {
                missing.add(reference + " -> " + r.statusCode());
            }
        }
        // every reporter gets their mail, and only once
        List<String> expected = List.copyOf(acknowledged.values());
        awaitMail(expected, Duration.ofSeconds(60));
        awaitNothingPendingFor(b.base(), expected);
        Map<String, List<String>> got = byRecipient(expected);
        List<String> lost = expected.stream().filter(to -> got.getOrDefault(to, List.of()).isEmpty()).toList();
        Map<String, List<String>> twice = new HashMap<>();
        got.forEach((to, ids) -> {
            if (ids.size() > 1) {
                twice.put(to, ids);
            }
        });
        int received = got.values().stream().mapToInt(List::size).sum();
        System.out.printf("Cluster kill test: A killed at %s with %d mails received before; writes acknowledged %d, found %d, "
                + "not acknowledged %d (of them through B %d); mails expected %d, received %d, lost %d, duplicates %d %s%n",
                killed, sentBeforeKill, acknowledged.size(), acknowledged.size() - missing.size(), failed.get(), failedOnB.get(),
                expected.size(), received, lost.size(), received - got.size(), twice);

        assertEquals(List.of(), missing, "acknowledged writes lost");
        assertEquals(List.of(), lost, "mails lost");
        assertEquals(0, failedOnB.get(), "writes through the surviving node failed");
        // At least once: a copy sent again can only be the one A had handed to the mail server when it died,
        // and it carries the same Message-ID, so that mail clients show it once.
        assertTrue(twice.size() <= 1, "mails sent twice: " + twice);
        twice.values().forEach(ids -> assertEquals(1, Set.copyOf(ids).size(), "a copy with another Message-ID: " + ids));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static String report(String product, String email) {
        return Json.createObjectBuilder().add("product", product).add("impact", "LOW").add("urgency", "LOW")
                .add("description", "Cluster test report").add("reporter", Json.createObjectBuilder()
                        .add("name", "Cluster Test").add("email", email).add("organisation", "Test org"))
                .build().toString();
    }

    private static String newProduct(URI node) throws Exception {
        String code = "cl" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var product = Json.createObjectBuilder().add("nameNl", "Product " + code).add("nameEn", "Product " + code)
                .add("sortOrder", 99).add("dependsOnProducts", Json.createArrayBuilder())
                .add("dependsOnExternal", Json.createArrayBuilder()).add("version", 0).build();
        var r = send(node, "POST", "/api/v1/products", Json.createObjectBuilder().add("code", code).add("product", product)
                .build().toString(), ADMIN);
        assertEquals(201, r.statusCode(), r.body());
        return code;
    }

    private static String issueToken(URI node, String role) throws Exception {
        var r = send(node, "POST", "/api/v1/api-tokens", Json.createObjectBuilder().add("name", "cluster-test")
                .add("role", role).add("validDays", 1).build().toString(), ADMIN);
        assertEquals(201, r.statusCode(), r.body());
        return object(r.body()).getString("secret");
    }

    private static void assertOutboxPage(HttpResponse<String> page, String what) {
        assertEquals(200, page.statusCode(), what + ": " + page.headers().firstValue("Location").orElse(""));
        assertTrue(page.body().contains("id=\"outbox\"") && !page.body().contains("login:password"),
                what + ": the administrator's outbox page, not the login form");
    }

    /** Logs in as admin through the login form, keeping the cookies as a browser does. */
    private static void login(Map<String, String> cookies, URI node) throws Exception {
        var form = page(cookies, node, "/login.xhtml");
        assertEquals(200, form.statusCode());
        Matcher state = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(state.find(), "the login form has a view state");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", "admin");
        fields.put("login:password", PortalServer.ADMIN_PASSWORD);
        fields.put("login:next", "");
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", state.group(1));
        String body = String.join("&", fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
        var r = client.send(withCookies(HttpRequest.newBuilder(URI.create(node + "/login.xhtml")), cookies)
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        keepCookies(r, cookies);
        assertTrue(r.statusCode() == 302 || r.statusCode() == 303, "login answered " + r.statusCode());
        // local administrators have a second factor: the login page sends to the code page
        String step = r.headers().firstValue("Location").orElse("");
        assertTrue(step.contains("/sign-in-code.xhtml"), "the password step sends to the code page: " + step);
        var codePage = page(cookies, node, step.substring(step.indexOf("/sign-in-code.xhtml")));
        assertEquals(200, codePage.statusCode());
        Matcher codeState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(codePage.body());
        assertTrue(codeState.find(), "the code form has a view state");
        Map<String, String> code = new LinkedHashMap<>();
        code.put("step", "step");
        code.put("step:code", org.serviceportal.testing.Codes.next(PortalServer.ADMIN_TOTP_SECRET));
        code.put("step:next", "");
        code.put("step:submit", "");
        code.put("jakarta.faces.ViewState", codeState.group(1));
        String codeBody = String.join("&", code.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
        var signedIn = client.send(withCookies(HttpRequest.newBuilder(URI.create(node + "/sign-in-code.xhtml")), cookies)
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(codeBody)).build(), HttpResponse.BodyHandlers.ofString());
        keepCookies(signedIn, cookies);
        assertTrue(signedIn.statusCode() == 302 || signedIn.statusCode() == 303, "the code step answered "
                + signedIn.statusCode());
    }

    /** The HTML of the form with this id. */
    private static String form(String html, String id) {
        Matcher m = Pattern.compile("<form id=\"" + Pattern.quote(id) + "\"[\\s\\S]*?</form>").matcher(html);
        assertTrue(m.find(), "a form " + id);
        return m.group();
    }

    /** Where the form posts to: its action, without the host. */
    private static String formAction(String html, String id) {
        Matcher m = Pattern.compile("action=\"([^\"]+)\"").matcher(form(html, id));
        assertTrue(m.find(), "the form's action");
        return unescape(m.group(1));
    }

    /** The fields a browser sends for the form as it is: its inputs with their values, each select's chosen option. */
    private static Map<String, String> formFields(String html, String id) {
        String form = form(html, id);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input\\b[^>]*>").matcher(form);
        while (input.find()) {
            String tag = input.group();
            String type = attribute(tag, "type");
            String name = attribute(tag, "name");
            if (name == null || "submit".equals(type) || "button".equals(type)
                    || (("checkbox".equals(type) || "radio".equals(type)) && !tag.contains("checked"))) {
                continue;
            }
            fields.put(name, Objects.requireNonNullElse(attribute(tag, "value"), ""));
        }
        Matcher select = Pattern.compile("<select\\b([^>]*)>([\\s\\S]*?)</select>").matcher(form);
        while (select.find()) {
            String name = attribute(select.group(1), "name");
            Matcher option = Pattern.compile("<option\\b[^>]*>").matcher(select.group(2));
            String chosen = null;
            while (option.find()) {
                if (chosen == null || option.group().contains("selected")) {
                    chosen = attribute(option.group(), "value");
                }
            }
            if (name != null && chosen != null) {
                fields.put(name, chosen);
            }
        }
        fields.put(id, id);
        // PrimeFaces' script adds the page's CSP nonce to every form before it is sent; so does this
        Matcher nonce = Pattern.compile("<script\\b[^>]*\\snonce=\"([^\"]+)\"").matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return fields;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String formBody(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    }

    private static HttpResponse<String> page(Map<String, String> cookies, URI node, String path) throws Exception {
        var r = client.send(withCookies(HttpRequest.newBuilder(URI.create(node + path)), cookies)
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        keepCookies(r, cookies);
        return r;
    }

    private static HttpRequest.Builder withCookies(HttpRequest.Builder request, Map<String, String> cookies) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        return request;
    }

    /** The name and value of each Set-Cookie, as they came (a browser sends them back unchanged). */
    private static void keepCookies(HttpResponse<?> response, Map<String, String> cookies) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
    }

    private static HttpResponse<String> send(URI node, String method, String path, String json, String auth)
            throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create(node + path)).timeout(Duration.ofSeconds(20));
        if (auth != null) {
            builder.header("Authorization", auth);
        }
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A product's status in a node's {@code GET /api/v1/status}; null while the node does not list it. */
    private static String apiStatus(URI node, String product) throws Exception {
        var status = object(send(node, "GET", "/api/v1/status", null, null).body());
        return status.getJsonArray("products").getValuesAs(JsonObject.class).stream()
                .filter(p -> product.equals(p.getString("code"))).map(p -> p.getString("status")).findFirst().orElse(null);
    }

    private static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    /** Waits until the check holds, at most {@link #PROPAGATION}; answers when it held (System.nanoTime). */
    private static long awaitTrue(Check check) throws Exception {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.ok()) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not seen on the other node within " + PROPAGATION.toSeconds() + " s");
    }

    /**
     * Waits until no mail to these recipients is pending in the outbox: each is then sent (or failed) and
     * marked, so no node can send it again, and what the mail server holds is final.
     */
    private static void awaitNothingPendingFor(URI node, List<String> recipients) throws Exception {
        Set<String> ours = Set.copyOf(recipients);
        Wait.until("no mail pending to " + recipients.size() + " recipients", Duration.ofSeconds(60), () -> {
            var r = send(node, "GET", "/api/v1/outbox?status=PENDING&max=500", null, adminToken);
            return r.statusCode() == 200 && Json.createReader(new StringReader(r.body())).readArray().stream()
                    .map(v -> v.asJsonObject().getString("recipient")).noneMatch(ours::contains);
        });
    }

    private static void awaitLog(PortalProcess node, String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(node.log()).contains(text)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no '" + text + "' in " + node.log() + "\n" + node.tail());
    }

    /** Message-IDs received per recipient (only the recipients asked for), waiting until each has one. */
    private static Map<String, List<String>> awaitMail(List<String> recipients, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, List<String>> got = byRecipient(recipients);
        while (System.nanoTime() < deadline && got.size() < Set.copyOf(recipients).size()) {
            Thread.sleep(500);
            got = byRecipient(recipients);
        }
        return got;
    }

    private static Map<String, List<String>> byRecipient(List<String> recipients) throws MessagingException {
        Set<String> wanted = Set.copyOf(recipients);
        Map<String, List<String>> got = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            for (var address : m.getAllRecipients()) {
                if (wanted.contains(address.toString())) {
                    got.computeIfAbsent(address.toString(), k -> new ArrayList<>()).add(m.getMessageID());
                }
            }
        }
        return got;
    }
}
