package org.serviceportal.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.platform.audit.AuditLog;

/**
 * Inside the container: a mail exists exactly when the transaction that caused it commits, and the
 * outbox and audit log refuse to be written outside a transaction.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war", "target/portal.war")))
                .addClass(MailOutboxInContainerIT.class);
    }

    @Inject
    MailOutbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    @Test
    void aRolledBackChangeLeavesNoMail() throws Exception {
        long before = outbox.count(null);
        tx.begin();
        outbox.enqueue(OutgoingMail.text("rollback@example.org", "Rolled back", "never sent"));
        tx.rollback();
        assertEquals(before, outbox.count(null));
    }

    @Test
    void aCommittedChangeLeavesItsMailPending() throws Exception {
        long before = outbox.count(OutboxMessage.Status.PENDING);
        tx.begin();
        long id = outbox.enqueue(OutgoingMail.text("commit@example.org", "Committed", "waits in the outbox"));
        tx.commit();
        assertEquals(before + 1, outbox.count(OutboxMessage.Status.PENDING), "no SMTP server here: it stays pending");
        OutboxMessage stored = em.find(OutboxMessage.class, id);
        assertEquals("commit@example.org", stored.getRecipient());
        assertEquals(0, stored.getAttempts());
    }

    @Test
    void outboxAndAuditLogRefuseToWorkOutsideATransaction() {
        assertThrows(TransactionalException.class,
                () -> outbox.enqueue(OutgoingMail.text("none@example.org", "No transaction", "refused")));
        assertThrows(TransactionalException.class, () -> audit.created("Test", 1, "state"));
    }

    @Test
    void theSchemaIsMigratedAndSeeded() {
        long products = em.createQuery("SELECT COUNT(p) FROM Product p", Long.class).getSingleResult();
        long faq = em.createQuery("SELECT COUNT(e) FROM FaqEntry e", Long.class).getSingleResult();
        assertEquals(5, products);
        assertTrue(faq >= 7);
    }
}
