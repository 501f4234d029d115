package org.serviceportal.platform.mail;

import java.util.Map;
import java.util.Objects;

/**
 * A mail to put in the outbox. {@code html} may be null (plain text only); {@code headers} are extra
 * headers such as {@code List-Unsubscribe}.
 */
public record OutgoingMail(String to, String subject, String text, String html, Map<String, String> headers) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static OutgoingMail text(String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, null, Map.of());
    }
}
