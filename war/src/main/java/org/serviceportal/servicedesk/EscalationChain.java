package org.serviceportal.servicedesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.serviceportal.platform.security.Role;
import org.serviceportal.platform.security.UserService;

/**
 * Whom an escalation (or a missed target nobody else answers for) reaches, so that it always reaches
 * someone: the product's escalation contacts with an address, else the general ones (for every
 * product), else the third support line's address, else the administrators' addresses. Only when none
 * of those has an address is nobody mailed, and the reporter is told so.
 */
@ApplicationScoped
public class EscalationChain {

    /** Which link of the chain answered. */
    public enum Reach {
        PRODUCT_CONTACT, GENERAL_CONTACT, THIRD_LINE, ADMINISTRATORS, NOBODY
    }

    /** One address the escalation goes to; {@code contactId} and {@code role} only for escalation contacts. */
    public record Recipient(String email, Long contactId, String role) {
    }

    /** The link of the chain that answered and its addresses (none for {@link Reach#NOBODY}). */
    public record Recipients(Reach reach, List<Recipient> recipients) {
    }

    static final int THIRD_LINE = 3;

    @Inject
    EscalationContactService contacts;

    @Inject
    SupportLineService lines;

    @Inject
    UserService users;

    /** The recipients of an escalation about {@code productCode} (null: no product named). */
    public Recipients forProduct(String productCode) {
        List<EscalationContactView> withAddress = contacts.list().stream().filter(c -> hasText(c.email())).toList();
        if (productCode != null) {
            var own = withAddress.stream().filter(c -> c.products().contains(productCode)).toList();
            if (!own.isEmpty()) {
                return new Recipients(Reach.PRODUCT_CONTACT, own.stream().map(EscalationChain::recipient).toList());
            }
        }
        var general = withAddress.stream().filter(c -> c.products().isEmpty()).toList();
        if (!general.isEmpty()) {
            return new Recipients(Reach.GENERAL_CONTACT, general.stream().map(EscalationChain::recipient).toList());
        }
        var third = lines.list().stream().filter(l -> l.lineNumber() == THIRD_LINE && hasText(l.email()))
                .map(l -> new Recipient(l.email(), null, null)).toList();
        if (!third.isEmpty()) {
            return new Recipients(Reach.THIRD_LINE, third);
        }
        var administrators = users.list().stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.ADMINISTRATOR) && hasText(u.email()))
                .map(u -> new Recipient(u.email(), null, null)).toList();
        if (!administrators.isEmpty()) {
            return new Recipients(Reach.ADMINISTRATORS, administrators);
        }
        return new Recipients(Reach.NOBODY, List.of());
    }

    private static Recipient recipient(EscalationContactView c) {
        return new Recipient(c.email(), c.id(), c.roleEn());
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
