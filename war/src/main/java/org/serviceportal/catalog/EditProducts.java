package org.serviceportal.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.serviceportal.platform.web.FormActions;

/** Admin page: products, their dependencies, and the external services they may depend on (administrators). */
@Named
@ViewScoped
public class EditProducts implements Serializable {

    /** Fields shared by the product and the external-service form. */
    public static class Form implements Serializable {
        /** Null for a new one: the code can only be chosen at creation, since others refer to it. */
        public Long id;
        public long version;
        public String code;
        public String nameNl;
        public String nameEn;
        public String descriptionNl;
        public String descriptionEn;
        public int sortOrder;
        public List<String> dependsOnProducts = new ArrayList<>();
        public List<String> dependsOnExternal = new ArrayList<>();

        public Long getId() { return id; }
        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getNameNl() { return nameNl; }
        public void setNameNl(String v) { nameNl = v; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String v) { nameEn = v; }
        public String getDescriptionNl() { return descriptionNl; }
        public void setDescriptionNl(String v) { descriptionNl = v; }
        public String getDescriptionEn() { return descriptionEn; }
        public void setDescriptionEn(String v) { descriptionEn = v; }
        public int getSortOrder() { return sortOrder; }
        public void setSortOrder(int v) { sortOrder = v; }
        public List<String> getDependsOnProducts() { return dependsOnProducts; }
        public void setDependsOnProducts(List<String> v) { dependsOnProducts = v; }
        public List<String> getDependsOnExternal() { return dependsOnExternal; }
        public void setDependsOnExternal(List<String> v) { dependsOnExternal = v; }
    }

    @Inject
    ProductService service;

    @Inject
    FormActions actions;

    private List<ProductView> products;
    private List<ExternalServiceView> externals;
    private Form product;
    private Form external;

    public List<ProductView> getProducts() {
        if (products == null) {
            products = service.list();
        }
        return products;
    }

    public List<ExternalServiceView> getExternals() {
        if (externals == null) {
            externals = service.externalServices();
        }
        return externals;
    }

    /** The products the one being edited may depend on: all but itself. */
    public List<ProductView> getDependencyCandidates() {
        return getProducts().stream().filter(p -> product == null || !p.code().equals(product.code)).toList();
    }

    public Form getProduct() {
        return product;
    }

    public Form getExternal() {
        return external;
    }

    public void addProduct() {
        product = new Form();
        product.sortOrder = getProducts().stream().mapToInt(ProductView::sortOrder).max().orElse(0) + 1;
    }

    public void editProduct(ProductView p) {
        product = new Form();
        product.id = p.id();
        product.version = p.version();
        product.code = p.code();
        product.nameNl = p.nameNl();
        product.nameEn = p.nameEn();
        product.descriptionNl = p.descriptionNl();
        product.descriptionEn = p.descriptionEn();
        product.sortOrder = p.sortOrder();
        product.dependsOnProducts = new ArrayList<>(p.dependsOnProducts());
        product.dependsOnExternal = new ArrayList<>(p.dependsOnExternal());
    }

    public void cancelProduct() {
        product = null;
    }

    public void saveProduct() {
        Form f = product;
        var change = new ProductService.ProductChange(f.nameNl, f.nameEn, f.descriptionNl, f.descriptionEn, f.sortOrder,
                new HashSet<>(f.dependsOnProducts), new HashSet<>(f.dependsOnExternal), f.version);
        boolean ok = actions.run(() -> {
            if (f.id == null) {
                service.create(f.code, change);
            } else {
                service.update(f.code, change);
            }
        }, "admin.message.saved");
        if (ok) {
            product = null;
            products = null;
        }
    }

    public void addExternal() {
        external = new Form();
    }

    public void editExternal(ExternalServiceView e) {
        external = new Form();
        external.id = e.id();
        external.version = e.version();
        external.code = e.code();
        external.nameNl = e.nameNl();
        external.nameEn = e.nameEn();
        external.descriptionNl = e.descriptionNl();
        external.descriptionEn = e.descriptionEn();
    }

    public void cancelExternal() {
        external = null;
    }

    public void saveExternal() {
        Form f = external;
        var change = new ProductService.ExternalServiceChange(f.nameNl, f.nameEn, f.descriptionNl, f.descriptionEn,
                f.version);
        boolean ok = actions.run(() -> {
            if (f.id == null) {
                service.createExternal(f.code, change);
            } else {
                service.updateExternal(f.id, change);
            }
        }, "admin.message.saved");
        if (ok) {
            external = null;
            externals = null;
        }
    }
}
