package org.serviceportal.platform.i18n;

/**
 * An argument of a message that is itself a text of the bundle (a state or a level named in the
 * reader's language, never its code): {@code Label.of("incident.status." + status)}.
 */
public record Label(String key) implements Localized {

    public static Label of(String key) {
        return new Label(key);
    }

    @Override
    public String in(Language language) {
        return CurrentLanguage.message(language, key);
    }
}
