package org.serviceportal.newsletter;

import static org.serviceportal.newsletter.NewsletterHtml.escape;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.serviceportal.maintenance.MaintenanceChanged;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.i18n.Language;

/**
 * Announces a maintenance window to the subscribers of its products (one action of an editor), and
 * then, by itself, each later change or cancellation of that window. Every announcement is kept as
 * an issue (kind ANNOUNCEMENT, CHANGE, CANCELLATION) with the window's id, its content and its
 * recipients: what was said to whom.
 */
@ApplicationScoped
public class AnnouncementService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    AuditLog audit;

    @Inject
    MaintenanceService maintenance;

    @Inject
    IssueService issues;

    /** Whether the window has been announced to subscribers. */
    public boolean isAnnounced(long windowId) {
        return em.createNamedQuery(NewsletterIssue.FIND_BY_WINDOW, NewsletterIssue.class).setParameter("window", windowId)
                .getResultStream().anyMatch(i -> i.getKind() == NewsletterIssue.Kind.ANNOUNCEMENT);
    }

    /** Sends the window's announcement to the confirmed subscribers of its products; once per window. */
    @Transactional
    public IssueService.IssueView announce(long windowId) {
        MaintenanceView w = maintenance.get(windowId);
        if (isAnnounced(windowId)) {
            throw new InvalidInputException("windowId", "error.announcement.already");
        }
        if (!w.endsAt().isAfter(clock.instant())) {
            throw new InvalidInputException("windowId", "error.announcement.over");
        }
        return create(NewsletterIssue.Kind.ANNOUNCEMENT, w, Set.copyOf(w.products()));
    }

    /**
     * In the transaction of the change: a change that readers would notice, or the cancellation, of
     * an announced window is announced too, to the subscribers of its products before and after.
     * {@code @Default}: a change replayed from another node ({@code @Replicated}) was announced there.
     */
    void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) @Default MaintenanceChanged event) {
        if (event.change() == MaintenanceChanged.Change.CREATED || !isAnnounced(event.windowId())) {
            return;
        }
        Set<String> products = new LinkedHashSet<>(event.before().products());
        if (event.after() != null) {
            products.addAll(event.after().products());
        }
        if (event.change() == MaintenanceChanged.Change.CANCELLED) {
            create(NewsletterIssue.Kind.CANCELLATION, event.before(), products);
        } else if (noticeable(event.before(), event.after())) {
            create(NewsletterIssue.Kind.CHANGE, event.after(), products);
        }
    }

    private static boolean noticeable(MaintenanceView a, MaintenanceView b) {
        return !(a.startsAt().equals(b.startsAt()) && a.endsAt().equals(b.endsAt()) && a.planned() == b.planned()
                && a.title().equals(b.title()) && Objects.equals(a.message(), b.message()) && a.products().equals(b.products()));
    }

    private IssueService.IssueView create(NewsletterIssue.Kind kind, MaintenanceView w, Set<String> products) {
        var issue = new NewsletterIssue(kind, w.id(), actor(), clock.instant());
        String key = "newsletter.announce." + kind.name().toLowerCase(java.util.Locale.ROOT);
        issue.update(subject(Language.NL, key, w), subject(Language.EN, key, w), body(Language.NL, key, w),
                body(Language.EN, key, w), products);
        issue.startSending(actor(), clock.instant());
        em.persist(issue);
        em.flush();
        var view = issues.view(issue);
        audit.created("NewsletterIssue", issue.getId(), view);
        return view;
    }

    private static String subject(Language l, String key, MaintenanceView w) {
        String subject = NewsletterMails.text(l, key + ".subject", l.pick(w.title().nl(), w.title().en()));
        return subject.length() > 300 ? subject.substring(0, 300) : subject;
    }

    private String body(Language l, String key, MaintenanceView w) {
        String message = l.pick(w.message().nl(), w.message().en());
        return "<p>" + escape(NewsletterMails.text(l, key + ".intro")) + "</p>\n<p><strong>"
                + escape(l.pick(w.title().nl(), w.title().en())) + "</strong></p>\n<ul>\n<li>"
                + escape(NewsletterMails.text(l, "newsletter.announce.products")) + ": "
                + escape(issues.productNames(w.products(), l)) + "</li>\n<li>"
                + escape(NewsletterMails.text(l, "newsletter.announce.from")) + ": " + escape(NewsletterMails.time(l, w.startsAt()))
                + "</li>\n<li>" + escape(NewsletterMails.text(l, "newsletter.announce.until")) + ": "
                + escape(NewsletterMails.time(l, w.endsAt())) + "</li>\n</ul>"
                + (message == null || message.isBlank() ? "" : "\n<p>" + escape(message).replace("\n", "<br/>") + "</p>");
    }

    private String actor() {
        var p = security.getCallerPrincipal();
        return p == null ? "system" : p.getName();
    }

    List<Long> announcementsOf(long windowId) {
        return em.createNamedQuery(NewsletterIssue.FIND_BY_WINDOW, NewsletterIssue.class).setParameter("window", windowId)
                .getResultStream().map(NewsletterIssue::getId).toList();
    }
}
