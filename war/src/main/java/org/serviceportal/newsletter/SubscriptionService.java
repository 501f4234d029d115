package org.serviceportal.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.mail.MailOutbox;
import org.serviceportal.platform.mail.OutboxMessage;
import org.serviceportal.platform.web.RateLimiter;

/**
 * Owns subscribers: subscribe (double opt-in), confirm, preferences and unsubscribe by signed link,
 * and, for administrators, search, export and erasure.
 */
@ApplicationScoped
public class SubscriptionService {

    /** The version of the consent text shown on the subscribe form; stored with each consent. */
    public static final String CONSENT_VERSION = "2026-12";

    /** How long a confirm link works. */
    static final Duration CONFIRM_VALID = Duration.ofHours(48);

    /** Per client address: beyond this the API answers 429. */
    static final int LIMIT_PER_CLIENT = 60;
    /** Per e-mail address: beyond this the request is accepted (202, as always) but no mail is sent. */
    static final int LIMIT_PER_ADDRESS = 3;
    static final Duration LIMIT_WINDOW = Duration.ofMinutes(10);
    static final Duration ADDRESS_WINDOW = Duration.ofHours(1);

    /**
     * A subscription request as the API and the form take it; {@code topics} (NEWSLETTER, MAINTENANCE,
     * OUTAGES) all three when absent.
     */
    public record SubscribeRequest(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Pattern(regexp = "nl|en") String language,
            @NotNull @Size(min = 1, max = 50) List<@NotBlank String> products,
            @Size(max = 10) List<String> topics) {
    }

    /** New preferences of a confirmed subscriber; {@code version} as read; {@code topics} unchanged when absent. */
    public record Preferences(
            @NotBlank @Pattern(regexp = "nl|en") String language,
            @NotNull @Size(min = 1, max = 50) List<@NotBlank String> products,
            @Size(max = 10) List<String> topics,
            long version) {
    }

    /** What a subscriber (by link) and staff see of a subscription. */
    public record SubscriberView(long id, String email, String language, String state, List<String> products,
            List<String> topics, String consentVersion, Instant consentAt, Instant confirmedAt, Instant unsubscribedAt,
            Instant erasedAt, long version) implements java.io.Serializable {
    }

    /** One mail of the newsletter received, for an export. */
    public record ReceivedIssue(long issueId, String kind, String subject, String language, Instant queuedAt,
            String delivery) {
    }

    /** Everything kept about one subscriber (a data subject's access request). */
    public record SubscriberExport(SubscriberView subscriber, String requestedLanguage, String requestedProducts,
            Instant confirmLinkExpiresAt, Instant createdAt, List<ReceivedIssue> received) {
    }

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
    ProductService products;

    @Inject
    RateLimiter limiter;

    @Inject
    AuditLog audit;

    /**
     * Records a subscription request and mails a confirm link to the address, whatever it is: the
     * caller always gets the same answer. {@code client} is the caller's network address, for the
     * rate limit (429 beyond it); beyond the per-address limit the request is silently dropped, so
     * nobody can flood an inbox.
     */
    @Transactional
    public void subscribe(@NotNull @Valid SubscribeRequest request, String client) {
        limiter.acquire("newsletter.subscribe", client, LIMIT_PER_CLIENT, LIMIT_WINDOW);
        Set<String> codes = knownProducts(request.products());
        Set<Topic> topics = Topic.parse(request.topics());
        String email = normalize(request.email());
        if (!limiter.tryAcquire("newsletter.subscribe.address", email, LIMIT_PER_ADDRESS, ADDRESS_WINDOW)) {
            return;
        }
        Instant now = clock.instant();
        Subscriber s = em.createNamedQuery(Subscriber.FIND_BY_EMAIL, Subscriber.class).setParameter("email", email)
                .getResultStream().findFirst().orElse(null);
        if (s == null) {
            s = new Subscriber(email, request.language(), now, Tokens.random());
            em.persist(s);
        }
        String token = Tokens.random();
        s.request(request.language(), codes, topics, CONSENT_VERSION, now, Tokens.sha256(token), now.plus(CONFIRM_VALID));
        em.flush();
        outbox.enqueue(mails.confirmation(email, Language.fromCode(request.language()).orElseThrow(), token));
    }

    /** Confirms the request a mailed confirm link stands for; 400 (field token) when unknown or expired. */
    @Transactional
    public SubscriberView confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw invalidConfirm();
        }
        Subscriber s = em.createNamedQuery(Subscriber.FIND_BY_CONFIRM_HASH, Subscriber.class)
                .setParameter("hash", Tokens.sha256(token)).getResultStream().findFirst().orElseThrow(SubscriptionService::invalidConfirm);
        if (!s.getConfirmExpiresAt().isAfter(clock.instant())) {
            throw invalidConfirm();
        }
        s.confirm(clock.instant());
        em.flush();
        return view(s);
    }

    /** The subscription a manage/unsubscribe link stands for. */
    public SubscriberView byLink(String linkToken) {
        return view(subscriberByLink(linkToken));
    }

    /** The subscription's language and products, changed by its own (signed) link. */
    @Transactional
    public SubscriberView changePreferences(String linkToken, @NotNull @Valid Preferences preferences) {
        Subscriber s = subscriberByLink(linkToken);
        if (s.getVersion() != preferences.version()) {
            throw new StaleVersionException("Subscriber", s.getId());
        }
        if (s.getState() != Subscriber.State.CONFIRMED) {
            throw new InvalidInputException("state", "error.subscription.notConfirmed");
        }
        s.changePreferences(preferences.language(), knownProducts(preferences.products()),
                preferences.topics() == null ? Set.copyOf(s.getTopics()) : Topic.parse(preferences.topics()));
        em.flush();
        return view(s);
    }

    /** Ends the subscription (link in each mail, and RFC 8058 one-click); doing it twice is harmless. */
    @Transactional
    public SubscriberView unsubscribe(String linkToken) {
        Subscriber s = subscriberByLink(linkToken);
        if (s.getState() != Subscriber.State.UNSUBSCRIBED) {
            s.unsubscribe(clock.instant());
            em.flush();
        }
        return view(s);
    }

    /** Subscribers whose address contains {@code query} (any when blank), newest first. */
    public List<SubscriberView> search(String query, int first, int max) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return em.createNamedQuery(Subscriber.SEARCH, Subscriber.class).setParameter("q", "%" + q + "%")
                .setFirstResult(first).setMaxResults(max).getResultStream().map(SubscriptionService::view).toList();
    }

    public long count(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return em.createNamedQuery(Subscriber.COUNT, Long.class).setParameter("q", "%" + q + "%").getSingleResult();
    }

    /** Everything kept about one subscriber, for a data subject's request (administrators). */
    public SubscriberExport export(long id) {
        Subscriber s = entity(id);
        List<ReceivedIssue> received = new ArrayList<>();
        for (IssueRecipient r : em.createNamedQuery(IssueRecipient.OF_SUBSCRIBER, IssueRecipient.class)
                .setParameter("subscriber", id).getResultList()) {
            NewsletterIssue issue = em.find(NewsletterIssue.class, r.getIssueId());
            OutboxMessage m = em.find(OutboxMessage.class, r.getOutboxMessageId());
            Language l = Language.fromCode(r.getLanguage()).orElse(Language.DEFAULT);
            received.add(new ReceivedIssue(r.getIssueId(), issue.getKind().name(), l.pick(issue.getSubjectNl(), issue.getSubjectEn()),
                    r.getLanguage(), r.getCreatedAt(), m == null ? null : m.getStatus().name()));
        }
        return new SubscriberExport(view(s), s.getRequestedLanguage(), s.getRequestedProducts(), s.getConfirmExpiresAt(),
                s.getCreatedAt(), received);
    }

    /**
     * Erases a subscriber's personal data on request (administrators): the address is replaced, the
     * links stop working, products and pending requests go; the row stays so that the counts of the
     * issues sent remain right. Mail still in the outbox for the address is addressed to the
     * placeholder too (and so never delivered). Audited without the address.
     */
    @Transactional
    public void erase(long id, long version) {
        Subscriber s = em.find(Subscriber.class, id, LockModeType.OPTIMISTIC);
        if (s == null) {
            throw new NotFoundException("Subscriber", id);
        }
        if (s.getVersion() != version) {
            throw new StaleVersionException("Subscriber", id);
        }
        if (s.getState() == Subscriber.State.ERASED) {
            return;
        }
        String before = s.getState().name();
        String address = s.getEmail();
        String placeholder = "erased-" + id + "@invalid";
        s.erase(clock.instant(), placeholder);
        outbox.readdress(address, placeholder);
        em.flush();
        audit.updated("Subscriber", id, Map.of("state", before), Map.of("state", s.getState().name(), "email", placeholder));
    }

    private Subscriber subscriberByLink(String linkToken) {
        Optional<Long> id = Tokens.subscriberOf(linkToken);
        Subscriber s = id.map(i -> em.find(Subscriber.class, i)).orElse(null);
        if (s == null || !Tokens.verifyLink(signer.secret(), s.getId(), s.getLinkKey(), linkToken)) {
            throw new InvalidInputException("token", "error.subscription.link");
        }
        return s;
    }

    private Subscriber entity(long id) {
        return Optional.ofNullable(em.find(Subscriber.class, id)).orElseThrow(() -> new NotFoundException("Subscriber", id));
    }

    private Set<String> knownProducts(List<String> codes) {
        Set<String> known = new LinkedHashSet<>();
        for (String c : codes) {
            String code = c.strip();
            if (products.find(code).isEmpty()) {
                throw new InvalidInputException("products", "error.product.unknown", code);
            }
            known.add(code);
        }
        return known;
    }

    private static InvalidInputException invalidConfirm() {
        return new InvalidInputException("token", "error.subscription.confirmLink");
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static SubscriberView view(Subscriber s) {
        return new SubscriberView(s.getId(), s.getEmail(), s.getLanguage(), s.getState().name(), List.copyOf(s.getProducts()),
                Topic.names(s.getTopics()), s.getConsentVersion(), s.getConsentAt(), s.getConfirmedAt(), s.getUnsubscribedAt(), s.getErasedAt(),
                s.getVersion());
    }
}
