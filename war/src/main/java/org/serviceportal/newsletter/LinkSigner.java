package org.serviceportal.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Holds the server secret that signs manage/unsubscribe links: made once, stored in the database, cached. */
@ApplicationScoped
public class LinkSigner {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LinkSigner self;

    private volatile String secret;

    String secret() {
        String s = secret;
        if (s == null) {
            try {
                s = self.loadOrCreate();
            } catch (RuntimeException e) {
                // Another node created it at the same moment: read theirs.
                s = self.loadOrCreate();
            }
            secret = s;
        }
        return s;
    }

    /** Reads the secret, making it on first use. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String loadOrCreate() {
        NewsletterSecret stored = em.find(NewsletterSecret.class, NewsletterSecret.ID);
        if (stored == null) {
            stored = new NewsletterSecret(Tokens.random(), clock.instant());
            em.persist(stored);
            em.flush();
        }
        return stored.getSecret();
    }

    String link(Subscriber s) {
        return Tokens.link(secret(), s.getId(), s.getLinkKey());
    }
}
