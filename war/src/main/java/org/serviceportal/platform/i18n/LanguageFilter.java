package org.serviceportal.platform.i18n;

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
 * cookie for a year; otherwise the cookie; otherwise Dutch.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    public static final String COOKIE = "portal-lang";
    public static final String ATTRIBUTE = LanguageFilter.class.getName() + ".language";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Language> chosen = Language.fromCode(request.getParameter("lang"));
        Language language;
        if (chosen.isPresent()) {
            language = chosen.get();
            Cookie cookie = new Cookie(COOKIE, language.code());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        } else {
            language = fromCookie(request).orElse(Language.DEFAULT);
        }
        request.setAttribute(ATTRIBUTE, language);
        chain.doFilter(request, response);
    }

    private static Optional<Language> fromCookie(HttpServletRequest request) {
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
