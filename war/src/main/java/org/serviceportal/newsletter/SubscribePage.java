package org.serviceportal.newsletter;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.web.ClientAddress;
import org.serviceportal.platform.web.FormActions;
import org.serviceportal.platform.web.TooManyRequestsException;

/** Public page: subscribe to the ICT newsletter (address, language, products, topics, consent). Stateless: no session. */
@Named
@RequestScoped
public class SubscribePage {

    @Inject
    ClientAddress clientAddress;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    ProductService productService;

    @Inject
    FormActions actions;

    @Inject
    CurrentLanguage lang;

    private String email;
    private String language;
    private List<String> products = new ArrayList<>();
    private List<String> topics = new ArrayList<>(Topic.names(Topic.all()));
    private boolean consent;
    private boolean done;
    private List<ProductView> productList;

    public List<ProductView> getProducts() {
        if (productList == null) {
            productList = productService.list();
        }
        return productList;
    }

    /** The topics to choose from, in their order. */
    public List<String> getTopics() {
        return Topic.names(Topic.all());
    }

    public String getConsentVersion() {
        return SubscriptionService.CONSENT_VERSION;
    }

    public void subscribe() {
        if (!consent) {
            actions.rejectField("consent", "newsletter.subscribe.consentRequired");
            return;
        }
        if (products == null || products.isEmpty()) {
            actions.rejectField("products", "newsletter.productsRequired");
            return;
        }
        if (topics == null || topics.isEmpty()) {
            actions.rejectField("topics", "newsletter.topicsRequired");
            return;
        }
        var request = new SubscriptionService.SubscribeRequest(email, language == null ? lang.getCode() : language,
                List.copyOf(products), List.copyOf(topics));
        var http = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            done = actions.run(() -> subscriptions.subscribe(request, clientAddress.of(http)), null);
        } catch (TooManyRequestsException e) {
            actions.reject("newsletter.tooMany");
            return;
        }
        if (done) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, lang.text("newsletter.subscribe.done"), null));
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        email = v;
    }

    public String getLanguage() {
        return language == null ? lang.getCode() : language;
    }

    public void setLanguage(String v) {
        language = v;
    }

    public List<String> getSelectedProducts() {
        return products;
    }

    public void setSelectedProducts(List<String> v) {
        products = v;
    }

    public List<String> getSelectedTopics() {
        return topics;
    }

    public void setSelectedTopics(List<String> v) {
        topics = v;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean v) {
        consent = v;
    }

    public boolean isDone() {
        return done;
    }
}
