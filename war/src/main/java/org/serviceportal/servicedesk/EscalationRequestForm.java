package org.serviceportal.servicedesk;

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
import org.serviceportal.platform.web.ClientAddress;
import org.serviceportal.platform.web.FormActions;
import org.serviceportal.platform.web.FormTokens;
import org.serviceportal.platform.web.RateLimiter;

/**
 * The public form to escalate a request or problem that has no incident link. Against automation and
 * abuse: a limit per client address, a honeypot field and a minimum fill time. Whatever is entered,
 * an accepted request gets the same answer (no enumeration of products, references or addresses).
 * Stateless like every public form (no session): the time the form was shown travels in a signed
 * hidden field ({@link FormTokens}).
 */
@Named
@RequestScoped
public class EscalationRequestForm {

    static final String ACTION = "escalation-request";
    /** The hidden field (a plain request parameter) that carries the signed time the form was shown. */
    public static final String SHOWN = "shown";
    /** A form older than this is refused (and shown again with a fresh stamp). */
    static final Duration MAXIMUM_FILL_TIME = Duration.ofHours(12);
    static final int PER_HOUR = 5;
    static final Duration MINIMUM_FILL_TIME = Duration.ofSeconds(3);

    @Inject
    EscalationRequests requests;

    @Inject
    ProductService products;

    @Inject
    RateLimiter limiter;

    @Inject
    FormActions actions;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    @Inject
    FormTokens tokens;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PortalSettings settings;

    private String name;
    private String email;
    private String product;
    private String reference;
    private String reason;
    private String website;
    private String shown;
    private boolean sent;

    public List<ProductView> getProducts() {
        return products.list();
    }

    /**
     * The signed time the form was first shown, for the hidden field {@value #SHOWN}: the one posted
     * back while it is valid (the fill time runs from the first showing), a new one otherwise.
     */
    public String getShown() {
        if (shown == null) {
            shown = tokens.keepOrIssue(ACTION, request.getParameter(SHOWN), MAXIMUM_FILL_TIME);
        }
        return shown;
    }

    public void submit() {
        Instant shownAt = tokens.issuedAt(ACTION, request.getParameter(SHOWN), MAXIMUM_FILL_TIME).orElse(null);
        boolean automated = website != null && !website.isBlank() || shownAt == null
                || Duration.between(shownAt, clock.instant()).compareTo(MINIMUM_FILL_TIME) < 0;
        if (!limiter.tryAcquire(ACTION, clientAddress.of(request), PER_HOUR, Duration.ofHours(1))) {
            actions.reject("escalation.form.tooMany");
            return;
        }
        if (automated) {
            sent = true; // a script learns nothing either
            return;
        }
        var r = new EscalationRequests.EscalationRequest(name, email, product, reference, reason);
        if (actions.run(() -> requests.escalate(r), null)) {
            sent = true;
        }
    }

    public boolean isSent() { return sent; }

    /** Whether the answer may say the escalation was mailed on: only when the portal has a mail server. */
    public boolean isMailed() { return settings.smtpHost().isPresent(); }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getProduct() { return product; }
    public void setProduct(String v) { product = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { website = v; }
}
