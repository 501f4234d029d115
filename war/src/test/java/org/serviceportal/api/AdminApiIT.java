package org.serviceportal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serviceportal.testing.Api.ADMIN;
import static org.serviceportal.testing.Api.array;
import static org.serviceportal.testing.Api.get;
import static org.serviceportal.testing.Api.json;
import static org.serviceportal.testing.Api.object;
import static org.serviceportal.testing.Api.send;
import static org.serviceportal.testing.Api.strings;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.testing.Api;
import org.serviceportal.testing.Api.Auth;
import org.serviceportal.testing.PortalServer;

/** The writing part of the API: roles, validation, versions, audit, tokens, throttling, encoding. */
@ExtendWith(PortalServer.class)
class AdminApiIT {

    private record Call(String method, String path, String body, boolean administratorOnly) {
    }

    private static final String FAQ_BODY = json("category", "onderhoud", "questionNl", "V?", "questionEn", "Q?",
            "answerNl", "A", "answerEn", "A", "sortOrder", 9, "published", false, "version", 0);
    private static final String CONTACT_BODY = json("roleNl", "Rol", "roleEn", "Role", "sortOrder", 5,
            "products", strings(), "version", 0);

    private static final List<Call> WRITES = List.of(
            new Call("PUT", "/api/v1/support-lines/1", "{}", true),
            new Call("POST", "/api/v1/escalation-contacts", CONTACT_BODY, false),
            new Call("PUT", "/api/v1/escalation-contacts/1", CONTACT_BODY, false),
            new Call("DELETE", "/api/v1/escalation-contacts/1?version=0", null, false),
            new Call("GET", "/api/v1/faq/1", null, false),
            new Call("POST", "/api/v1/faq", FAQ_BODY, false),
            new Call("PUT", "/api/v1/faq/1", FAQ_BODY, false),
            new Call("DELETE", "/api/v1/faq/1?version=0", null, false),
            new Call("POST", "/api/v1/products", "{}", true),
            new Call("PUT", "/api/v1/products/sleutelbeheer", "{}", true),
            new Call("GET", "/api/v1/users", null, true),
            new Call("POST", "/api/v1/users", "{}", true),
            new Call("PUT", "/api/v1/users/1", "{}", true),
            new Call("GET", "/api/v1/api-tokens", null, true),
            new Call("POST", "/api/v1/api-tokens", "{}", true),
            new Call("DELETE", "/api/v1/api-tokens/1", null, true),
            new Call("GET", "/api/v1/audit-entries", null, true),
            new Call("GET", "/api/v1/outbox", null, true),
            new Call("POST", "/api/v1/outbox/test-mail", "{}", true),
            new Call("POST", "/api/v1/outbox/1/retry", null, true),
            new Call("GET", "/api/v1/backups", null, true),
            new Call("POST", "/api/v1/backups", null, true),
            new Call("DELETE", "/api/v1/backups/backup-20260101T000000Z", null, true));

    @Test
    void everyWritingEndpointRefusesAnonymousCallersWith401() {
        for (Call c : WRITES) {
            var response = send(c.method(), c.path(), c.body(), Auth.NONE);
            assertEquals(401, response.statusCode(), c.method() + " " + c.path());
            assertTrue(Api.isProblem(response), c.path());
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic"), c.path());
        }
    }

    @Test
    void wrongCredentialsAnswer401() {
        var wrongPassword = send("GET", "/api/v1/users", null, Auth.basic("admin", "wrong-password-0"));
        assertEquals(401, wrongPassword.statusCode());
        var unknownToken = send("GET", "/api/v1/users", null, Auth.bearer("sp_" + UUID.randomUUID()));
        assertEquals(401, unknownToken.statusCode());
        assertTrue(Api.isProblem(unknownToken));
    }

    @Test
    void everyWritingEndpointRefusesTheWrongRoleWith403() {
        Auth operator = Api.newUser("operator");
        Auth editor = Api.newUser("editor");
        for (Call c : WRITES) {
            var response = send(c.method(), c.path(), c.body(), operator);
            assertEquals(403, response.statusCode(), "operator: " + c.method() + " " + c.path());
            assertTrue(Api.isProblem(response));
            if (c.administratorOnly()) {
                assertEquals(403, send(c.method(), c.path(), c.body(), editor).statusCode(),
                        "editor: " + c.method() + " " + c.path());
            }
        }
    }

    @Test
    void badInputGetsFieldMessagesAndChangesNothing() {
        Auth editor = Api.newUser("editor");
        int before = array(get("/api/v1/faq")).size();

        var missing = send("POST", "/api/v1/faq", json("category", "onderhoud", "questionEn", "Q", "answerNl", "A",
                "answerEn", "A", "sortOrder", 1, "published", true, "version", 0), editor);
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(Api.isProblem(missing));
        var fields = object(missing).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.contains("questionNl"), fields.toString());

        var malformed = send("POST", "/api/v1/faq", "{\"category\": ", editor);
        assertEquals(400, malformed.statusCode());
        assertTrue(Api.isProblem(malformed));

        var unknownCategory = send("POST", "/api/v1/faq", json("category", "no-such", "questionNl", "V",
                "questionEn", "Q", "answerNl", "A", "answerEn", "A", "sortOrder", 1, "published", true, "version", 0), editor);
        assertEquals(400, unknownCategory.statusCode());
        assertEquals("category", object(unknownCategory).getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(before, array(get("/api/v1/faq")).size(), "nothing was written");

        JsonObject contact = object(get("/api/v1/escalation-contacts/1"));
        var badEmail = send("PUT", "/api/v1/escalation-contacts/1", json("roleNl", "X", "roleEn", "X",
                "email", "not-an-address", "sortOrder", 1, "products", strings(), "version", contact.getInt("version")), editor);
        assertEquals(400, badEmail.statusCode());
        assertEquals("email", object(badEmail).getJsonArray("errors").getJsonObject(0).getString("field"));
        var badProduct = send("PUT", "/api/v1/escalation-contacts/1", json("roleNl", "X", "roleEn", "X",
                "sortOrder", 1, "products", strings("no-such-product"), "version", contact.getInt("version")), editor);
        assertEquals(400, badProduct.statusCode());
        assertEquals(contact, object(get("/api/v1/escalation-contacts/1")), "the contact is unchanged");
    }

    @Test
    void aStaleVersionIsRefusedWith409AndChangesNothing() {
        Auth editor = Api.newUser("editor");
        var created = send("POST", "/api/v1/faq", json("category", "onderhoud", "questionNl", "Oud?",
                "questionEn", "Old?", "answerNl", "A", "answerEn", "A", "sortOrder", 20, "published", false, "version", 0), editor);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").contains("/api/v1/faq/"));
        JsonObject entry = object(created);
        long id = entry.getJsonNumber("id").longValue();
        int version = entry.getInt("version");

        var first = send("PUT", "/api/v1/faq/" + id, json("category", "onderhoud", "questionNl", "Eerste?",
                "questionEn", "First?", "answerNl", "A", "answerEn", "A", "sortOrder", 20, "published", false,
                "version", version), editor);
        assertEquals(200, first.statusCode(), first.body());
        var second = send("PUT", "/api/v1/faq/" + id, json("category", "onderhoud", "questionNl", "Tweede?",
                "questionEn", "Second?", "answerNl", "A", "answerEn", "A", "sortOrder", 20, "published", false,
                "version", version), editor);
        assertEquals(409, second.statusCode());
        assertTrue(Api.isProblem(second));
        assertEquals("Eerste?", object(get("/api/v1/faq/" + id, editor)).getString("questionNl"));
    }

    @Test
    void changesAreAuditedWithWhoBeforeAndAfter() {
        String[] editor = Api.newUserCredentials("editor");
        Auth auth = Auth.basic(editor[0], editor[1]);
        JsonObject contact = object(get("/api/v1/escalation-contacts/1"));
        String name = "Naam " + UUID.randomUUID().toString().substring(0, 6);
        var updated = send("PUT", "/api/v1/escalation-contacts/1", json("roleNl", "Service Delivery Manager",
                "roleEn", "Service Delivery Manager", "name", name, "email", "sdm@example.org", "sortOrder", 1,
                "products", strings(), "version", contact.getInt("version")), auth);
        assertEquals(200, updated.statusCode(), updated.body());

        var entries = array(get("/api/v1/audit-entries?entityType=EscalationContact&actor=" + editor[0], ADMIN))
                .getValuesAs(JsonObject.class);
        assertFalse(entries.isEmpty());
        JsonObject entry = entries.get(0);
        assertEquals(editor[0], entry.getString("actor"));
        assertEquals("UPDATE", entry.getString("action"));
        assertEquals("1", entry.getString("entityId"));
        assertTrue(entry.getString("after").contains(name));
        assertFalse(entry.getString("before").contains(name));
    }

    @Test
    void bearerTokensCarryTheirRoleAndStopWorkingWhenRevoked() {
        String tokenName = "monitoring-" + UUID.randomUUID().toString().substring(0, 6);
        var issued = send("POST", "/api/v1/api-tokens", json("name", tokenName, "role", "EDITOR", "validDays", 30), ADMIN);
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject token = object(issued);
        String secret = token.getString("secret");
        assertTrue(secret.startsWith("sp_"));
        Auth bearer = Auth.bearer(secret);

        assertEquals(403, send("GET", "/api/v1/users", null, bearer).statusCode(), "an editor token is no administrator");
        var created = send("POST", "/api/v1/faq", json("category", "onderhoud", "questionNl", "Token?",
                "questionEn", "Token?", "answerNl", "A", "answerEn", "A", "sortOrder", 30, "published", false,
                "version", 0), bearer);
        assertEquals(201, created.statusCode(), created.body());
        var audit = array(get("/api/v1/audit-entries?entityType=FaqEntry&actor=token:" + tokenName, ADMIN));
        assertEquals(1, audit.size(), "the token is named in the audit log");

        var listed = array(get("/api/v1/api-tokens", ADMIN)).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals(tokenName)).findFirst().orElseThrow();
        assertFalse(listed.containsKey("secret"), "a token's secret is shown once only");
        assertEquals(204, send("DELETE", "/api/v1/api-tokens/" + token.getJsonNumber("id").longValue(), null, ADMIN)
                .statusCode());
        assertEquals(401, send("GET", "/api/v1/faq/1", null, bearer).statusCode());
    }

    @Test
    void repeatedWrongPasswordsLockTheUserNameForAWhile() {
        String[] user = Api.newUserCredentials("operator");
        for (int i = 0; i < 8; i++) {
            assertEquals(401, send("GET", "/api/v1/users", null, Auth.basic(user[0], "wrong-" + i)).statusCode());
        }
        HttpResponse<String> right = send("GET", "/api/v1/users", null, Auth.basic(user[0], user[1]));
        assertEquals(401, right.statusCode(), "the right password is refused while the name is throttled");
    }

    @Test
    void markupAndExpressionsInStoredTextComeBackAsText() {
        Auth editor = Api.newUser("editor");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String question = "Q" + marker + " <script>alert(1)</script> <img src=x onerror=alert(2)> #{7*7} ${7*7}";
        var created = send("POST", "/api/v1/faq", json("category", "onderhoud", "questionNl", question,
                "questionEn", question, "answerNl", "<b>vet</b> #{7*7}", "answerEn", "<b>bold</b> ${7*7}",
                "sortOrder", 40, "published", true, "version", 0), editor);
        assertEquals(201, created.statusCode(), created.body());
        var found = array(get("/api/v1/faq?q=Q" + marker)).getValuesAs(JsonObject.class);
        assertEquals(1, found.size());
        assertEquals(question, found.get(0).getString("question"));

        String page = get("/public/faq.xhtml?q=Q" + marker).body();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "script shown as text");
        assertTrue(page.contains("&lt;img src=x onerror=alert(2)&gt;"), "img shown as text");
        assertFalse(page.contains("<script>alert(1)"), "no live script");
        assertFalse(page.contains("<img src=x"), "no live image");
        assertTrue(page.contains("#{7*7} ${7*7}"), "expressions are not evaluated");
        assertTrue(page.contains("&lt;b&gt;vet&lt;/b&gt; #{7*7}"));
    }

    @Test
    void administratorsCreateUsersAndChangeProducts() {
        var product = object(get("/api/v1/products/sleutelbeheer"));
        var change = json("nameNl", "Sleutelbeheer", "nameEn", "Key management", "descriptionNl",
                product.getString("descriptionNl"), "descriptionEn", product.getString("descriptionEn"),
                "sortOrder", product.getInt("sortOrder"), "dependsOnProducts", strings("toegangsbeheer"),
                "dependsOnExternal", strings(), "version", product.getInt("version"));
        var updated = send("PUT", "/api/v1/products/sleutelbeheer", change, ADMIN);
        assertEquals(200, updated.statusCode(), updated.body());
        var listed = array(get("/api/v1/products")).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("sleutelbeheer")).findFirst().orElseThrow();
        assertEquals(List.of("toegangsbeheer"), listed.getJsonArray("dependsOn").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        var selfDependency = send("PUT", "/api/v1/products/sleutelbeheer", json("nameNl", "X", "nameEn", "X",
                "sortOrder", 1, "dependsOnProducts", strings("sleutelbeheer"), "dependsOnExternal", strings(),
                "version", object(updated).getInt("version")), ADMIN);
        assertEquals(400, selfDependency.statusCode());

        var shortPassword = send("POST", "/api/v1/users", json("username", "short-" + UUID.randomUUID().toString()
                .substring(0, 4), "displayName", "S", "password", "short", "roles", strings("EDITOR")), ADMIN);
        assertEquals(400, shortPassword.statusCode());
        assertEquals("password", object(shortPassword).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    /** A problem's title, detail and field messages, for comparing answers in two languages. */
    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(Api.isProblem(response), response.headers().toString());
        JsonObject problem = object(response);
        assertEquals(status, problem.getInt("status"));
        return problem;
    }

    @Test
    void errorsAreWrittenInTheRequestsLanguageDutchByDefault() {
        String bad = json("roleNl", "", "roleEn", "Role", "email", "not-an-address", "sortOrder", 50,
                "products", strings(), "version", 0);
        for (String[] lang : new String[][] {{null, "Ongeldig verzoek", "Het verzoek heeft ongeldige velden.",
                "Vul dit in.", "Dit is geen geldig e-mailadres."},
                {"nl-BE,nl;q=0.9,en;q=0.8", "Ongeldig verzoek", "Het verzoek heeft ongeldige velden.", "Vul dit in.",
                        "Dit is geen geldig e-mailadres."},
                {"en-GB,en;q=0.9", "Bad Request", "The request has invalid fields.", "Fill this in.",
                        "This is not a valid e-mail address."}}) {
            JsonObject p = problem(send("POST", "/api/v1/escalation-contacts", bad, ADMIN, lang[0]), 400);
            assertEquals(lang[1], p.getString("title"), p.toString());
            assertEquals(lang[2], p.getString("detail"), p.toString());
            var errors = p.getJsonArray("errors").getValuesAs(JsonObject.class);
            assertEquals(List.of("email: " + lang[4], "roleNl: " + lang[3]),
                    errors.stream().map(e -> e.getString("field") + ": " + e.getString("message")).sorted().toList());
        }
    }

    @Test
    void notFoundUnauthorizedAndForbiddenAreWrittenInTheRequestsLanguage() {
        JsonObject nl = problem(send("GET", "/api/v1/escalation-contacts/999999", null, Auth.NONE, null), 404);
        assertEquals("Niet gevonden", nl.getString("title"));
        assertEquals("Escalatiecontact 999999 bestaat niet.", nl.getString("detail"));
        JsonObject en = problem(send("GET", "/api/v1/escalation-contacts/999999", null, Auth.NONE, "en"), 404);
        assertEquals("Not Found", en.getString("title"));
        assertEquals("Escalation contact 999999 does not exist.", en.getString("detail"));
        assertEquals("Op dit adres is niets te vinden.",
                problem(send("GET", "/api/v1/no-such-thing", null, Auth.NONE, "nl"), 404).getString("detail"));
        assertEquals("There is nothing at this address.",
                problem(send("GET", "/api/v1/no-such-thing?lang=en", null, Auth.NONE, "nl"), 404).getString("detail"),
                "?lang= wins over the header");

        var anonymous = send("GET", "/api/v1/audit-entries", null, Auth.NONE, null);
        JsonObject login = problem(anonymous, 401);
        assertEquals("Niet aangemeld", login.getString("title"));
        assertEquals("Meld je aan met HTTP Basic of met een API-token (Bearer).", login.getString("detail"));
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic"));
        assertEquals("Unauthorized", problem(send("GET", "/api/v1/audit-entries", null, Auth.NONE, "en"), 401)
                .getString("title"));
        var wrong = Auth.basic("nobody-" + UUID.randomUUID(), "not-a-password");
        assertEquals("De aanmeldgegevens ontbreken, zijn fout of zijn verlopen.",
                problem(send("GET", "/api/v1/audit-entries", null, wrong, null), 401).getString("detail"));
        assertEquals("The credentials are missing, wrong or expired.",
                problem(send("GET", "/api/v1/audit-entries", null, wrong, "en"), 401).getString("detail"));

        Auth operator = Api.newUser("operator");
        JsonObject refusedNl = problem(send("GET", "/api/v1/audit-entries", null, operator, null), 403);
        assertEquals("Geen toegang", refusedNl.getString("title"));
        assertEquals("Je rol laat dit niet toe.", refusedNl.getString("detail"));
        JsonObject refusedEn = problem(send("GET", "/api/v1/audit-entries", null, operator, "en"), 403);
        assertEquals("Forbidden", refusedEn.getString("title"));
        assertEquals("Your role does not allow this.", refusedEn.getString("detail"));
    }
}
