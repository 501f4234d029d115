package org.serviceportal.platform.error;

/**
 * A request that cannot be carried out in the present state of things (answered 409 with the
 * message as detail), e.g. an online backup asked of a database that is not the embedded one.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    /** {@code messageKey}: the bundle key pages show for it; the message is the API's English detail. */
    public ConflictException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
