package org.serviceportal.catalog;

import static org.serviceportal.platform.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;

/** Owns products and external services and their dependencies. */
@ApplicationScoped
public class ProductService {

    /** The editable fields of a product; {@code version} is the one the editor started from. */
    public record ProductChange(
            @NotBlank @Size(max = 200) String nameNl,
            @NotBlank @Size(max = 200) String nameEn,
            @Size(max = 4000) String descriptionNl,
            @Size(max = 4000) String descriptionEn,
            @Min(0) int sortOrder,
            @NotNull Set<String> dependsOnProducts,
            @NotNull Set<String> dependsOnExternal,
            long version) {
    }

    /** The editable fields of an external service. */
    public record ExternalServiceChange(
            @NotBlank @Size(max = 200) String nameNl,
            @NotBlank @Size(max = 200) String nameEn,
            @Size(max = 4000) String descriptionNl,
            @Size(max = 4000) String descriptionEn,
            long version) {
    }

    /** A fall-back message in both languages. */
    public record FallbackMessage(
            @Size(max = ExternalService.MESSAGE_MAX) String nl,
            @Size(max = ExternalService.MESSAGE_MAX) String en) {
    }

    /**
     * Switching an external service's fall-back on or off; {@code message} (optional) replaces the
     * one kept. It can only be on with a message in both languages.
     */
    public record FallbackSwitch(@NotNull Boolean active, @Valid FallbackMessage message) {
    }

    public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<ProductStatusChanged> statusChanged;

    @Inject
    jakarta.enterprise.event.Event<ProductCreated> created;

    @Inject
    jakarta.enterprise.event.Event<ExternalServiceChanged> externalChanged;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    @Inject
    java.time.Clock clock;

    public List<ProductView> list() {
        return em.createNamedQuery(Product.FIND_ALL, Product.class).getResultList().stream()
                .map(ProductService::view).toList();
    }

    public Optional<ProductView> find(String code) {
        return findEntity(code).map(ProductService::view);
    }

    public ProductView get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Product", code));
    }

    public List<ExternalServiceView> externalServices() {
        return em.createNamedQuery(ExternalService.FIND_ALL, ExternalService.class).getResultList().stream()
                .map(ProductService::view).toList();
    }

    public Optional<ExternalServiceView> findExternal(String code) {
        return findExternalEntity(code).map(ProductService::view);
    }

    public ExternalServiceView getExternal(String code) {
        return findExternal(code).orElseThrow(() -> new NotFoundException("ExternalService", code));
    }

    /**
     * Switches an external service's fall-back on or off (operators and administrators), and edits its
     * message; audited before → after, and announced ({@link ExternalServiceChanged}) so that the status
     * page, the status API and the banner show it at once, on every node.
     *
     * @throws NotFoundException     when no external service has this code
     * @throws InvalidInputException when the message is missing or given in one language only
     */
    @Transactional
    public ExternalServiceView switchFallback(@NotBlank String code, @NotNull @Valid FallbackSwitch change) {
        ExternalService service = findExternalEntity(code).orElseThrow(() -> new NotFoundException("ExternalService", code));
        var before = view(service);
        FallbackMessage m = change.message();
        service.switchFallback(change.active(), m == null ? null : m.nl(), m == null ? null : m.en(), clock.instant(),
                actor());
        em.flush();
        var after = view(service);
        audit.updated("ExternalService", code, before, after);
        externalChanged.fire(new ExternalServiceChanged(code, after.fallbackActive()));
        return after;
    }

    private String actor() {
        var p = security.getCallerPrincipal();
        return p == null ? "system" : p.getName();
    }

    private Optional<ExternalService> findExternalEntity(String code) {
        return em.createNamedQuery(ExternalService.FIND_BY_CODE, ExternalService.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Transactional
    public ProductView create(@NotBlank @Pattern(regexp = CODE_PATTERN) String code, @Valid ProductChange change) {
        if (findEntity(code).isPresent()) {
            throw new InvalidInputException("code", "error.product.codeTaken");
        }
        var product = new Product(code);
        apply(product, change);
        em.persist(product);
        em.flush();
        var after = view(product);
        audit.created("Product", code, after);
        created.fire(new ProductCreated(code));
        // a new product has a status (and a banner) of its own from now on
        statusChanged.fire(new ProductStatusChanged(code));
        return after;
    }

    @Transactional
    public ProductView update(@NotBlank String code, @Valid ProductChange change) {
        Product product = findEntity(code).orElseThrow(() -> new NotFoundException("Product", code));
        if (product.getVersion() != change.version()) {
            throw new StaleVersionException("Product", code);
        }
        var before = view(product);
        apply(product, change);
        em.flush();
        var after = view(product);
        audit.updated("Product", code, before, after);
        // names and dependencies show in the status page and the banner
        statusChanged.fire(new ProductStatusChanged(code));
        return after;
    }

    @Transactional
    public ExternalServiceView createExternal(@NotBlank @Pattern(regexp = CODE_PATTERN) String code,
            @Valid ExternalServiceChange change) {
        boolean exists = em.createNamedQuery(ExternalService.FIND_ALL, ExternalService.class).getResultStream()
                .anyMatch(e -> e.getCode().equals(code));
        if (exists) {
            throw new InvalidInputException("code", "error.externalService.codeTaken");
        }
        var service = new ExternalService(code);
        service.update(change.nameNl(), change.nameEn(), change.descriptionNl(), change.descriptionEn());
        em.persist(service);
        em.flush();
        var after = view(service);
        audit.created("ExternalService", code, after);
        return after;
    }

    @Transactional
    public ExternalServiceView updateExternal(long id, @Valid ExternalServiceChange change) {
        ExternalService service = Optional.ofNullable(em.find(ExternalService.class, id))
                .orElseThrow(() -> new NotFoundException("ExternalService", id));
        if (service.getVersion() != change.version()) {
            throw new StaleVersionException("ExternalService", id);
        }
        var before = view(service);
        service.update(change.nameNl(), change.nameEn(), change.descriptionNl(), change.descriptionEn());
        em.flush();
        var after = view(service);
        audit.updated("ExternalService", service.getCode(), before, after);
        // its name shows on the status page and in the banner
        externalChanged.fire(new ExternalServiceChanged(service.getCode(), after.fallbackActive()));
        return after;
    }

    private void apply(Product product, ProductChange change) {
        product.update(change.nameNl().strip(), change.nameEn().strip(), blankToNull(change.descriptionNl()),
                blankToNull(change.descriptionEn()), change.sortOrder());
        Set<Product> products = new HashSet<>();
        for (String code : change.dependsOnProducts()) {
            Product dep = findEntity(code)
                    .orElseThrow(() -> new InvalidInputException("dependsOnProducts", "error.product.unknown", code));
            if (dep.getCode().equals(product.getCode())) {
                throw new InvalidInputException("dependsOnProducts", "error.product.dependsOnItself");
            }
            products.add(dep);
        }
        Set<ExternalService> externals = new HashSet<>();
        var known = em.createNamedQuery(ExternalService.FIND_ALL, ExternalService.class).getResultList();
        for (String code : change.dependsOnExternal()) {
            externals.add(known.stream().filter(e -> e.getCode().equals(code)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("dependsOnExternal", "error.externalService.unknown", code)));
        }
        product.getDependsOnProducts().clear();
        product.getDependsOnProducts().addAll(products);
        product.getDependsOnExternal().clear();
        product.getDependsOnExternal().addAll(externals);
    }

    private Optional<Product> findEntity(String code) {
        return em.createNamedQuery(Product.FIND_BY_CODE, Product.class).setParameter("code", code)
                .getResultStream().findFirst();
    }


    static ProductView view(Product p) {
        return new ProductView(p.getId(), p.getCode(), p.getNameNl(), p.getNameEn(), p.getDescriptionNl(),
                p.getDescriptionEn(), p.getSortOrder(),
                p.getDependsOnProducts().stream().map(Product::getCode).sorted().toList(),
                p.getDependsOnExternal().stream().map(ExternalService::getCode).sorted().toList(),
                p.getVersion());
    }

    static ExternalServiceView view(ExternalService e) {
        return new ExternalServiceView(e.getId(), e.getCode(), e.getNameNl(), e.getNameEn(), e.getDescriptionNl(),
                e.getDescriptionEn(), e.getVersion(), e.isFallbackActive(), e.getFallbackMessageNl(),
                e.getFallbackMessageEn(), e.getFallbackChangedAt(), e.getFallbackChangedBy());
    }
}
