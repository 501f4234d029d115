package org.serviceportal.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.ResourceBundle;

/** The language of the current request, as views and beans see it ({@code #{lang}}). */
@Named("lang")
@RequestScoped
public class CurrentLanguage {

    public static final String BUNDLE = "i18n.messages";

    @Inject
    HttpServletRequest request;

    public Language getLanguage() {
        return request.getAttribute(LanguageFilter.ATTRIBUTE) instanceof Language l ? l : Language.DEFAULT;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public String getCode() {
        return getLanguage().code();
    }

    /** The other language, for the switch link. */
    public Language getOther() {
        return getLanguage() == Language.NL ? Language.EN : Language.NL;
    }

    /**
     * The link to this page in the other language: the page's own query (a FAQ search, the reference
     * and key of a followed incident) is kept, only {@code lang} changes.
     */
    public String getSwitchHref() {
        return switchHref(request.getQueryString(), getOther());
    }

    static String switchHref(String query, Language to) {
        StringBuilder href = new StringBuilder("?");
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=")) {
                    href.append(pair).append('&');
                }
            }
        }
        return href.append("lang=").append(to.code()).toString();
    }

    public String pick(String nl, String en) {
        return getLanguage().pick(nl, en);
    }

    /** A text of the bundle in the current language (for messages made in Java). */
    public String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, getLocale(), CurrentLanguage.class.getClassLoader()).getString(key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, getLocale()).format(args);
    }
}
