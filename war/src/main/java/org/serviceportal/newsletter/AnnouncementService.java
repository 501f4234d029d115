package org.serviceportal.newsletter;

import static org.serviceportal.newsletter.NewsletterHtml.escape;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceportal.maintenance.MaintenanceChanged;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.i18n.Language;

/**
 * The one way maintenance reaches subscribers (topic MAINTENANCE, the window's products), following
 * {@code MaintenanceChanged}: a new window's announcement is scheduled when it is created and goes out
 * {@code portal.newsletter.announce-delay-minutes} later (so that a slip corrected at once mails
 * nobody twice), or at once when an editor announces it; a change or cancellation of an announced
 * window goes out in the transaction of the change; and a planned window gets a reminder one day
 * before it starts. Every mailing is kept as an issue (kind ANNOUNCEMENT, CHANGE, CANCELLATION,
 * REMINDER) with the window's id, its content and its recipients: what was said to whom. Scheduled
 * ones are released by {@link NewsletterSender}; the SCHEDULED row, locked when released, makes each
 * go out once, whatever the number of nodes or restarts.
 */
@ApplicationScoped
public class AnnouncementService {

    private static final Logger LOG = Logger.getLogger(AnnouncementService.class.getName());

    /** How long before a planned window starts its subscribers are reminded of it. */
    static final Duration REMINDER_LEAD = Duration.ofDays(1);

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

    @Inject
    AnnouncementService self;

    @Inject
    @ConfigProperty(name = "portal.newsletter.announce-delay-minutes", defaultValue = "10")
    long announceDelayMinutes;

    /** Whether the window has been announced to subscribers (not merely scheduled to be). */
    public boolean isAnnounced(long windowId) {
        return mailings(windowId, NewsletterIssue.Kind.ANNOUNCEMENT).stream()
                .anyMatch(i -> i.getStatus() != NewsletterIssue.Status.SCHEDULED);
    }

    /**
     * Sends the window's announcement now to the confirmed MAINTENANCE subscribers of its products (an
     * editor's action; without it, a new window is announced by itself a little later); once per window.
     */
    @Transactional
    public IssueService.IssueView announce(long windowId) {
        MaintenanceView w = maintenance.get(windowId);
        if (isAnnounced(windowId)) {
            throw new InvalidInputException("windowId", "error.announcement.already");
        }
        if (!w.endsAt().isAfter(clock.instant())) {
            throw new InvalidInputException("windowId", "error.announcement.over");
        }
        Optional<NewsletterIssue> scheduled = scheduled(windowId, NewsletterIssue.Kind.ANNOUNCEMENT);
        if (scheduled.isPresent()) {
            NewsletterIssue issue = em.find(NewsletterIssue.class, scheduled.get().getId(), LockModeType.PESSIMISTIC_WRITE);
            if (issue.getStatus() == NewsletterIssue.Status.SCHEDULED) {
                write(issue, w, Set.copyOf(w.products()));
                issue.startSending(actor(), clock.instant());
                em.flush();
                var view = issues.view(issue);
                audit.updated("NewsletterIssue", issue.getId(), Map.of("status", "SCHEDULED"), Map.of("status", view.status()));
                return view;
            }
            throw new InvalidInputException("windowId", "error.announcement.already");
        }
        return create(NewsletterIssue.Kind.ANNOUNCEMENT, w, Set.copyOf(w.products()));
    }

    /**
     * In the transaction of the change. A new window that is not over gets its announcement (and, when
     * planned far enough ahead, its reminder) scheduled; a change that readers would notice, or the
     * cancellation, of an announced window is mailed at once, to the subscribers of its products before
     * and after; a change moves the reminder, a cancellation drops what is still scheduled.
     * {@code @Default}: a change replayed from another node ({@code @Replicated}) was handled there.
     */
    void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) @Default MaintenanceChanged event) {
        Instant now = clock.instant();
        switch (event.change()) {
            case CREATED -> {
                MaintenanceView w = event.after();
                if (w.endsAt().isAfter(now) && !w.isCancelled()) {
                    schedule(NewsletterIssue.Kind.ANNOUNCEMENT, w, now.plus(announceDelay()));
                    reminderAt(w).ifPresent(at -> schedule(NewsletterIssue.Kind.REMINDER, w, at));
                }
            }
            case UPDATED -> {
                moveReminder(event.after());
                if (isAnnounced(event.windowId()) && noticeable(event.before(), event.after())) {
                    create(NewsletterIssue.Kind.CHANGE, event.after(), products(event));
                }
            }
            case CANCELLED -> {
                scheduled(event.windowId(), NewsletterIssue.Kind.ANNOUNCEMENT).ifPresent(em::remove);
                scheduled(event.windowId(), NewsletterIssue.Kind.REMINDER).ifPresent(em::remove);
                if (isAnnounced(event.windowId())) {
                    create(NewsletterIssue.Kind.CANCELLATION, event.before(), products(event));
                }
            }
        }
    }

    /**
     * Releases every scheduled announcement and reminder whose time has come, each in its own
     * transaction (a round of {@link NewsletterSender}); answers how many went out.
     */
    public int releaseDue() {
        int released = 0;
        for (Long id : self.due()) {
            try {
                released += self.release(id) ? 1 : 0;
            } catch (RuntimeException e) {
                // another node released or dropped it first, or the window went; the next round looks again
                LOG.log(Level.WARNING, e, () -> "Scheduled mailing " + id + " was not released now; the next round tries again");
            }
        }
        return released;
    }

    /** Ids of the scheduled mailings that are due, oldest first. */
    @Transactional
    public List<Long> due() {
        return em.createNamedQuery(NewsletterIssue.FIND_DUE, Long.class)
                .setParameter("status", NewsletterIssue.Status.SCHEDULED).setParameter("now", clock.instant()).getResultList();
    }

    /**
     * Releases one scheduled mailing that is due, the row locked so that two nodes cannot both:
     * written from the window as it is now and handed to the dispatch, or dropped when it has lost its
     * point (window cancelled or over; a reminder of a window that started or is no longer planned).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean release(long issueId) {
        NewsletterIssue issue = em.find(NewsletterIssue.class, issueId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (issue == null || issue.getStatus() != NewsletterIssue.Status.SCHEDULED || issue.getSendAfter().isAfter(now)) {
            return false;
        }
        MaintenanceView w = maintenance.get(issue.getWindowId());
        boolean pointless = w.isCancelled() || !w.endsAt().isAfter(now)
                || issue.getKind() == NewsletterIssue.Kind.REMINDER && (!w.planned() || !w.startsAt().isAfter(now));
        if (pointless) {
            em.remove(issue);
            return false;
        }
        write(issue, w, Set.copyOf(w.products()));
        issue.startSending("system", now);
        em.flush();
        audit.updated("NewsletterIssue", issue.getId(), Map.of("status", "SCHEDULED"), Map.of("status", issue.getStatus().name()));
        return true;
    }

    private Duration announceDelay() {
        return Duration.ofMinutes(Math.max(0, announceDelayMinutes));
    }

    /** When a window is to be reminded of: planned, and far enough ahead that the reminder is not its announcement. */
    private Optional<Instant> reminderAt(MaintenanceView w) {
        Instant at = w.startsAt().minus(REMINDER_LEAD);
        return w.planned() && !w.isCancelled() && at.isAfter(clock.instant().plus(announceDelay())) ? Optional.of(at)
                : Optional.empty();
    }

    private void moveReminder(MaintenanceView w) {
        Optional<NewsletterIssue> reminder = scheduled(w.id(), NewsletterIssue.Kind.REMINDER);
        Optional<Instant> at = reminderAt(w);
        boolean known = !mailings(w.id(), NewsletterIssue.Kind.ANNOUNCEMENT).isEmpty();
        if (at.isEmpty()) {
            reminder.ifPresent(em::remove);
        } else if (reminder.isPresent()) {
            reminder.get().schedule(at.get());
        } else if (known && mailings(w.id(), NewsletterIssue.Kind.REMINDER).isEmpty()) {
            schedule(NewsletterIssue.Kind.REMINDER, w, at.get());
        }
    }

    private void schedule(NewsletterIssue.Kind kind, MaintenanceView w, Instant at) {
        var issue = new NewsletterIssue(kind, w.id(), actor(), clock.instant());
        write(issue, w, Set.copyOf(w.products()));
        issue.schedule(at);
        em.persist(issue);
        em.flush();
        audit.created("NewsletterIssue", issue.getId(), issues.view(issue));
    }

    private List<NewsletterIssue> mailings(long windowId, NewsletterIssue.Kind kind) {
        return em.createNamedQuery(NewsletterIssue.FIND_BY_WINDOW, NewsletterIssue.class).setParameter("window", windowId)
                .getResultStream().filter(i -> i.getKind() == kind).toList();
    }

    private Optional<NewsletterIssue> scheduled(long windowId, NewsletterIssue.Kind kind) {
        return mailings(windowId, kind).stream().filter(i -> i.getStatus() == NewsletterIssue.Status.SCHEDULED).findFirst();
    }

    private static Set<String> products(MaintenanceChanged event) {
        Set<String> products = new LinkedHashSet<>(event.before().products());
        if (event.after() != null) {
            products.addAll(event.after().products());
        }
        return products;
    }

    private static boolean noticeable(MaintenanceView a, MaintenanceView b) {
        return !(a.startsAt().equals(b.startsAt()) && a.endsAt().equals(b.endsAt()) && a.planned() == b.planned()
                && a.title().equals(b.title()) && Objects.equals(a.message(), b.message()) && a.products().equals(b.products()));
    }

    private IssueService.IssueView create(NewsletterIssue.Kind kind, MaintenanceView w, Set<String> products) {
        var issue = new NewsletterIssue(kind, w.id(), actor(), clock.instant());
        write(issue, w, products);
        issue.startSending(actor(), clock.instant());
        em.persist(issue);
        em.flush();
        var view = issues.view(issue);
        audit.created("NewsletterIssue", issue.getId(), view);
        return view;
    }

    private void write(NewsletterIssue issue, MaintenanceView w, Set<String> products) {
        String key = key(issue.getKind(), w);
        issue.update(subject(Language.NL, key, w), subject(Language.EN, key, w), body(Language.NL, key, w),
                body(Language.EN, key, w), products);
    }

    /** The message keys of a mailing: an announcement of unplanned maintenance says so. */
    private static String key(NewsletterIssue.Kind kind, MaintenanceView w) {
        String key = "newsletter.announce." + kind.name().toLowerCase(Locale.ROOT);
        return kind == NewsletterIssue.Kind.ANNOUNCEMENT && !w.planned() ? key + ".unplanned" : key;
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
        try {
            var p = security.getCallerPrincipal();
            return p == null ? "system" : p.getName();
        } catch (RuntimeException noCaller) {
            return "system";
        }
    }

    List<Long> announcementsOf(long windowId) {
        return em.createNamedQuery(NewsletterIssue.FIND_BY_WINDOW, NewsletterIssue.class).setParameter("window", windowId)
                .getResultStream().map(NewsletterIssue::getId).toList();
    }
}
