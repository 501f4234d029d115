package org.serviceportal.testing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** What the test run's SMTP server (GreenMail) received, per recipient. */
public final class Mailbox {

    private Mailbox() {
    }

    /** The messages to {@code to}, waiting up to 20 s until there are at least {@code count}. */
    public static List<MimeMessage> awaitMessagesTo(String to, int count) throws InterruptedException {
        for (int i = 0; i < 80; i++) {
            List<MimeMessage> mine = messagesTo(to);
            if (mine.size() >= count) {
                return mine;
            }
            Thread.sleep(250);
        }
        return messagesTo(to);
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
