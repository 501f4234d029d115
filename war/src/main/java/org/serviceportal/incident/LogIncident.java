package org.serviceportal.incident;

import static org.serviceportal.platform.text.Texts.blankToNull;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.web.FormActions;
import org.serviceportal.platform.web.TimeDisplay;
import org.serviceportal.servicedesk.Channel;

/**
 * Admin page: an operator logs an incident taken by phone, chat or mail, possibly afterwards: the
 * SLA clock starts at the time it was reported (Brussels time, never in the future). Then the
 * incident's own page opens.
 */
@Named
@ViewScoped
public class LogIncident implements Serializable {

    @Inject
    IncidentService incidents;

    @Inject
    IncidentMatrixService matrix;

    @Inject
    ProductService products;

    @Inject
    FormActions actions;

    @Inject
    CurrentLanguage lang;

    @Inject
    Clock clock;

    private String product;
    private String impact;
    private String urgency;
    private Channel channel = Channel.PHONE;
    private LocalDateTime reportedAt;
    private String description;
    private String reporterName;
    private String reporterEmail;
    private String reporterOrganisation;
    private Language reporterLanguage;
    private List<ProductView> productList;
    private MatrixView current;

    public MatrixView getMatrix() {
        if (current == null) {
            current = matrix.current();
        }
        return current;
    }

    public List<ProductView> getProducts() {
        if (productList == null) {
            productList = products.list();
        }
        return productList;
    }

    public String productName(ProductView p) {
        return lang.pick(p.nameNl(), p.nameEn());
    }

    public String levelName(MatrixView.Level l) {
        return lang.pick(l.nameNl(), l.nameEn());
    }

    /** The channels an operator takes calls on; the web form logs itself. */
    public List<Channel> getChannels() {
        return List.of(Channel.PHONE, Channel.CHAT, Channel.MAIL);
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    /** The latest minute that may be given, for the date picker. */
    public LocalDateTime getLatest() {
        return TimeDisplay.local(clock.instant());
    }

    public void log() {
        Instant reported = reportedAt == null ? null : TimeDisplay.instant(reportedAt, null);
        var report = new IncidentService.ReportIncident(product, impact, urgency, description,
                new IncidentService.Reporter(reporterName, reporterEmail, blankToNull(reporterOrganisation)), channel,
                reported);
        Language language = reporterLanguage == null ? lang.getLanguage() : reporterLanguage;
        ReportedIncident[] logged = new ReportedIncident[1];
        if (actions.run(() -> logged[0] = incidents.log(report, language), "admin.log.message.logged")) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/admin/incident.xhtml?reference="
                        + URLEncoder.encode(logged[0].reference(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String getProduct() { return product; }
    public void setProduct(String v) { product = v; }
    public String getImpact() { return impact; }
    public void setImpact(String v) { impact = v; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String v) { urgency = v; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel v) { channel = v; }
    public LocalDateTime getReportedAt() { return reportedAt; }
    public void setReportedAt(LocalDateTime v) { reportedAt = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getReporterName() { return reporterName; }
    public void setReporterName(String v) { reporterName = v; }
    public String getReporterEmail() { return reporterEmail; }
    public void setReporterEmail(String v) { reporterEmail = v; }
    public String getReporterOrganisation() { return reporterOrganisation; }
    public void setReporterOrganisation(String v) { reporterOrganisation = v; }
    public Language getReporterLanguage() { return reporterLanguage; }
    public void setReporterLanguage(Language v) { reporterLanguage = v; }
}
