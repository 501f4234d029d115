package org.serviceportal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serviceportal.platform.i18n.Label;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;

/**
 * The durable mail outbox. {@link #enqueue} stores a mail in the caller's transaction, so a mail
 * exists exactly when the change that caused it was committed; {@link OutboxSender} delivers it.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** What administrators see of a message. */
    public record MessageView(long id, Instant createdAt, String recipient, String subject, String bodyText,
            String status, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        String headers = mail.headers().isEmpty() ? null : JSONB.toJson(new LinkedHashMap<>(mail.headers()));
        var message = new OutboxMessage(clock.instant(), mail.to(), mail.subject(), mail.text(), mail.html(), headers);
        em.persist(message);
        em.flush();
        return message.getId();
    }

    /** A test message, to check the SMTP settings (administrator action). */
    @Transactional
    public long enqueueTestMail(String to) {
        long id = enqueue(OutgoingMail.text(to, "Testbericht / Test message",
                "Dit is een testbericht van het serviceportaal.\n\nThis is a test message from the service portal."));
        audit.created("OutboxMessage", id, Map.of("recipient", to, "subject", "test message"));
        return id;
    }

    /**
     * Replaces an address in every message to it, and gives up those not yet sent (erasure of a
     * person's data on request); in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int readdress(String from, String to) {
        em.createQuery("UPDATE OutboxMessage m SET m.status = :failed, m.lastError = :why WHERE m.recipient = :from AND m.status = :pending")
                .setParameter("failed", OutboxMessage.Status.FAILED).setParameter("why", "address erased")
                .setParameter("from", from).setParameter("pending", OutboxMessage.Status.PENDING).executeUpdate();
        return em.createQuery("UPDATE OutboxMessage m SET m.recipient = :to WHERE m.recipient = :from")
                .setParameter("to", to).setParameter("from", from).executeUpdate();
    }

    public List<MessageView> list(OutboxMessage.Status status, int first, int max) {
        TypedQuery<OutboxMessage> q = status == null
                ? em.createQuery("SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC", OutboxMessage.class)
                : em.createQuery("SELECT m FROM OutboxMessage m WHERE m.status = :s ORDER BY m.createdAt DESC, m.id DESC",
                        OutboxMessage.class).setParameter("s", status);
        return q.setFirstResult(first).setMaxResults(max).getResultList().stream().map(MailOutbox::view).toList();
    }

    public long count(OutboxMessage.Status status) {
        return status == null
                ? em.createQuery("SELECT COUNT(m) FROM OutboxMessage m", Long.class).getSingleResult()
                : em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :s", Long.class)
                        .setParameter("s", status).getSingleResult();
    }

    /** Puts a failed message back in the queue (administrator action). */
    @Transactional
    public void retry(long id) {
        var m = em.find(OutboxMessage.class, id);
        if (m == null) {
            throw new NotFoundException("OutboxMessage", id);
        }
        if (m.getStatus() != OutboxMessage.Status.FAILED) {
            throw new InvalidInputException("status", "error.outbox.notFailed",
                    Label.of("admin.outbox.status." + m.getStatus().name()));
        }
        String before = m.getStatus().name();
        m.retryNow(clock.instant());
        audit.updated("OutboxMessage", id, Map.of("status", before), Map.of("status", m.getStatus().name()));
    }

    static MessageView view(OutboxMessage m) {
        return new MessageView(m.getId(), m.getCreatedAt(), m.getRecipient(), m.getSubject(), m.getBodyText(),
                m.getStatus().name(), m.getAttempts(), m.getNextAttemptAt(), m.getLastError(), m.getSentAt());
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> headers(OutboxMessage m) {
        return m.getHeaders() == null ? Map.of() : JSONB.fromJson(m.getHeaders(), LinkedHashMap.class);
    }
}
