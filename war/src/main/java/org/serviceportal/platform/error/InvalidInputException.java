package org.serviceportal.platform.error;

import java.util.Arrays;
import java.util.List;
import org.serviceportal.platform.i18n.Language;

/**
 * Input that passed Bean Validation but breaks a rule of the domain (e.g. a code already taken):
 * the field it is about, a message key of the bundles ({@code error.<feature>.<rule>}) and its
 * arguments. Pages show it in the page's language, the API in the request's (answered 400).
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    /**
     * @param field the input the rule is about (a JSON field of the API, a form field's name)
     * @param key   the bundle key of the message; {@code args} fill its {@code {0}}, {@code {1}} …
     */
    public InvalidInputException(String field, String key, Object... args) {
        super(key);
        this.field = field;
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the given language. */
    public String message(Language language) {
        return Messages.text(language, key, args);
    }

    /** The English message, for logs. */
    @Override
    public String getMessage() {
        return message(Language.EN);
    }

    /** The complaint as the field errors of a validation problem, in the given language. */
    public List<Problems.FieldError> errors(Language language) {
        return List.of(new Problems.FieldError(field, message(language)));
    }

    /** The complaint as field errors in English, the API's language when the request names none. */
    public List<Problems.FieldError> errors() {
        return errors(Language.EN);
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + field + " " + key + Arrays.toString(args);
    }
}
