package org.serviceportal.newsletter;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.security.UserService;
import org.serviceportal.platform.web.FormActions;

/** Admin page: newsletter issues and announcements with delivery counts; compose, preview, test and send (editors). */
@Named
@ViewScoped
public class EditIssues implements Serializable {

    /** The compose form. */
    public static class Form implements Serializable {
        public Long id;
        public long version;
        public String subjectNl;
        public String subjectEn;
        public String bodyNl;
        public String bodyEn;
        public List<String> products = new ArrayList<>();

        public Long getId() { return id; }
        public String getSubjectNl() { return subjectNl; }
        public void setSubjectNl(String v) { subjectNl = v; }
        public String getSubjectEn() { return subjectEn; }
        public void setSubjectEn(String v) { subjectEn = v; }
        public String getBodyNl() { return bodyNl; }
        public void setBodyNl(String v) { bodyNl = v; }
        public String getBodyEn() { return bodyEn; }
        public void setBodyEn(String v) { bodyEn = v; }
        public List<String> getProducts() { return products; }
        public void setProducts(List<String> v) { products = v; }
    }

    @Inject
    IssueService issues;

    @Inject
    ProductService productService;

    @Inject
    UserService users;

    @Inject
    FormActions actions;

    private List<IssueService.IssueView> list;
    private transient List<ProductView> productList;
    private Form form;
    private IssueService.Preview preview;
    private Long previewId;
    private String testAddress;

    public List<IssueService.IssueView> getIssues() {
        if (list == null) {
            list = issues.list(0, 200);
        }
        return list;
    }

    public List<ProductView> getProducts() {
        if (productList == null) {
            productList = productService.list();
        }
        return productList;
    }

    public Form getForm() {
        return form;
    }

    public void add() {
        form = new Form();
        preview = null;
    }

    public void edit(IssueService.IssueView i) {
        form = new Form();
        form.id = i.id();
        form.version = i.version();
        form.subjectNl = i.subjectNl();
        form.subjectEn = i.subjectEn();
        form.bodyNl = i.bodyNl();
        form.bodyEn = i.bodyEn();
        form.products = new ArrayList<>(i.products());
        preview = null;
    }

    public void cancel() {
        form = null;
    }

    /** Saves the draft and shows its preview. */
    public void save() {
        Form f = form;
        if (f.products == null || f.products.isEmpty()) {
            actions.reject("newsletter.productsRequired");
            return;
        }
        var change = new IssueService.IssueChange(f.subjectNl, f.subjectEn, f.bodyNl, f.bodyEn, List.copyOf(f.products), f.version);
        IssueService.IssueView[] saved = new IssueService.IssueView[1];
        if (actions.run(() -> saved[0] = f.id == null ? issues.create(change) : issues.update(f.id, change), "admin.message.saved")) {
            form = null;
            list = null;
            showPreview(saved[0]);
        }
    }

    public void showPreview(IssueService.IssueView i) {
        preview = issues.preview(i.id());
        previewId = i.id();
        if (testAddress == null) {
            testAddress = currentUserEmail();
        }
    }

    public void closePreview() {
        preview = null;
        previewId = null;
    }

    public void testSend() {
        if (testAddress == null || testAddress.isBlank()) {
            actions.reject("admin.newsletter.testAddressRequired");
            return;
        }
        actions.run(() -> issues.testSend(previewId, testAddress.strip()), "admin.newsletter.testSent");
    }

    public void send(IssueService.IssueView i) {
        if (actions.run(() -> issues.send(i.id(), i.version()), "admin.newsletter.sending")) {
            list = null;
            preview = null;
            previewId = null;
        }
    }

    public void refresh() {
        list = null;
    }

    public String productNames(IssueService.IssueView i) {
        var lang = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        return String.join(", ", getProducts().stream().filter(p -> i.products().contains(p.code()))
                .map(p -> "en".equals(lang) ? p.nameEn() : p.nameNl()).toList());
    }

    private String currentUserEmail() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? null : users.find(principal.getName()).map(UserService.UserView::email).orElse(null);
    }

    public IssueService.Preview getPreview() {
        return preview;
    }

    public Long getPreviewId() {
        return previewId;
    }

    public String getTestAddress() {
        return testAddress;
    }

    public void setTestAddress(String v) {
        testAddress = v;
    }
}
