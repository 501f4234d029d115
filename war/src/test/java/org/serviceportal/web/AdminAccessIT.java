package org.serviceportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.platform.security.AdminViews;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.PageSession;
import org.serviceportal.testing.PortalServer;

/**
 * Walks every admin page and every guarded write of the API as each role (anonymous, operator,
 * editor, administrator) and checks the answer against the rules: the page table
 * ({@link AdminViews}) and the resources' {@code @RolesAllowed}.
 */
@ExtendWith(PortalServer.class)
class AdminAccessIT {

    private static final List<String> ROLES = List.of("operator", "editor", "administrator");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAdminPageAnswersEachRoleAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        var anonymous = new PageSession();
        Map<String, PageSession> sessions = new LinkedHashMap<>();
        for (String role : ROLES) {
            var s = new PageSession();
            if (role.equals("administrator")) {
                // a local administrator signs in with a second factor: the one the test portal gave admin
                s.logIn("admin", PortalServer.ADMIN_PASSWORD, PortalServer.ADMIN_TOTP_SECRET);
            } else {
                String[] user = Api.newUserCredentials(role);
                s.logIn(user[0], user[1]);
            }
            assertEquals(200, s.get("/admin/index.xhtml").statusCode(), role + " signs in");
            sessions.put(role, s);
        }
        for (var page : AdminViews.ROLES.entrySet()) {
            var a = anonymous.get(page.getKey());
            if (!PageSession.toLogin(a)) {
                wrong.add("anonymous " + page.getKey() + " -> " + a.statusCode());
            }
            for (String role : ROLES) {
                boolean allowed = page.getValue().stream().anyMatch(r -> r.roleName().equals(role));
                var r = sessions.get(role).get(page.getKey());
                boolean ok = allowed ? r.statusCode() != 403 && !PageSession.toLogin(r) && r.statusCode() < 500
                        : r.statusCode() == 403;
                if (!ok) {
                    wrong.add(role + " " + page.getKey() + " -> " + r.statusCode() + (allowed ? " (allowed)" : " (not allowed)"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void backupsAreRefusedToOperatorsAndEditorsOnThePageAsOnTheApi() {
        for (String role : List.of("operator", "editor")) {
            String[] user = Api.newUserCredentials(role);
            var s = new PageSession();
            s.logIn(user[0], user[1]);
            assertEquals(403, s.get("/admin/backups.xhtml").statusCode(), role);
            assertEquals(403, send("POST", "/api/v1/backups", null, Api.Auth.basic(user[0], user[1])).statusCode(), role);
        }
    }

    /** One guarded write operation of the API. */
    private record Operation(String method, String path, Set<String> roles, boolean hasBody, String mediaType,
            boolean parameterless) {
    }

    @Test
    void everyGuardedWriteOfTheApiAnswersEachRoleAsItsRolesAllowedSay() throws Exception {
        Map<String, Api.Auth> callers = new LinkedHashMap<>();
        for (String role : ROLES) {
            var issued = send("POST", "/api/v1/api-tokens", json("name", "walk-" + role, "role", role.toUpperCase(),
                    "validDays", 1), ADMIN);
            assertEquals(201, issued.statusCode(), issued.body());
            callers.put(role, Api.Auth.bearer(object(issued).getString("secret")));
        }
        List<Operation> operations = operations();
        assertTrue(operations.size() >= 30, "the walk finds the API's writes: " + operations.size());
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations) {
            int anonymous = call(op, Api.Auth.NONE, "{}");
            if (anonymous != 401) {
                wrong.add("anonymous " + op.method() + " " + op.path() + " -> " + anonymous);
            }
            for (String role : ROLES) {
                boolean allowed = op.roles().contains(role);
                if (allowed && op.parameterless() && !op.hasBody()) {
                    // would really act (a backup, a test mail); the allowed side is covered by its own IT
                    continue;
                }
                // an allowed caller sends a broken body, so that nothing is changed
                int status = call(op, callers.get(role), allowed ? "{" : "{}");
                boolean ok = allowed ? status != 401 && status != 403 && status < 500 : status == 403;
                if (!ok) {
                    wrong.add(role + " " + op.method() + " " + op.path() + " -> " + status
                            + (allowed ? " (allowed)" : " (not allowed)"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static int call(Operation op, Api.Auth auth, String body) throws IOException, InterruptedException {
        var b = HttpRequest.newBuilder(PortalServer.uri(op.path())).timeout(Duration.ofSeconds(30));
        if (auth.header() != null) {
            b.header("Authorization", auth.header());
        }
        if (op.hasBody()) {
            b.header("Content-Type", op.mediaType()).method(op.method(), HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(op.method(), HttpRequest.BodyPublishers.noBody());
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The guarded POST, PUT and DELETE operations of every resource class in the WAR. */
    private static List<Operation> operations() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Operation> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, AdminAccessIT.class.getClassLoader());
                jakarta.ws.rs.Path path = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (path == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String method = m.isAnnotationPresent(POST.class) ? "POST" : m.isAnnotationPresent(PUT.class) ? "PUT"
                            : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                    RolesAllowed allowed = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                            : type.getAnnotation(RolesAllowed.class);
                    if (method == null || allowed == null) {
                        continue;
                    }
                    String sub = m.isAnnotationPresent(jakarta.ws.rs.Path.class) ? m.getAnnotation(jakarta.ws.rs.Path.class).value() : "";
                    String full = ("/api/v1/" + path.value() + "/" + sub).replaceAll("/+", "/").replaceAll("/$", "")
                            .replaceAll("\\{[^}]+\\}", "999999");
                    boolean hasBody = Arrays.stream(m.getParameterAnnotations()).anyMatch(AdminAccessIT::isEntity);
                    Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class)
                            : type.getAnnotation(Consumes.class);
                    String mediaType = consumes == null ? "application/json" : consumes.value()[0];
                    found.add(new Operation(method, full, Set.of(allowed.value()), hasBody || !"DELETE".equals(method) && consumes != null,
                            mediaType, !full.contains("999999")));
                }
            }
        }
        return found;
    }

    private static final Set<Class<? extends Annotation>> NOT_ENTITY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    private static boolean isEntity(Annotation[] annotations) {
        return Arrays.stream(annotations).noneMatch(a -> NOT_ENTITY.contains(a.annotationType()));
    }
}
