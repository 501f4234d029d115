package org.serviceportal.incident;

import static org.serviceportal.platform.text.Texts.blankToNull;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.serviceportal.availability.OutageService;
import org.serviceportal.availability.OutageView;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.platform.i18n.Formats;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.web.FormActions;

/**
 * Admin page: one incident, with its whole history, and the operator's actions on it: take it, hand
 * it over to another line with a written note, wait for the reporter (the SLA clock stands still),
 * resume, resolve, close, reopen, link an outage, escalate. Every action names the version the page
 * showed, so a change someone else made in the meantime is reported, not overwritten.
 */
@Named
@ViewScoped
public class WorkIncident implements Serializable {

    @Inject
    IncidentService incidents;

    @Inject
    ProductService products;

    @Inject
    FormActions actions;

    @Inject
    CurrentLanguage lang;

    @Inject
    IncidentMatrixService matrices;

    @Inject
    OutageService outageService;

    @Inject
    Clock clock;

    /** How far back an ended outage is still offered to link. */
    static final Duration RECENT = Duration.ofDays(14);
    static final int RECENT_LIMIT = 30;

    /** From the query string. */
    private String reference;
    private IncidentView incident;
    private transient MatrixView matrix;
    private transient List<OutageChoice> outageChoices;
    private boolean missing;

    private String note;
    private Integer line;
    private Long outage;
    private String reason;

    /** Loads the incident named in the address (view action); a wrong reference shows "not found". */
    public void load() {
        incident = reference == null ? null : incidents.find(reference.strip()).orElse(null);
        missing = incident == null;
    }

    public IncidentView getIncident() {
        return incident;
    }

    /** The matrix version the incident was classified under, for the names of its impact and urgency. */
    public MatrixView getMatrix() {
        if (matrix == null && incident != null) {
            matrix = matrices.version(incident.matrixVersion());
        }
        return matrix;
    }

    public boolean isMissing() {
        return missing;
    }

    /** An outage as the operator picks it: its number and "product – title – since" in the page's language. */
    public record OutageChoice(long id, String label) implements Serializable {
    }

    /**
     * The outages this incident may be linked to: those going on, then those ended in the last
     * {@link #RECENT} (the latest first), without the ones already linked.
     */
    public List<OutageChoice> getOutageChoices() {
        if (outageChoices == null) {
            Instant now = clock.instant();
            List<OutageView> candidates = new ArrayList<>(outageService.open());
            candidates.addAll(outageService.recentlyEnded(now.minus(RECENT), now, RECENT_LIMIT));
            List<Long> linked = incident == null ? List.of() : incident.outages();
            outageChoices = candidates.stream().filter(o -> !linked.contains(o.id())).distinct()
                    .map(o -> new OutageChoice(o.id(), outageLabel(o))).toList();
        }
        return outageChoices;
    }

    private String outageLabel(OutageView o) {
        String title = o.title() == null ? null : blankToNull(lang.pick(o.title().nl(), o.title().en()));
        String what = title == null ? Formats.label("severity", o.severity(), lang.getLanguage()) : title;
        return o.endedAt() == null
                ? lang.text("admin.incident.outageChoice.open", String.valueOf(o.id()), productName(o.product()), what,
                        Formats.dateTime(o.startedAt(), lang.getLanguage()))
                : lang.text("admin.incident.outageChoice.ended", String.valueOf(o.id()), productName(o.product()), what,
                        Formats.dateTime(o.startedAt(), lang.getLanguage()), Formats.dateTime(o.endedAt(), lang.getLanguage()));
    }

    public String productName(String code) {
        return products.find(code).map(p -> lang.pick(p.nameNl(), p.nameEn())).orElse(code);
    }

    /** The lines it may go to: one up, or back to any lower line. */
    public List<Integer> getTargetLines() {
        int now = incident.supportLine();
        return java.util.stream.IntStream.rangeClosed(1, Math.min(4, now + 1)).filter(l -> l != now).boxed().toList();
    }

    public boolean isOpen() {
        return incident != null && incident.status().isOpen();
    }

    public boolean isCanStart() {
        return incident != null && incident.status() == IncidentStatus.NEW;
    }

    public boolean isCanWait() {
        return incident != null && incident.status() == IncidentStatus.IN_PROGRESS;
    }

    public boolean isCanResume() {
        return incident != null && incident.status() == IncidentStatus.WAITING_FOR_REPORTER;
    }

    public boolean isCanClose() {
        return incident != null && incident.status() == IncidentStatus.RESOLVED;
    }

    public boolean isCanReopen() {
        return incident != null && !incident.status().isOpen();
    }

    public void start() {
        act(() -> incidents.start(reference, action()), "admin.incident.message.started");
    }

    public void handOver() {
        if (line == null) {
            actions.reject("admin.incident.lineRequired");
            return;
        }
        if (blankToNull(note) == null) {
            actions.reject("admin.incident.noteRequired");
            return;
        }
        act(() -> incidents.handOver(reference, new IncidentService.HandOver(incident.version(), line, note)),
                "admin.incident.message.handedOver");
    }

    public void waitForReporter() {
        act(() -> incidents.waitForReporter(reference, action()), "admin.incident.message.waiting");
    }

    public void resume() {
        act(() -> incidents.resume(reference, action()), "admin.incident.message.resumed");
    }

    public void resolve() {
        act(() -> incidents.resolve(reference, action()), "admin.incident.message.resolved");
    }

    public void close() {
        act(() -> incidents.close(reference, action()), "admin.incident.message.closed");
    }

    public void reopen() {
        act(() -> incidents.reopen(reference, action()), "admin.incident.message.reopened");
    }

    public void linkOutage() {
        if (outage == null || outage < 1) {
            actions.rejectField("outage", "admin.incident.outageRequired");
            return;
        }
        act(() -> incidents.linkOutage(reference, new IncidentService.OutageLink(incident.version(), outage)),
                "admin.incident.message.linked");
    }

    public void escalate() {
        if (blankToNull(reason) == null) {
            actions.reject("admin.incident.reasonRequired");
            return;
        }
        act(() -> incidents.escalate(reference, new IncidentService.Escalate(reason, null)),
                "admin.incident.message.escalated");
    }

    private IncidentService.Action action() {
        return new IncidentService.Action(incident.version(), blankToNull(note));
    }

    /** Runs an action; on success shows the incident as it is now and empties the form. */
    private void act(Supplier<IncidentView> action, String successKey) {
        IncidentView[] after = new IncidentView[1];
        if (actions.run(() -> after[0] = action.get(), successKey)) {
            incident = after[0];
            note = null;
            line = null;
            outage = null;
            reason = null;
            outageChoices = null;
        } else {
            // a stale version or a rule broken: show what is stored now, so the next try uses it
            incidents.find(reference).ifPresent(i -> incident = i);
        }
    }

    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public Integer getLine() { return line; }
    public void setLine(Integer v) { line = v; }
    public Long getOutage() { return outage; }
    public void setOutage(Long v) { outage = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
