package org.serviceportal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceportal.platform.mail.OutboxMessage;

/**
 * Inside the container: the dispatch of an issue, cut off between batches or in the middle of one
 * (a crash, a restart of the sender) and then resumed, puts exactly one copy per subscriber in the
 * outbox.
 */
@ExtendWith(ArquillianExtension.class)
class NewsletterDispatchInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war", "target/portal.war")))
                .addClass(NewsletterDispatchInContainerIT.class);
    }

    @Inject
    NewsletterDispatch dispatch;

    @Inject
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    @Test
    void aDispatchCutOffBetweenAndWithinBatchesAndResumedMailsEachSubscriberOnce() throws Exception {
        String product = "p-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        for (int i = 0; i < 7; i++) {
            var s = new Subscriber(product + "-" + i + "@example.org", i % 2 == 0 ? "nl" : "en", Instant.now(), Tokens.random());
            s.request(s.getLanguage(), List.of(product), SubscriptionService.CONSENT_VERSION, Instant.now(), "h" + i + product, Instant.now());
            em.persist(s);
            s.confirm(Instant.now());
        }
        var unconfirmed = new Subscriber(product + "-pending@example.org", "nl", Instant.now(), Tokens.random());
        unconfirmed.request("nl", List.of(product), SubscriptionService.CONSENT_VERSION, Instant.now(), "hp" + product, Instant.now());
        em.persist(unconfirmed);
        var issue = new NewsletterIssue(NewsletterIssue.Kind.ISSUE, null, "test", Instant.now());
        issue.update("Onderwerp", "Subject", "<p>nl</p>", "<p>en</p>", Set.of(product));
        issue.startSending("test", Instant.now());
        em.persist(issue);
        tx.commit();
        long id = issue.getId();

        // The first batch is committed, then the sender stops (a restart). The portal's own sender
        // may take turns with this test (the issue row is locked per batch); the counts allow for it.
        dispatch.batch(id, 3);
        int afterFirst = recipients(id).size();
        assertTrue(afterFirst >= 3, "the first batch is kept");

        // A crash in the middle of the next batch: its transaction never commits.
        tx.begin();
        int before = recipients(id).size();
        dispatch.enqueue(id, 3);
        tx.rollback();
        assertTrue(recipients(id).size() >= before, "a rolled-back batch removes nothing");

        // Outside a transaction a batch refuses to run at all.
        assertThrows(RuntimeException.class, () -> dispatch.enqueue(id, 3));

        // The restarted sender resumes (twice, as two nodes might): everyone once.
        dispatch.dispatch(id);
        dispatch.dispatch(id);
        List<Object[]> rows = recipients(id);
        assertEquals(7, rows.size());
        Set<String> addresses = new HashSet<>();
        for (Object[] r : rows) {
            OutboxMessage m = em.find(OutboxMessage.class, ((Number) r[1]).longValue());
            addresses.add(m.getRecipient());
            Subscriber s = em.find(Subscriber.class, ((Number) r[0]).longValue());
            assertEquals(s.getLanguage().equals("nl") ? "Onderwerp" : "Subject", m.getSubject());
        }
        assertEquals(7, addresses.size(), "seven different addresses, each once");
        long outboxCopies = em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.recipient LIKE :p", Long.class)
                .setParameter("p", product + "-%").getSingleResult();
        assertEquals(7, outboxCopies, "no copy of a rolled-back batch, none twice, none to the unconfirmed address");
        em.clear();
        assertEquals(NewsletterIssue.Status.SENT, em.find(NewsletterIssue.class, id).getStatus());
    }

    private List<Object[]> recipients(long issueId) {
        em.clear();
        return em.createQuery("SELECT r.subscriberId, r.outboxMessageId FROM IssueRecipient r WHERE r.issueId = :i", Object[].class)
                .setParameter("i", issueId).getResultList();
    }
}
