package org.serviceportal.testing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What the test run's SMTP server (GreenMail) received, per recipient. */
public final class Mailbox {

    private Mailbox() {
    }

    /**
     * The messages to {@code to}, waiting up to 20 s until there are at least {@code count}; fewer
     * when they did not come (the caller's assertion on the size says so).
     */
    public static List<MimeMessage> awaitMessagesTo(String to, int count) {
        try {
            return Wait.until("mail to " + to, Duration.ofSeconds(20), () -> messagesTo(to), m -> m.size() >= count);
        } catch (AssertionError notYet) {
            return messagesTo(to);
        }
    }

    /** The portal's outbox rows for {@code to} (among the newest 500), newest first. */
    public static List<JsonObject> outboxTo(String to) {
        return Api.array(Api.get("/api/v1/outbox?max=500", Api.ADMIN)).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("recipient").equals(to)).toList();
    }

    /** The messages to {@code to} received so far. */
    public static List<MimeMessage> messagesTo(String to) {
        return Arrays.stream(PortalServer.mail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
