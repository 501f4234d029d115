package org.serviceportal.platform.error;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;

/**
 * RFC 9457 problem details, the one error format of the API. Titles and details are texts of the
 * bundles in the request's language ({@link #language}): {@code error.http.<status>.title} and a
 * detail key per kind of answer.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One field's complaint, for validation problems. */
    public record FieldError(String field, String message) {
    }

    private Problems() {
    }

    /** The language of an API answer: see {@link ProblemTexts#language(String, String)}. */
    public static Language language(String lang, String acceptLanguage) {
        return ProblemTexts.language(lang, acceptLanguage);
    }

    /** The language of a request answered before JAX-RS is reached. */
    public static Language language(HttpServletRequest request) {
        return ProblemTexts.language(request);
    }

    /** The title of a status in a language ("Niet gevonden", "Not Found"). */
    public static String title(int status, Language language) {
        return ProblemTexts.title(status, language);
    }

    /** A problem whose title and detail are texts of the bundle in {@code language}. */
    public static Response response(int status, Language language, String detailKey, Object... args) {
        return response(status, problem(status, title(status, language),
                CurrentLanguage.message(language, detailKey, args)).build());
    }

    /** The same for filters and the authentication mechanism, which answer before JAX-RS is reached. */
    public static void write(HttpServletResponse response, int status, Language language, String detailKey,
            Object... args) throws IOException {
        write(response, status, title(status, language), CurrentLanguage.message(language, detailKey, args));
    }

    public static JsonObjectBuilder problem(int status, String title, String detail) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        return b;
    }

    public static Response response(int status, String title, String detail) {
        return response(status, problem(status, title, detail).build());
    }

    public static Response response(int status, JsonObject body) {
        return Response.status(status).type(PROBLEM_JSON).entity(body.toString()).build();
    }

    public static Response validation(String detail, List<FieldError> errors) {
        var array = Json.createArrayBuilder();
        errors.forEach(e -> array.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
        return response(400, problem(400, "Bad Request", detail).add("errors", array).build());
    }

    /** For filters and the authentication mechanism, which answer before JAX-RS is reached. */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem(status, title, detail).build().toString());
        response.getWriter().flush();
    }
}
