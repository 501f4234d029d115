package org.serviceportal.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.config.PortalSettings;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.web.ClientAddress;
import org.serviceportal.platform.web.FormActions;
import org.serviceportal.platform.web.FormTokens;

/**
 * The public report form: product, impact and urgency explained in plain words, description and
 * reporter. Against automation: a rate limit per address, a honeypot field people do not see, and
 * a minimum fill time. Shows the reference and due times after the report.
 * <p>
 * Stateless (no session): the time the form was shown travels in a signed hidden field
 * ({@link FormTokens}), not in a view-scoped bean.
 */
@Named
@RequestScoped
public class ReportIncidentForm {

    static final String FORM = "report-incident";
    /** The hidden field (a plain request parameter) that carries the signed time the form was shown. */
    public static final String SHOWN = "shown";
    /** A form older than this is refused (and shown again with a fresh stamp). */
    static final Duration MAXIMUM_FILL_TIME = Duration.ofHours(12);

    @Inject
    ClientAddress clientAddress;

    @Inject
    IncidentService incidents;

    @Inject
    ProductService products;

    @Inject
    ReportGuard guard;

    @Inject
    FormActions actions;

    @Inject
    CurrentLanguage lang;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    @Inject
    FormTokens tokens;

    @Inject
    IncidentMatrixPage matrix;

    @Inject
    PortalSettings settings;

    private String product;
    private String impact;
    private String urgency;
    private String description;
    private String name;
    private String email;
    private String organisation;
    /** The honeypot: hidden from people, filled in by form-filling robots. */
    private String website;
    private String shown;
    private ReportedIncident reported;
    private boolean mailQueued;

    public List<ProductView> getProducts() {
        return products.list();
    }

    public void submit() {
        Instant shownAt = tokens.issuedAt(FORM, request.getParameter(SHOWN), MAXIMUM_FILL_TIME).orElse(null);
        if (website != null && !website.isBlank() || shownAt == null
                || Duration.between(shownAt, clock.instant()).compareTo(ReportGuard.MINIMUM_FILL_TIME) < 0) {
            // said without blame: a browser's autofill may have filled the hidden field, a person may
            // be quick; the form comes back with what they typed (not the hidden field) to send again
            website = null;
            actions.reject("report.message.refused");
            return;
        }
        if (!guard.tryReport(clientAddress.of(request))) {
            actions.reject("report.message.tooMany");
            return;
        }
        actions.run(() -> {
            var outcome = incidents.reportOnForm(new IncidentService.ReportIncident(product, impact, urgency,
                    description, new IncidentService.Reporter(name, email, organisation), null, null), lang.getLanguage());
            reported = outcome.incident();
            mailQueued = outcome.mailQueued();
        }, null);
    }

    /**
     * Whether the confirmation may say a mail is on its way: only when the portal has a mail server
     * (the setup checklist's "SMTP configured") and a mail to the reporter was queued.
     */
    public boolean isMailSent() {
        return reported != null && mailSent(settings.smtpHost().isPresent(), mailQueued);
    }

    static boolean mailSent(boolean smtpConfigured, boolean mailQueued) {
        return smtpConfigured && mailQueued;
    }

    /**
     * The priority in words with its targets ("P2 – Hoog: we reageren binnen 2 uur en streven naar een
     * oplossing binnen 1 werkdag (Kantooruren)."); empty when the matrix no longer knows the priority.
     */
    public String getPriorityMeaning() {
        if (reported == null) {
            return "";
        }
        MatrixView.Priority p = matrix.getMatrix().priority(reported.priority());
        if (p == null) {
            return "";
        }
        return lang.text("report.priority.meaning", p.code(), p.name(lang.getLanguage().code()),
                matrix.target(p.responseMinutes(), p.calendar()), matrix.target(p.resolutionMinutes(), p.calendar()),
                matrix.calendarName(p.calendar()));
    }

    /**
     * The signed time the form was first shown, for the hidden field {@value #SHOWN}: the one posted
     * back while it is valid (the fill time runs from the first showing), a new one otherwise.
     */
    public String getShown() {
        if (shown == null) {
            shown = tokens.keepOrIssue(FORM, request.getParameter(SHOWN), MAXIMUM_FILL_TIME);
        }
        return shown;
    }

    public ReportedIncident getReported() {
        return reported;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public String getUrgency() {
        return urgency;
    }

    public void setUrgency(String urgency) {
        this.urgency = urgency;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
