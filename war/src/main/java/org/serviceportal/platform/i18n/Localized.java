package org.serviceportal.platform.i18n;

/**
 * An argument of a message that reads differently per language (a state's name, a product's name,
 * a time): resolved in the language of the message it fills, so that one list of arguments serves a
 * Dutch and an English text alike.
 */
@FunctionalInterface
public interface Localized {

    String in(Language language);
}
