package org.serviceportal.servicedesk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.web.FormActions;
import org.serviceportal.platform.web.RateLimiter;

/**
 * The public form to escalate a request or problem that has no incident link. Against automation and
 * abuse: a limit per client address, a honeypot field and a minimum fill time. Whatever is entered,
 * an accepted request gets the same answer (no enumeration of products, references or addresses).
 */
@Named
@ViewScoped
public class EscalationRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ACTION = "escalation-request";
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

    private String name;
    private String email;
    private String product;
    private String reference;
    private String reason;
    private String website;
    private Instant shownAt;
    private boolean sent;

    public List<ProductView> getProducts() {
        return products.list();
    }

    /** Called when the form is shown: starts the minimum fill time. */
    public void shown() {
        if (shownAt == null) {
            shownAt = clock.instant();
        }
    }

    public void submit() {
        boolean automated = website != null && !website.isBlank() || shownAt == null
                || Duration.between(shownAt, clock.instant()).compareTo(MINIMUM_FILL_TIME) < 0;
        if (!limiter.tryAcquire(ACTION, request.getRemoteAddr(), PER_HOUR, Duration.ofHours(1))) {
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
