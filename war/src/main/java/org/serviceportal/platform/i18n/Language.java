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

    /** Picks the text of this language from a pair stored per language. */
    public String pick(String nl, String en) {
        return this == EN ? en : nl;
    }
}
