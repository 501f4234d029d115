package org.serviceportal.platform.error;

import org.serviceportal.platform.i18n.Language;

/**
 * A request that cannot be carried out in the present state of things (answered 409), e.g. an
 * online backup asked of a database that is not the embedded one: a message key of the bundles and
 * its arguments, shown in the page's or the request's language.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ConflictException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the given language. */
    public String message(Language language) {
        return Messages.text(language, messageKey, args);
    }

    /** The English message, for logs. */
    @Override
    public String getMessage() {
        return message(Language.EN);
    }
}
