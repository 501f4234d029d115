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
        return message(getLanguage(), key, args);
    }

    /**
     * A text of the bundle in the given language, its arguments filled in ({@link java.text.MessageFormat});
     * the one bundle look-up of mails, feeds, errors and pages made in Java.
     *
     * @throws java.util.MissingResourceException when the bundle has no such key
     */
    public static String message(Language language, String key, Object... args) {
        String pattern = bundle(language).getString(key);
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] filled = args.clone();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof Localized l) {
                filled[i] = l.in(language);
            }
        }
        return new java.text.MessageFormat(pattern, language.locale()).format(filled);
    }

    /** Whether the bundle has this key. */
    public static boolean has(Language language, String key) {
        return bundle(language).containsKey(key);
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), CurrentLanguage.class.getClassLoader());
    }
}
