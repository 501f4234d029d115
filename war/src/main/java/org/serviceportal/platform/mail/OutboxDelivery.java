package org.serviceportal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceportal.platform.config.PortalSettings;

/** One delivery round: each due message in its own transaction, so one bad address stops nothing. */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    @Inject
    OutboxDelivery self;

    /** Set when the portal works on PostgreSQL, where several nodes may send at once. */
    @Inject
    @ConfigProperty(name = "portal.db.url")
    Optional<String> databaseUrl;

    public void deliverDue() {
        List<Long> due = self.dueIds();
        if (due.isEmpty()) {
            return;
        }
        Session session = session();
        for (Long id : due) {
            self.deliver(session, id);
        }
    }

    @Transactional
    public List<Long> dueIds() {
        return em.createNamedQuery(OutboxMessage.FIND_DUE, OutboxMessage.class)
                .setParameter("status", OutboxMessage.Status.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .getResultStream().map(OutboxMessage::getId).toList();
    }

    /**
     * Sends one message and records the outcome. The row is locked for the send, so that two senders
     * (two nodes of a cluster) never send the same message; on PostgreSQL a row that another node is
     * sending is skipped instead of waited for. The SMTP hand-over happens before the commit, and a
     * crash between the two leaves the message pending: it is sent again rather than lost, with the
     * same {@code Message-ID}, so that the copy is recognisable.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(Session session, long id) {
        OutboxMessage m = lock(id);
        Instant now = clock.instant();
        if (m == null || m.getStatus() != OutboxMessage.Status.PENDING || m.getNextAttemptAt().isAfter(now)) {
            return;
        }
        try {
            Transport.send(toMime(session, m));
            m.markSent(now);
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Mail " + id + " to the outbox's recipient not sent (attempt " + (m.getAttempts() + 1)
                    + "): " + e.getMessage());
            m.markFailed(now, e.getMessage());
        }
    }

    /** The message, locked for this transaction; null when it is gone or another node is sending it. */
    private OutboxMessage lock(long id) {
        if (databaseUrl.filter(url -> !url.isBlank()).isPresent()) {
            List<?> mine = em.createNativeQuery(
                    "SELECT id FROM outbox_message WHERE id = ?1 AND status = 'PENDING' FOR UPDATE SKIP LOCKED")
                    .setParameter(1, id).getResultList();
            return mine.isEmpty() ? null : em.find(OutboxMessage.class, id);
        }
        return em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The {@code Message-ID} of an outbox message: the same for every attempt and every node, so that
     * a copy sent again after a crash is recognisable as the same message.
     */
    static String messageId(long outboxId, String baseUrl) {
        String host;
        try {
            host = URI.create(baseUrl).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        return "<portal-outbox-" + outboxId + "@" + (host == null || host.isBlank() ? "localhost" : host) + ">";
    }

    private MimeMessage toMime(Session session, OutboxMessage m) throws MessagingException {
        String messageId = messageId(m.getId(), settings.configuredBaseUrl().orElse("http://localhost"));
        var mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(new InternetAddress(settings.mailFrom()));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(m.getRecipient(), true));
        mime.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(clock.instant()));
        if (m.getBodyHtml() == null) {
            mime.setText(m.getBodyText(), StandardCharsets.UTF_8.name());
        } else {
            var text = new MimeBodyPart();
            text.setText(m.getBodyText(), StandardCharsets.UTF_8.name());
            var html = new MimeBodyPart();
            html.setText(m.getBodyHtml(), StandardCharsets.UTF_8.name(), "html");
            mime.setContent(new MimeMultipart("alternative", text, html));
        }
        for (var header : MailOutbox.headers(m).entrySet()) {
            mime.setHeader(header.getKey(), header.getValue());
        }
        mime.setHeader("X-Portal-Message-Id", Long.toString(m.getId()));
        mime.saveChanges();
        return mime;
    }

    private Session session() {
        var props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.smtpHost().orElseThrow());
        props.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        if (settings.smtpStartTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (settings.smtpUser().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.smtpUser().get();
            String password = settings.smtpPassword().orElse("");
            return Session.getInstance(props, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(props);
    }
}
