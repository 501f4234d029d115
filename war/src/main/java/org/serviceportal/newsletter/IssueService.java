package org.serviceportal.newsletter;

import static org.serviceportal.newsletter.NewsletterHtml.escape;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.mail.MailOutbox;
import org.serviceportal.platform.mail.OutboxMessage;

/**
 * Owns newsletter issues (editors): compose in both languages (HTML sanitised), preview with the
 * upcoming maintenance inserted, test send, and send, which freezes the content and hands the issue
 * to {@link NewsletterDispatch}.
 */
@ApplicationScoped
public class IssueService {

    /** How far ahead an issue lists the maintenance of its products. */
    static final Duration MAINTENANCE_AHEAD = Duration.ofDays(30);

    /** An issue as an editor writes it; {@code version} ignored on create. */
    public record IssueChange(
            @NotBlank @Size(max = 300) String subjectNl,
            @NotBlank @Size(max = 300) String subjectEn,
            @NotBlank @Size(max = 30000) String bodyNl,
            @NotBlank @Size(max = 30000) String bodyEn,
            @NotNull @Size(min = 1, max = 50) List<@NotBlank String> products,
            long version) {
    }

    /** An issue with its delivery counts (from its recipients' outbox messages). */
    public record IssueView(long id, String kind, Long windowId, String subjectNl, String subjectEn, String bodyNl,
            String bodyEn, List<String> products, String status, String createdBy, Instant createdAt, String sentBy,
            Instant sentAt, long version, long recipients, long pending, long sent, long failed) implements java.io.Serializable {

        public boolean isDraft() {
            return "DRAFT".equals(status);
        }
    }

    /** The rendered issue in both languages, as subscribers will get it. */
    public record Preview(String subjectNl, String subjectEn, String htmlNl, String htmlEn) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    AuditLog audit;

    @Inject
    MailOutbox outbox;

    @Inject
    NewsletterMails mails;

    @Inject
    ProductService products;

    @Inject
    MaintenanceService maintenance;

    public List<IssueView> list(int first, int max) {
        return em.createNamedQuery(NewsletterIssue.FIND_ALL, NewsletterIssue.class).setFirstResult(first).setMaxResults(max)
                .getResultStream().map(this::view).toList();
    }

    public IssueView get(long id) {
        return view(entity(id));
    }

    @Transactional
    public IssueView create(@NotNull @Valid IssueChange change) {
        var issue = new NewsletterIssue(NewsletterIssue.Kind.ISSUE, null, actor(), clock.instant());
        apply(issue, change);
        em.persist(issue);
        em.flush();
        var after = view(issue);
        audit.created("NewsletterIssue", issue.getId(), after);
        return after;
    }

    @Transactional
    public IssueView update(long id, @NotNull @Valid IssueChange change) {
        NewsletterIssue issue = entity(id);
        if (issue.getVersion() != change.version()) {
            throw new StaleVersionException("NewsletterIssue", id);
        }
        requireDraft(issue);
        var before = view(issue);
        apply(issue, change);
        em.flush();
        var after = view(issue);
        audit.updated("NewsletterIssue", id, before, after);
        return after;
    }

    /** The issue as it would be sent now: a draft gets the upcoming maintenance of its products inserted. */
    public Preview preview(long id) {
        NewsletterIssue issue = entity(id);
        if (issue.getStatus() != NewsletterIssue.Status.DRAFT) {
            return new Preview(issue.getSubjectNl(), issue.getSubjectEn(), issue.getBodyNl(), issue.getBodyEn());
        }
        return new Preview(issue.getSubjectNl(), issue.getSubjectEn(), withMaintenance(issue, Language.NL),
                withMaintenance(issue, Language.EN));
    }

    /** Mails the preview, in both languages, to {@code to} only (the editor's own address). */
    @Transactional
    public void testSend(long id, @NotBlank String to) {
        if (!to.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidInputException("to", "error.issue.testAddress");
        }
        Preview p = preview(id);
        long nl = outbox.enqueue(mails.testCopy(to.strip(), Language.NL, p.subjectNl(), p.htmlNl()));
        long en = outbox.enqueue(mails.testCopy(to.strip(), Language.EN, p.subjectEn(), p.htmlEn()));
        audit.created("NewsletterTestMail", id, Map.of("issue", id, "outboxMessages", List.of(nl, en)));
    }

    /**
     * Sends the issue to the confirmed subscribers of its products: freezes its content (with the
     * upcoming maintenance) and marks it SENDING; {@link NewsletterSender} then dispatches it in
     * batches. A stale version is refused (409), so an issue is sent once.
     */
    @Transactional
    public IssueView send(long id, long version) {
        NewsletterIssue issue = entity(id);
        if (issue.getVersion() != version) {
            throw new StaleVersionException("NewsletterIssue", id);
        }
        requireDraft(issue);
        var before = view(issue);
        issue.update(issue.getSubjectNl(), issue.getSubjectEn(), withMaintenance(issue, Language.NL),
                withMaintenance(issue, Language.EN), Set.copyOf(issue.getProducts()));
        issue.startSending(actor(), clock.instant());
        em.flush();
        var after = view(issue);
        audit.updated("NewsletterIssue", id, Map.of("status", before.status()), Map.of("status", after.status()));
        return after;
    }

    private String withMaintenance(NewsletterIssue issue, Language language) {
        String body = language.pick(issue.getBodyNl(), issue.getBodyEn());
        Instant now = clock.instant();
        List<MaintenanceView> upcoming = maintenance.overlapping(null, now, now.plus(MAINTENANCE_AHEAD)).stream()
                .filter(w -> w.planned() && w.products().stream().anyMatch(issue.getProducts()::contains)).toList();
        if (upcoming.isEmpty()) {
            return body;
        }
        var b = new StringBuilder(body).append("\n<h2>").append(escape(NewsletterMails.text(language, "newsletter.mail.upcoming")))
                .append("</h2>\n<ul>\n");
        for (MaintenanceView w : upcoming) {
            b.append("<li><strong>").append(escape(language.pick(w.title().nl(), w.title().en()))).append("</strong> (")
                    .append(escape(productNames(w.products(), language))).append("): ")
                    .append(escape(NewsletterMails.time(language, w.startsAt()))).append(" – ")
                    .append(escape(NewsletterMails.time(language, w.endsAt())));
            String message = language.pick(w.message().nl(), w.message().en());
            if (message != null && !message.isBlank()) {
                b.append("<br/>").append(escape(message));
            }
            b.append("</li>\n");
        }
        return b.append("</ul>").toString();
    }

    String productNames(List<String> codes, Language language) {
        return String.join(", ", codes.stream().map(c -> products.find(c).map(p -> p.name(language)).orElse(c)).toList());
    }

    private void apply(NewsletterIssue issue, IssueChange c) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : c.products()) {
            products.find(code.strip()).map(ProductView::code)
                    .orElseThrow(() -> new InvalidInputException("products", "error.product.unknown", code));
            codes.add(code.strip());
        }
        String nl = NewsletterHtml.sanitize(c.bodyNl());
        String en = NewsletterHtml.sanitize(c.bodyEn());
        if (nl.isBlank()) {
            throw new InvalidInputException("bodyNl", "error.issue.emptyBody");
        }
        if (en.isBlank()) {
            throw new InvalidInputException("bodyEn", "error.issue.emptyBody");
        }
        issue.update(c.subjectNl().strip(), c.subjectEn().strip(), nl, en, codes);
    }

    private static void requireDraft(NewsletterIssue issue) {
        if (issue.getStatus() != NewsletterIssue.Status.DRAFT) {
            throw new InvalidInputException("status", "error.issue.sent");
        }
    }

    private NewsletterIssue entity(long id) {
        return Optional.ofNullable(em.find(NewsletterIssue.class, id)).orElseThrow(() -> new NotFoundException("NewsletterIssue", id));
    }

    private String actor() {
        var p = security.getCallerPrincipal();
        return p == null ? "system" : p.getName();
    }

    IssueView view(NewsletterIssue i) {
        long pending = 0;
        long sent = 0;
        long failed = 0;
        if (i.getId() != null && i.getStatus() != NewsletterIssue.Status.DRAFT) {
            for (Object[] row : em.createNamedQuery(IssueRecipient.DELIVERY_COUNTS, Object[].class)
                    .setParameter("issue", i.getId()).getResultList()) {
                long n = ((Number) row[1]).longValue();
                switch ((OutboxMessage.Status) row[0]) {
                    case PENDING -> pending = n;
                    case SENT -> sent = n;
                    case FAILED -> failed = n;
                }
            }
        }
        return new IssueView(i.getId() == null ? 0 : i.getId(), i.getKind().name(), i.getWindowId(), i.getSubjectNl(),
                i.getSubjectEn(), i.getBodyNl(), i.getBodyEn(), List.copyOf(i.getProducts()), i.getStatus().name(),
                i.getCreatedBy(), i.getCreatedAt(), i.getSentBy(), i.getSentAt(), i.getVersion(), pending + sent + failed,
                pending, sent, failed);
    }
}
