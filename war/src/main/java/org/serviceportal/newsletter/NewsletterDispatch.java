package org.serviceportal.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.mail.MailOutbox;

/**
 * Puts an issue that is SENDING into the outbox, one copy per confirmed subscriber of its products
 * and of its kind's {@link Topic}, in batches, each batch in its own transaction. Each copy is an {@link IssueRecipient} row, unique
 * per (issue, subscriber), written with its outbox message in the same transaction; a batch only
 * picks subscribers without a row. So a dispatch that stops (crash, restart, a second node) and is
 * resumed mails everyone exactly once. The issue row is locked per batch, so two nodes take turns.
 */
@ApplicationScoped
public class NewsletterDispatch {

    static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailOutbox outbox;

    @Inject
    NewsletterMails mails;

    @Inject
    LinkSigner signer;

    @Inject
    NewsletterDispatch self;

    /** Ids of the issues still being dispatched. */
    @Transactional
    public List<Long> sending() {
        return em.createNamedQuery(NewsletterIssue.FIND_BY_STATUS, NewsletterIssue.class)
                .setParameter("status", NewsletterIssue.Status.SENDING).getResultStream().map(NewsletterIssue::getId).toList();
    }

    /** Dispatches the issue to the end, batch by batch; answers how many copies were queued now. */
    public int dispatch(long issueId) {
        int total = 0;
        int n;
        do {
            n = self.batch(issueId, BATCH);
            total += n;
        } while (n > 0);
        return total;
    }

    /** One batch in its own transaction; when nobody is left, the issue is marked SENT. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int batch(long issueId, int max) {
        return enqueue(issueId, max);
    }

    /** One batch in the caller's transaction: at most {@code max} copies queued; 0 when done. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(long issueId, int max) {
        NewsletterIssue issue = em.find(NewsletterIssue.class, issueId, LockModeType.PESSIMISTIC_WRITE);
        if (issue == null || issue.getStatus() != NewsletterIssue.Status.SENDING) {
            return 0;
        }
        List<Subscriber> next = em.createNamedQuery(Subscriber.FIND_RECIPIENTS, Subscriber.class)
                .setParameter("state", Subscriber.State.CONFIRMED)
                .setParameter("products", List.copyOf(issue.getProducts()))
                .setParameter("topic", issue.getKind().topic())
                .setParameter("issue", issueId)
                .setMaxResults(max).getResultList();
        for (Subscriber s : next) {
            Language language = Language.fromCode(s.getLanguage()).orElse(Language.DEFAULT);
            long messageId = outbox.enqueue(mails.issueCopy(s.getEmail(), language,
                    language.pick(issue.getSubjectNl(), issue.getSubjectEn()),
                    language.pick(issue.getBodyNl(), issue.getBodyEn()), signer.link(s)));
            em.persist(new IssueRecipient(issueId, s.getId(), language.code(), messageId, clock.instant()));
        }
        if (next.isEmpty()) {
            issue.finishSending(clock.instant());
        }
        em.flush();
        return next.size();
    }
}
