package org.serviceportal.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;

/**
 * The words of a problem: the language it is written in and the titles of the statuses, from the
 * bundles. Apart from {@link Problems} so that it needs no JAX-RS runtime (and is tested alone).
 */
public final class ProblemTexts {

    private ProblemTexts() {
    }

    /**
     * The language of an API answer: {@code ?lang=nl|en}, else the first of {@code nl} or {@code en}
     * in {@code Accept-Language}, else Dutch, the portal's default.
     */
    public static Language language(String lang, String acceptLanguage) {
        Optional<Language> chosen = Language.fromCode(lang);
        return chosen.isPresent() ? chosen.get()
                : Language.fromAcceptLanguage(acceptLanguage).orElse(Language.DEFAULT);
    }

    /** The language of a request answered before JAX-RS is reached (the query is read as is, never a form body). */
    public static Language language(HttpServletRequest request) {
        return language(queryParameter(request.getQueryString(), "lang"), request.getHeader("Accept-Language"));
    }

    private static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The title of a status in a language ("Niet gevonden", "Not Found"). */
    public static String title(int status, Language language) {
        String key = "error.http." + status + ".title";
        if (CurrentLanguage.has(language, key)) {
            return CurrentLanguage.message(language, key);
        }
        var reason = Response.Status.fromStatusCode(status);
        return reason == null ? CurrentLanguage.message(language, "error.http.title") : reason.getReasonPhrase();
    }

}
