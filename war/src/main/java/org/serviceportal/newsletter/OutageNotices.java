package org.serviceportal.newsletter;

import static org.serviceportal.newsletter.NewsletterHtml.escape;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.serviceportal.availability.OutageChanged;
import org.serviceportal.availability.OutageService;
import org.serviceportal.availability.OutageView;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.web.PublicAddress;

/**
 * Tells the confirmed subscribers of the topic OUTAGES and of the outage's product of each live change
 * of an outage: a notice when it is recorded, one per update, one when it is resolved. Each notice is
 * an issue (kind OUTAGE, OUTAGE_UPDATE, OUTAGE_RESOLVED) written in the transaction of the change and
 * dispatched by {@link NewsletterSender}, so it exists exactly when the change was committed and reaches
 * everyone once, in their language, with the manage and unsubscribe links of every mailing.
 */
@ApplicationScoped
public class OutageNotices {

    /** A notice in one language: subject and HTML body (the dispatch adds the links and the footer). */
    public record Notice(String subject, String html) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OutageService outages;

    @Inject
    IssueService issues;

    @Inject
    PublicAddress address;

    @Inject
    AuditLog audit;

    /**
     * In the transaction of the change; {@code @Default}, so a change replayed from another node (which
     * told its subscribers there) is not told twice. A correction that changes nothing a notice shows
     * mails nobody.
     */
    void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) @Default OutageChanged event) {
        OutageView outage = outages.get(event.outageId());
        NewsletterIssue.Kind kind = switch (event.kind()) {
            case CREATED -> NewsletterIssue.Kind.OUTAGE;
            case UPDATED -> NewsletterIssue.Kind.OUTAGE_UPDATE;
            case RESOLVED -> NewsletterIssue.Kind.OUTAGE_RESOLVED;
        };
        Notice nl = compose(outage, event, Language.NL);
        Notice en = compose(outage, event, Language.EN);
        if (event.kind() == OutageChanged.Kind.UPDATED && event.updateId() == null && sameAsLast(outage.id(), nl, en)) {
            return;
        }
        var issue = new NewsletterIssue(kind, null, "system", clock.instant());
        issue.concernsOutage(outage.id());
        issue.update(nl.subject(), en.subject(), nl.html(), en.html(), Set.of(outage.product()));
        issue.startSending("system", clock.instant());
        em.persist(issue);
        em.flush();
        audit.created("NewsletterIssue", issue.getId(), issues.view(issue));
    }

    /**
     * The notice of one change of an outage in one language: the one place that words outage mails.
     * Takes the outage as {@link OutageService#get} hands it out and the event that caused the notice:
     * what happened, the public title when there is one, the update that caused it (status, time,
     * message) when one did, the product's name, severity and times, and the status page.
     */
    Notice compose(OutageView outage, OutageChanged event, Language l) {
        String product = issues.productNames(List.of(outage.product()), l);
        String what = switch (event.kind()) {
            case CREATED -> "created";
            case UPDATED -> event.updateId() == null ? "corrected" : "updated";
            case RESOLVED -> "resolved";
        };
        String key = "newsletter.outage." + what;
        String subject = NewsletterMails.text(l, key + ".subject", product);
        String statusPage = address.forMail() + "/public/status.xhtml?lang=" + l.code();
        StringBuilder html = new StringBuilder()
                .append("<p>").append(escape(NewsletterMails.text(l, key + ".intro", product))).append("</p>\n");
        if (outage.title() != null) {
            html.append("<p><strong>").append(escape(l.pick(outage.title().nl(), outage.title().en()))).append("</strong></p>\n");
        }
        if (event.updateId() != null) {
            outage.update(event.updateId()).ifPresent(u -> html.append("<p><strong>")
                    .append(escape(NewsletterMails.text(l, "notices.update." + u.status().name()))).append("</strong> (")
                    .append(escape(NewsletterMails.time(l, u.at()))).append(")")
                    .append(u.message() == null ? "" : "<br/>" + escape(l.pick(u.message().nl(), u.message().en())).replace("\n", "<br/>"))
                    .append("</p>\n"));
        }
        html.append("<ul>\n")
                .append(item(l, "newsletter.outage.product", product))
                .append(item(l, "newsletter.outage.severity", NewsletterMails.text(l, "severity." + outage.severity().name())))
                .append(item(l, "newsletter.outage.started", NewsletterMails.time(l, outage.startedAt())));
        if (outage.endedAt() != null) {
            html.append(item(l, "newsletter.outage.ended", NewsletterMails.time(l, outage.endedAt())));
        }
        html.append("</ul>\n<p>").append(escape(NewsletterMails.text(l, "newsletter.outage.follow"))).append(" <a href=\"")
                .append(escape(statusPage)).append("\">").append(escape(statusPage)).append("</a></p>");
        return new Notice(subject.length() > 300 ? subject.substring(0, 300) : subject, html.toString());
    }

    private static String item(Language l, String key, String value) {
        return "<li>" + escape(NewsletterMails.text(l, key)) + ": " + escape(value) + "</li>\n";
    }

    private boolean sameAsLast(long outageId, Notice nl, Notice en) {
        return em.createNamedQuery(NewsletterIssue.FIND_BY_OUTAGE, NewsletterIssue.class).setParameter("outage", outageId)
                .getResultStream().max(Comparator.comparing(NewsletterIssue::getId))
                .map(last -> bodyOnly(last.getBodyNl()).equals(bodyOnly(nl.html())) && bodyOnly(last.getBodyEn()).equals(bodyOnly(en.html())))
                .orElse(false);
    }

    /** A notice without its first paragraph (which says what kind of change it tells): title and facts. */
    private static String bodyOnly(String html) {
        int first = html.indexOf("</p>");
        return first < 0 ? html : html.substring(first + "</p>".length());
    }
}
