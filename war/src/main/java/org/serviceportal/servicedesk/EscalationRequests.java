package org.serviceportal.servicedesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.mail.MailOutbox;
import org.serviceportal.platform.mail.OutgoingMail;

/**
 * Escalations of requests and problems that have no incident in this portal (a request made by
 * phone, a problem handled elsewhere): passed on by mail along the {@link EscalationChain} and kept
 * in the audit log, so that administrators see even those that reached nobody. The caller learns
 * nothing from the answer: every accepted request gets the same one.
 */
@ApplicationScoped
public class EscalationRequests {

    /** What a visitor escalates; {@code product} and {@code reference} are optional. */
    public record EscalationRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 64) String product,
            @Size(max = 100) String reference,
            @NotBlank @Size(max = 4000) String reason) {
    }

    @Inject
    EscalationChain chain;

    @Inject
    ProductService products;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditLog audit;

    /** Passes the request on; an unknown product is treated as none named (the answer does not tell). */
    @Transactional
    public void escalate(@NotNull @Valid EscalationRequest r) {
        String product = r.product() == null || r.product().isBlank() ? null
                : products.find(r.product().strip()).map(p -> p.code()).orElse(null);
        var recipients = chain.forProduct(product);
        String reference = r.reference() == null || r.reference().isBlank() ? "-" : r.reference().strip();
        Object[] args = {r.name().strip(), r.email().strip(), product == null ? "-" : product, reference, r.reason().strip()};
        for (EscalationChain.Recipient to : recipients.recipients()) {
            outbox.enqueue(OutgoingMail.text(to.email(), both("escalation.mail.subject", args),
                    bodies("escalation.mail.body", args)));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", args[0]);
        after.put("email", args[1]);
        after.put("product", args[2]);
        after.put("reference", args[3]);
        after.put("reason", args[4]);
        after.put("reach", recipients.reach().name());
        audit.created("EscalationRequest", null, after);
    }

    private static String both(String key, Object... args) {
        return text(Language.NL, key, args) + " / " + text(Language.EN, key, args);
    }

    private static String bodies(String key, Object... args) {
        return text(Language.NL, key, args) + "\n\n----\n\n" + text(Language.EN, key, args);
    }

    private static String text(Language language, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(CurrentLanguage.BUNDLE, language.locale(),
                EscalationRequests.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
    }
}
