package org.serviceportal.platform.i18n;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Chooses the language of a page: {@code ?lang=en} on any page switches and is remembered in a
 * cookie for a year; otherwise the cookie; otherwise Dutch. The cookie is set only when the choice
 * differs from what the visitor had (a switch), never on an ordinary page view: a response without
 * {@code Set-Cookie} is one that shared caches and page snapshots can serve to everyone.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "*.xhtml",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class LanguageFilter extends HttpFilter {

    public static final String COOKIE = "portal-lang";
    public static final String ATTRIBUTE = LanguageFilter.class.getName() + ".language";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(ATTRIBUTE) != null) {
            // an error page or forward within a request whose language is known already
            chain.doFilter(request, response);
            return;
        }
        Language language = choose(request, response);
        request.setAttribute(ATTRIBUTE, language);
        chain.doFilter(request, response);
    }

    /**
     * The language of this request; when {@code ?lang=} switches to another language than the
     * visitor's cookie (or the default without one), the cookie that remembers it is added to the
     * response.
     */
    public static Language choose(HttpServletRequest request, HttpServletResponse response) {
        Language had = fromCookie(request).orElse(Language.DEFAULT);
        Optional<Language> chosen = Language.fromCode(queryParameter(request.getQueryString(), "lang"));
        if (chosen.isEmpty() || chosen.get() == had) {
            return had;
        }
        Language language = chosen.get();
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return language;
    }

    /** Whether {@link #choose} sets the cookie for this request: a switch to another language. */
    public static boolean switches(HttpServletRequest request) {
        Optional<Language> chosen = Language.fromCode(queryParameter(request.getQueryString(), "lang"));
        return chosen.isPresent() && chosen.get() != fromCookie(request).orElse(Language.DEFAULT);
    }

    /**
     * Reads one parameter from the query string itself: calling getParameter here would decode the
     * body of a Faces POST before Faces has set its character encoding.
     */
    static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static Optional<Language> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return Language.fromCode(c.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
