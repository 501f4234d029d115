package org.serviceportal.platform.i18n;

import java.util.Locale;
import java.util.Optional;

/** The two languages of the portal; Dutch is the default. */
public enum Language {
    NL, EN;

    public static final Language DEFAULT = NL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.of(code());
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "nl" -> Optional.of(NL);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /**
     * The first of the portal's languages an {@code Accept-Language} header asks for (by its
     * weights); empty when it asks for neither or is malformed.
     */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange();
                Optional<Language> l = fromCode(tag.length() >= 2 ? tag.substring(0, 2) : tag);
                if (l.isPresent()) {
                    return l;
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header asks for nothing in particular
        }
        return Optional.empty();
    }

    /** Picks the text of this language from a pair stored per language. */
    public String pick(String nl, String en) {
        return this == EN ? en : nl;
    }
}
