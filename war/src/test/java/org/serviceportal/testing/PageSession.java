package org.serviceportal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: an HTTP client that keeps its cookies, signs in through the login
 * form and posts Faces forms, optionally speaking as another client address through the trusted
 * proxy's {@code X-Forwarded-For}.
 */
public final class PageSession {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String address;

    /** Speaks as this client address from now on (null: as the loopback client itself). */
    public PageSession from(String address) {
        this.address = address;
        return this;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String path) {
        return send(builder(path).GET());
    }

    /** Posts a form (fields in order, URL-encoded). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = String.join("&", fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Signs in through the login form and, when the portal asks for it, the second step with a code
     * of {@code totpSecret} (Base32); the last answer (302 on success).
     */
    public HttpResponse<String> logIn(String username, String password, String totpSecret) {
        var answer = logIn(username, password);
        String location = answer.headers().firstValue("Location").orElse("");
        if (totpSecret == null || !location.contains("/sign-in-code.xhtml")) {
            return answer;
        }
        String path = location.replaceFirst("^https?://[^/]+", "");
        var step = get(path);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("step", "step");
        fields.put("step:code", Codes.next(totpSecret));
        Matcher next = Pattern.compile("id=\"step:next\"[^>]*value=\"([^\"]*)\"").matcher(step.body());
        fields.put("step:next", next.find() ? next.group(1) : "");
        fields.put("step:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(step));
        return post("/sign-in-code.xhtml", fields);
    }

    /** Signs in through the login form; the answer of the form's POST (302 on success). */
    public HttpResponse<String> logIn(String username, String password) {
        var form = get("/login.xhtml");
        if (form.statusCode() != 200) {
            throw new IllegalStateException("the login page answered " + form.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:next", "");
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(form));
        return post("/login.xhtml", fields);
    }

    /** The Faces view state in a rendered page. */
    public static String viewState(HttpResponse<String> page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state in " + page.uri());
        }
        return m.group(1);
    }

    /** Whether the answer sends the visitor to the login page. */
    public static boolean toLogin(HttpResponse<String> response) {
        return (response.statusCode() == 302 || response.statusCode() == 303)
                && response.headers().firstValue("Location").orElse("").contains("/login.xhtml");
    }

    private HttpRequest.Builder builder(String path) {
        var b = HttpRequest.newBuilder(URI.create(PortalServer.base() + path)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        if (address != null) {
            b.header("X-Forwarded-For", address);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            var r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : r.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).strip();
                    String value = pair.substring(eq + 1).strip();
                    if (value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
