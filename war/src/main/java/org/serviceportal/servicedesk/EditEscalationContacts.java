package org.serviceportal.servicedesk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.web.FormActions;

/** Admin page: add, change and remove escalation contacts (editors). */
@Named
@ViewScoped
public class EditEscalationContacts implements Serializable {

    /** The form's fields. */
    public static class Form implements Serializable {
        public Long id;
        public long version;
        public String roleNl;
        public String roleEn;
        public String name;
        public String email;
        public String phone;
        public int sortOrder;
        public List<String> products = new ArrayList<>();

        public Long getId() { return id; }
        public String getRoleNl() { return roleNl; }
        public void setRoleNl(String v) { roleNl = v; }
        public String getRoleEn() { return roleEn; }
        public void setRoleEn(String v) { roleEn = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public int getSortOrder() { return sortOrder; }
        public void setSortOrder(int v) { sortOrder = v; }
        public List<String> getProducts() { return products; }
        public void setProducts(List<String> v) { products = v; }
    }

    @Inject
    EscalationContactService contacts;

    @Inject
    ProductService products;

    @Inject
    FormActions actions;

    private List<EscalationContactView> list;
    private Form form;

    public List<EscalationContactView> getContacts() {
        if (list == null) {
            list = contacts.list();
        }
        return list;
    }

    public List<ProductView> getAllProducts() {
        return products.list();
    }

    public Form getForm() {
        return form;
    }

    public void edit(EscalationContactView c) {
        form = new Form();
        form.id = c.id();
        form.version = c.version();
        form.roleNl = c.roleNl();
        form.roleEn = c.roleEn();
        form.name = c.name();
        form.email = c.email();
        form.phone = c.phone();
        form.sortOrder = c.sortOrder();
        form.products = new ArrayList<>(c.products());
    }

    public void add() {
        form = new Form();
        form.sortOrder = getContacts().size() + 1;
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        var change = new EscalationContactService.ContactChange(form.roleNl, form.roleEn, form.name, form.email,
                form.phone, form.sortOrder, new HashSet<>(form.products), form.version);
        boolean ok = actions.run(() -> {
            if (form.id == null) {
                contacts.create(change);
            } else {
                contacts.update(form.id, change);
            }
        }, "admin.message.saved");
        if (ok) {
            form = null;
            list = null;
        }
    }

    public void delete(EscalationContactView c) {
        if (actions.run(() -> contacts.delete(c.id(), c.version()), "admin.message.deleted")) {
            form = null;
        }
        list = null;
    }
}
