package org.serviceportal.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.serviceportal.availability.OutageService;
import org.serviceportal.calendar.CalendarService;
import org.serviceportal.calendar.ServiceCalendar;
import org.serviceportal.catalog.Product;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.mail.MailOutbox;
import org.serviceportal.platform.security.SecretTokens;
import org.serviceportal.platform.text.Texts;
import org.serviceportal.platform.web.RateLimiter;
import org.serviceportal.servicedesk.Channel;
import org.serviceportal.servicedesk.EscalationChain;
import org.serviceportal.servicedesk.SupportLineService;

/**
 * Owns incidents: reports by the public, logging by operators, the status workflow, hand-over
 * between support lines, the SLA clock (pause and resume), outage links, escalations and the
 * reporter's follow-up by secret link. Every change checks the incident's version (409 when stale),
 * writes an {@link IncidentEvent} and an audit entry in the same transaction; mails go through the
 * outbox in that transaction too.
 */
@ApplicationScoped
public class IncidentService {

    /** Clock skew allowed between an operator's PC and the portal for {@code reportedAt}. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(2);
    static final String REPORTER = "reporter";

    /** Who reports: name, e-mail (for the follow link), organisation. */
    public record Reporter(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 200) String organisation) {
    }

    /**
     * A report ({@code POST /api/v1/incidents}). {@code channel} and {@code reportedAt} are for
     * operators logging a call, chat or mail afterwards; the public always reports by WEB, now.
     */
    public record ReportIncident(
            @NotBlank @Size(max = 64) String product,
            @NotBlank @Size(max = 20) String impact,
            @NotBlank @Size(max = 20) String urgency,
            @NotBlank @Size(max = 4000) String description,
            @NotNull @Valid Reporter reporter,
            Channel channel,
            Instant reportedAt) {
    }

    /** An operator action on a version of the incident, with a note (required for some actions). */
    public record Action(@Min(0) long version, @Size(max = 4000) String note) {
    }

    /** A hand-over to another line (1–4), always with a written note. */
    public record HandOver(@Min(0) long version, @Min(1) @Max(4) int line, @NotBlank @Size(max = 4000) String note) {
    }

    /** An outage to link or unlink. */
    public record OutageLink(@Min(0) long version, @Min(1) long outage) {
    }

    /** An escalation: the reason is required; {@code token} when the reporter escalates by the follow link. */
    public record Escalate(@NotBlank @Size(max = 4000) String reason, @Size(max = 100) String token) {
    }

    /** Information the reporter adds by the follow link. */
    public record AddInformation(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 4000) String text) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    IncidentCounter counter;

    @Inject
    IncidentMatrixService matrix;

    @Inject
    CalendarService calendars;

    @Inject
    EscalationChain escalationChain;

    @Inject
    SupportLineService supportLines;

    @Inject
    OutageService outages;

    @Inject
    AuditLog audit;

    @Inject
    MailOutbox outbox;

    @Inject
    IncidentMails mails;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    RateLimiter limiter;

    /** Every change of an incident announces itself in its transaction: the board's counts follow. */
    @Inject
    Event<IncidentsChanged> changed;

    static final String RECIPIENT_ACTION = "incident-report.recipient";

    /** At most this many report confirmations per recipient address per {@link #RECIPIENT_WINDOW}. */
    static final int REPORT_MAILS_PER_RECIPIENT = 5;
    static final Duration RECIPIENT_WINDOW = Duration.ofDays(1);

    /** A reporter may escalate an incident this often per day: each escalation mails people. */
    static final int ESCALATIONS_PER_DAY = 3;

    // ---- creating ------------------------------------------------------------------------------

    /**
     * Records a report from the public web form or the anonymous API: channel WEB, reported now,
     * support line 1 (the helpdesk triages). Mails the reporter the follow link.
     */
    @Transactional
    public ReportedIncident report(@NotNull @Valid ReportIncident report, Language language) {
        return create(report, Channel.WEB, clock.instant(), language, REPORTER).incident();
    }

    /** A report as the web form tells its outcome: the answer, and whether a mail to the reporter was queued. */
    public record ReportOutcome(ReportedIncident incident, boolean mailQueued) {
    }

    /**
     * {@link #report} for the web form, which says honestly whether a mail is on its way: none is
     * queued when the address had its share of report mails for now.
     */
    @Transactional
    public ReportOutcome reportOnForm(@NotNull @Valid ReportIncident report, Language language) {
        return create(report, Channel.WEB, clock.instant(), language, REPORTER);
    }

    /**
     * Logs an incident an operator took by phone, chat or mail, possibly afterwards: {@code reportedAt}
     * (default now) may lie in the past, never in the future; the SLA clock starts then.
     */
    @Transactional
    public ReportedIncident log(@NotNull @Valid ReportIncident report, Language language) {
        Instant now = clock.instant();
        Instant reportedAt = report.reportedAt() == null ? now : report.reportedAt();
        if (reportedAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new InvalidInputException("reportedAt", "error.incident.reportedInFuture");
        }
        return create(report, report.channel() == null ? Channel.PHONE : report.channel(), reportedAt, language, actor())
                .incident();
    }

    private ReportOutcome create(ReportIncident r, Channel channel, Instant reportedAt, Language language,
            String actor) {
        Product product = em.createNamedQuery(Product.FIND_BY_CODE, Product.class).setParameter("code", r.product())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("product", "error.product.unknown", r.product()));
        IncidentPriority priority = matrix.classify(r.impact(), r.urgency());
        var classification = Incident.Classification.of(priority, r.impact(), r.urgency());
        String token = SecretTokens.random();
        Instant now = clock.instant();
        var incident = new Incident(nextReference(now), product, channel, r.description().strip(),
                new Incident.ReportedBy(r.reporter().name().strip(), r.reporter().email().strip(),
                        Texts.blankToNull(r.reporter().organisation()), language.code()),
                classification, calendars.calendar(classification.calendar()), 1, reportedAt,
                SecretTokens.hash(token), actor, now);
        em.persist(incident);
        em.flush();
        event(incident, actor, REPORTER.equals(actor) ? IncidentEventKind.REPORTED : IncidentEventKind.LOGGED,
                null, true).status(null, IncidentStatus.NEW).line(null, 1);
        audit.created("Incident", incident.getReference(), summary(incident));
        // the anonymous caller chooses the address: a capped number of mails per recipient, so the
        // form cannot be used to flood someone's mailbox; the answer still carries the follow link
        boolean mailed = !REPORTER.equals(actor) || limiter.tryAcquire(RECIPIENT_ACTION,
                incident.getReporterEmail().toLowerCase(Locale.ROOT), REPORT_MAILS_PER_RECIPIENT, RECIPIENT_WINDOW);
        if (mailed) {
            outbox.enqueue(mails.reported(incident, mails.followUrlForMail(incident.getReference(), token)));
        }
        changed.fire(new IncidentsChanged(incident.getReference()));
        return new ReportOutcome(new ReportedIncident(incident.getReference(), incident.getPriorityCode(),
                incident.getSupportLine(), incident.getResponseDue(), incident.getResolutionDue(),
                mails.followUrlHere(incident.getReference(), token)), mailed);
    }

    /** The next reference of the year (Brussels), taken under the counter row's lock. */
    private String nextReference(Instant now) {
        int year = ZonedDateTime.ofInstant(now, ServiceCalendar.BRUSSELS).getYear();
        int updated = countUp(year);
        if (updated == 0) {
            try {
                counter.createYear(year);
            } catch (RuntimeException e) {
                // made at the same moment by another report: count on that row
            }
            countUp(year);
        }
        Number n = (Number) em.createNativeQuery("SELECT last_number FROM incident_counter WHERE counter_year = ?")
                .setParameter(1, year).getSingleResult();
        return String.format(Locale.ROOT, "INC-%d-%06d", year, n.longValue());
    }

    private int countUp(int year) {
        return em.createNativeQuery("UPDATE incident_counter SET last_number = last_number + 1 WHERE counter_year = ?")
                .setParameter(1, year).executeUpdate();
    }

    // ---- reading -------------------------------------------------------------------------------

    public Optional<IncidentView> find(String reference) {
        return findEntity(reference).map(this::view);
    }

    public IncidentView get(String reference) {
        return view(entity(reference));
    }

    /** The reporter's view, when the token matches (otherwise not found, so references cannot be probed). */
    public FollowView follow(String reference, String token) {
        return followView(byToken(reference, token));
    }

    /** Whether the token is the incident's follow token. */
    public boolean tokenMatches(String reference, String token) {
        return findEntity(reference).filter(i -> matches(i, token)).isPresent();
    }

    // ---- operator actions ----------------------------------------------------------------------

    /** Takes the incident: NEW → IN_PROGRESS; the first response. */
    @Transactional
    public IncidentView start(String reference, @NotNull @Valid Action a) {
        return step(locked(reference, a.version()), IncidentEventKind.STARTED, Texts.blankToNull(a.note()),
                (i, now) -> i.start(now));
    }

    /**
     * Hands the incident over to another line with a written note: one line up at a time
     * (1 → 2 → 3 → 4; the third line is reached in writing), or back to any lower line.
     */
    @Transactional
    public IncidentView handOver(String reference, @NotNull @Valid HandOver h) {
        Incident i = locked(reference, h.version());
        int from = i.getSupportLine();
        var before = summary(i);
        i.handOver(h.line(), clock.instant());
        event(i, actor(), IncidentEventKind.HANDED_OVER, h.note().strip(), false).line(from, h.line());
        return done(i, before);
    }

    /** Asks the reporter for information: the SLA clock stops until resume (or the reporter's answer). */
    @Transactional
    public IncidentView waitForReporter(String reference, @NotNull @Valid Action a) {
        Incident i = locked(reference, a.version());
        i.requireStatus(IncidentStatus.IN_PROGRESS);
        String note = requireNote(a.note());
        var view = step(i, IncidentEventKind.WAITING_FOR_REPORTER, note, (x, now) -> x.waitForReporter(now));
        outbox.enqueue(mails.waiting(i, note));
        return view;
    }

    /** Restarts the SLA clock: the due times move by the business time paused. */
    @Transactional
    public IncidentView resume(String reference, @NotNull @Valid Action a) {
        Incident i = locked(reference, a.version());
        return step(i, IncidentEventKind.RESUMED, Texts.blankToNull(a.note()), (x, now) -> x.resume(calendarOf(x), now));
    }

    /** Resolves with a note for the reporter; the reporter is mailed. */
    @Transactional
    public IncidentView resolve(String reference, @NotNull @Valid Action a) {
        Incident i = locked(reference, a.version());
        i.requireOpen(Incident.RESOLVE_REFUSED);
        String note = requireNote(a.note());
        var view = step(i, IncidentEventKind.RESOLVED, note, (x, now) -> x.resolve(calendarOf(x), now));
        outbox.enqueue(mails.resolved(i, note));
        return view;
    }

    /** Closes a resolved incident. */
    @Transactional
    public IncidentView close(String reference, @NotNull @Valid Action a) {
        return step(locked(reference, a.version()), IncidentEventKind.CLOSED, Texts.blankToNull(a.note()),
                (i, now) -> i.close(now));
    }

    /** Reopens a resolved or closed incident (note required); the resolution clock is checked again. */
    @Transactional
    public IncidentView reopen(String reference, @NotNull @Valid Action a) {
        Incident i = locked(reference, a.version());
        i.requireReopenable();
        String note = requireNote(a.note());
        return step(i, IncidentEventKind.REOPENED, note, (x, now) -> x.reopen(now));
    }

    @Transactional
    public IncidentView linkOutage(String reference, @NotNull @Valid OutageLink l) {
        Incident i = locked(reference, l.version());
        try {
            outages.get(l.outage());
        } catch (NotFoundException e) {
            throw new InvalidInputException("outage", "error.incident.unknownOutage", l.outage());
        }
        if (em.find(IncidentOutageLink.class, new IncidentOutageLink.Key(i.getId(), l.outage())) != null) {
            throw new InvalidInputException("outage", "error.incident.alreadyLinked");
        }
        var before = summary(i);
        Instant now = clock.instant();
        em.persist(new IncidentOutageLink(i.getId(), l.outage(), now, actor()));
        i.touch(now);
        event(i, actor(), IncidentEventKind.OUTAGE_LINKED, null, true).outage(l.outage());
        return done(i, before);
    }

    @Transactional
    public IncidentView unlinkOutage(String reference, @NotNull @Valid OutageLink l) {
        Incident i = locked(reference, l.version());
        var link = em.find(IncidentOutageLink.class, new IncidentOutageLink.Key(i.getId(), l.outage()));
        if (link == null) {
            throw new InvalidInputException("outage", "error.incident.notLinked");
        }
        var before = summary(i);
        em.remove(link);
        i.touch(clock.instant());
        event(i, actor(), IncidentEventKind.OUTAGE_UNLINKED, null, true).outage(l.outage());
        return done(i, before);
    }

    /** An operator escalates on the reporter's behalf (no token needed). */
    @Transactional
    public IncidentView escalate(String reference, @NotNull @Valid Escalate e) {
        Incident i = entity(reference);
        escalate(i, e.reason().strip(), actor());
        return view(i);
    }

    // ---- reporter actions (by the secret link) -------------------------------------------------

    /**
     * The reporter escalates because feedback falls short: the escalation contacts of the product
     * that have an e-mail address are mailed (through the outbox), the incident shows it.
     */
    @Transactional
    public FollowView escalateByReporter(String reference, @NotNull @Valid Escalate e) {
        Incident i = byToken(reference, e.token());
        i.checkReporterMayEscalate();
        limiter.acquire("incident-escalation", i.getReference(), ESCALATIONS_PER_DAY, Duration.ofDays(1));
        escalate(i, e.reason().strip(), REPORTER);
        return followView(i);
    }

    /** The reporter adds information; when the incident waited for it, the SLA clock runs again. */
    @Transactional
    public FollowView addInformation(String reference, @NotNull @Valid AddInformation info) {
        Incident i = byToken(reference, info.token());
        em.lock(i, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        var before = summary(i);
        IncidentStatus from = i.getStatus();
        boolean resumed = i.addInformation(calendarOf(i), clock.instant());
        event(i, REPORTER, IncidentEventKind.INFORMATION_ADDED, info.text().strip(), true);
        if (resumed) {
            event(i, REPORTER, IncidentEventKind.RESUMED, null, true).status(from, i.getStatus());
        }
        em.flush();
        audit.updated("Incident", i.getReference(), before, summary(i));
        changed.fire(new IncidentsChanged(i.getReference()));
        return followView(i);
    }

    // ---- breaches ------------------------------------------------------------------------------

    /**
     * Marks the response and resolution breaches due by now and mails the responsible line's
     * contact once per breach: the support line's e-mail address, or when the line has none, the
     * escalation contacts of the product. Returns how many breaches were marked.
     */
    @Transactional
    public int markBreaches() {
        Instant now = clock.instant();
        int marked = 0;
        for (Incident.Target target : Incident.Target.values()) {
            String candidates = target == Incident.Target.RESPONSE ? Incident.RESPONSE_BREACH_CANDIDATES
                    : Incident.RESOLUTION_BREACH_CANDIDATES;
            List<Long> ids = em.createNamedQuery(candidates, Long.class).setParameter("now", now).setMaxResults(500)
                    .getResultList();
            for (Long id : ids.stream().sorted().toList()) { // one order on every node: no deadlock
                // locked: in a cluster another node may be checking the same incident at this moment
                Incident i = em.find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (i != null && i.checkBreach(target, now)) {
                    event(i, "system", target == Incident.Target.RESPONSE ? IncidentEventKind.RESPONSE_BREACHED
                            : IncidentEventKind.RESOLUTION_BREACHED, null, false);
                    mailBreach(i, target);
                    marked++;
                }
            }
        }
        em.flush();
        if (marked > 0) {
            audit.updated("Incident", null, null, Map.of("breachesMarked", marked, "at", now.toString()));
            changed.fire(new IncidentsChanged(null));
        }
        return marked;
    }

    private void mailBreach(Incident i, Incident.Target target) {
        List<String> to = new ArrayList<>();
        supportLines.list().stream()
                .filter(l -> l.lineNumber() == i.getSupportLine() && l.email() != null && !l.email().isBlank())
                .findFirst().ifPresent(l -> to.add(l.email()));
        if (to.isEmpty()) {
            // no address for the line: whoever the escalation chain reaches, so a breach never goes unseen
            escalationChain.forProduct(i.getProduct().getCode()).recipients().forEach(r -> to.add(r.email()));
        }
        for (String address : to) {
            outbox.enqueue(mails.breach(i, target, address));
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void escalate(Incident i, String reason, String by) {
        em.lock(i, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        var before = summary(i);
        Instant now = clock.instant();
        // the chain always reaches someone who can act when anyone has an address (see EscalationChain)
        var chain = escalationChain.forProduct(i.getProduct().getCode());
        if (chain.recipients().isEmpty()) {
            em.persist(new IncidentEscalation(i, now, by, reason, chain.reach().name(), null, null, null));
        }
        for (EscalationChain.Recipient c : chain.recipients()) {
            em.persist(new IncidentEscalation(i, now, by, reason, chain.reach().name(), c.contactId(), c.role(), c.email()));
            outbox.enqueue(mails.escalation(i, c.email(), reason, REPORTER.equals(by) ? i.getReporterName() : by));
        }
        i.markEscalated(now);
        event(i, by, IncidentEventKind.ESCALATED, reason, true);
        em.flush();
        audit.updated("Incident", i.getReference(), before, summary(i));
        changed.fire(new IncidentsChanged(i.getReference()));
    }

    /** The calendar the incident's clocks run in. */
    private ServiceCalendar calendarOf(Incident i) {
        return calendars.calendar(i.getCalendarCode());
    }

    /** One step of the workflow, taken by the incident itself: then its history, audit entry and event. */
    private IncidentView step(Incident i, IncidentEventKind kind, String note, BiConsumer<Incident, Instant> change) {
        var before = summary(i);
        IncidentStatus from = i.getStatus();
        change.accept(i, clock.instant());
        event(i, actor(), kind, note, true).status(from, i.getStatus());
        return done(i, before);
    }

    private IncidentView done(Incident i, Map<String, Object> before) {
        em.flush();
        audit.updated("Incident", i.getReference(), before, summary(i));
        changed.fire(new IncidentsChanged(i.getReference()));
        return view(i);
    }

    private IncidentEvent event(Incident i, String actor, IncidentEventKind kind, String note, boolean visible) {
        var e = new IncidentEvent(i, clock.instant(), actor, kind, note, visible);
        em.persist(e);
        return e;
    }

    private static String requireNote(String note) {
        String n = Texts.blankToNull(note);
        if (n == null) {
            throw new InvalidInputException("note", "error.incident.noteRequired");
        }
        return n;
    }

    /** The incident at the version the caller saw; a newer version → 409. */
    private Incident locked(String reference, long version) {
        Incident i = entity(reference);
        if (i.getVersion() != version) {
            throw new StaleVersionException("Incident", reference);
        }
        return i;
    }

    private Optional<Incident> findEntity(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Incident.FIND_BY_REFERENCE, Incident.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    private Incident entity(String reference) {
        return findEntity(reference).orElseThrow(() -> new NotFoundException("Incident", reference));
    }

    private Incident byToken(String reference, String token) {
        return findEntity(reference).filter(i -> matches(i, token))
                .orElseThrow(() -> new NotFoundException("Incident", reference));
    }

    private static boolean matches(Incident i, String token) {
        return SecretTokens.matches(token, i.getFollowTokenHash());
    }

    private String actor() {
        var p = security.getCallerPrincipal();
        return p == null ? "system" : p.getName();
    }

    private static Map<String, Object> summary(Incident i) {
        var m = new LinkedHashMap<String, Object>();
        m.put("reference", i.getReference());
        m.put("product", i.getProduct().getCode());
        m.put("priority", i.getPriorityCode());
        m.put("supportLine", i.getSupportLine());
        m.put("status", i.getStatus().name());
        m.put("responseDue", String.valueOf(i.getResponseDue()));
        m.put("resolutionDue", String.valueOf(i.getResolutionDue()));
        m.put("pausedSince", String.valueOf(i.getPausedSince()));
        m.put("version", i.getVersion());
        return m;
    }

    private List<IncidentView.EventView> history(Incident i) {
        return em.createNamedQuery(IncidentEvent.FOR_INCIDENT, IncidentEvent.class).setParameter("incident", i.getId())
                .getResultStream().map(e -> new IncidentView.EventView(e.getOccurredAt(), e.getActor(), e.getKind(),
                        e.getFromStatus(), e.getToStatus(), e.getFromLine(), e.getToLine(), e.getOutageId(), e.getNote(),
                        e.isPublicVisible())).toList();
    }

    private List<IncidentEscalation> escalations(Incident i) {
        return em.createNamedQuery(IncidentEscalation.FOR_INCIDENT, IncidentEscalation.class)
                .setParameter("incident", i.getId()).getResultList();
    }

    IncidentView view(Incident i) {
        List<Long> outages = em.createNamedQuery(IncidentOutageLink.FOR_INCIDENT, IncidentOutageLink.class)
                .setParameter("incident", i.getId()).getResultStream().map(IncidentOutageLink::getOutageId).toList();
        return new IncidentView(i.getReference(), i.getProduct().getCode(), i.getChannel().name(), i.getDescription(),
                i.getReporterName(), i.getReporterEmail(), i.getReporterOrganisation(), i.getImpactCode(),
                i.getUrgencyCode(), i.getPriorityCode(), i.getMatrix().getVersionNumber(), i.getCalendarCode(),
                i.getResponseMinutes(), i.getResolutionMinutes(), i.getSupportLine(), i.getStatus(), i.getReportedAt(),
                i.getResponseDue(), i.getResolutionDue(), i.getRespondedAt(), i.getResolvedAt(), i.getClosedAt(),
                i.getPausedSince(), i.getPausedSeconds(), i.isResponseBreached(), i.isResolutionBreached(),
                i.isEscalated(), outages, history(i), escalations(i).stream().map(e -> new IncidentView.EscalationView(
                        e.getEscalatedAt(), e.getEscalatedBy(), e.getReason(), e.getContactRole())).toList(),
                i.getVersion());
    }

    private FollowView followView(Incident i) {
        var steps = history(i).stream().filter(IncidentView.EventView::publicVisible)
                .map(e -> new FollowView.Step(e.occurredAt(), e.kind(), e.toStatus(), e.toLine(), e.note())).toList();
        var esc = escalations(i).stream().map(e -> new FollowView.Escalation(e.getEscalatedAt(), e.getReason(),
                e.getContactRole(), e.getReach())).toList();
        return new FollowView(i.getReference(), i.getProduct().getCode(), i.getDescription(), i.getStatus(),
                i.getPriorityCode(), i.getSupportLine(), i.getReportedAt(), i.getResponseDue(), i.getResolutionDue(),
                i.isPaused(), steps, esc);
    }
}
