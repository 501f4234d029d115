package org.serviceportal.servicedesk;

import static org.serviceportal.platform.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.serviceportal.catalog.Product;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;

/** Owns the escalation contacts. */
@ApplicationScoped
public class EscalationContactService {

    /** The editable fields of a contact; {@code version} is ignored on create. */
    public record ContactChange(
            @NotBlank @Size(max = 200) String roleNl,
            @NotBlank @Size(max = 200) String roleEn,
            @Size(max = 200) String name,
            @Email @Size(max = 320) String email,
            @Size(max = 50) String phone,
            @Min(0) int sortOrder,
            @NotNull Set<String> products,
            long version) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<EscalationContactView> list() {
        return em.createNamedQuery(EscalationContact.FIND_ALL, EscalationContact.class).getResultList().stream()
                .map(EscalationContactService::view).toList();
    }

    /** The contacts that answer for a product: those named for it, and those for every product. */
    public List<EscalationContactView> forProduct(String productCode) {
        return list().stream().filter(c -> c.products().isEmpty() || c.products().contains(productCode)).toList();
    }

    public EscalationContactView get(long id) {
        return view(entity(id));
    }

    @Transactional
    public EscalationContactView create(@Valid ContactChange change) {
        var contact = new EscalationContact(change.sortOrder());
        apply(contact, change);
        em.persist(contact);
        em.flush();
        var after = view(contact);
        audit.created("EscalationContact", contact.getId(), after);
        return after;
    }

    @Transactional
    public EscalationContactView update(long id, @Valid ContactChange change) {
        EscalationContact contact = entity(id);
        if (contact.getVersion() != change.version()) {
            throw new StaleVersionException("EscalationContact", id);
        }
        var before = view(contact);
        apply(contact, change);
        em.flush();
        var after = view(contact);
        audit.updated("EscalationContact", id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, long version) {
        EscalationContact contact = entity(id);
        if (contact.getVersion() != version) {
            throw new StaleVersionException("EscalationContact", id);
        }
        var before = view(contact);
        em.remove(contact);
        em.flush();
        audit.deleted("EscalationContact", id, before);
    }

    private EscalationContact entity(long id) {
        return Optional.ofNullable(em.find(EscalationContact.class, id))
                .orElseThrow(() -> new NotFoundException("EscalationContact", id));
    }

    private void apply(EscalationContact contact, ContactChange c) {
        contact.update(c.roleNl().strip(), c.roleEn().strip(), blankToNull(c.name()), blankToNull(c.email()),
                blankToNull(c.phone()), c.sortOrder());
        contact.getProducts().clear();
        for (String code : c.products()) {
            contact.getProducts().add(em.createNamedQuery(Product.FIND_BY_CODE, Product.class)
                    .setParameter("code", code).getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInputException("products", "error.product.unknown", code)));
        }
    }

    static EscalationContactView view(EscalationContact c) {
        return new EscalationContactView(c.getId(), c.getRoleNl(), c.getRoleEn(), c.getName(), c.getEmail(),
                c.getPhone(), c.getSortOrder(), c.getProducts().stream().map(Product::getCode).sorted().toList(),
                c.getVersion());
    }

}
