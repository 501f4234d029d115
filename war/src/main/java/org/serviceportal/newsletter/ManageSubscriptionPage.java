package org.serviceportal.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.web.FormActions;

/**
 * Public pages reached from mailed links: confirm a subscription, manage its preferences, and
 * unsubscribe. Nothing happens on merely opening a link (mail scanners open links): each needs a button.
 */
@Named
@RequestScoped
public class ManageSubscriptionPage {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    ProductService productService;

    @Inject
    FormActions actions;

    private String token;
    private SubscriptionService.SubscriberView subscriber;
    private boolean invalid;
    private boolean confirmed;
    private String language;
    private List<String> products = new ArrayList<>();
    private List<String> topics = new ArrayList<>();
    private List<ProductView> productList;

    /**
     * Loads the subscription of a manage/unsubscribe link (view action, and on a postback before
     * the page's {@code rendered} conditions are read). The views are stateless: a postback carries
     * the link's token as the plain hidden field {@code token} (view parameters are not applied again on a postback).
     */
    public void load() {
        if (subscriber != null || invalid) {
            return;
        }
        if (token == null) {
            token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        }
        if (token == null) {
            invalid = true;
            return;
        }
        try {
            subscriber = subscriptions.byLink(token);
            language = subscriber.language();
            products = new ArrayList<>(subscriber.products());
            topics = new ArrayList<>(subscriber.topics());
        } catch (InvalidInputException e) {
            invalid = true;
        }
    }

    public void confirm() {
        if (token == null) {
            // a postback: view parameters are not applied again; the form carries the token
            token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        }
        if (actions.run(() -> subscriber = subscriptions.confirm(token), "newsletter.confirm.done")) {
            confirmed = true;
        }
    }

    public void save() {
        if (products == null || products.isEmpty()) {
            actions.reject("newsletter.productsRequired");
            return;
        }
        if (topics == null || topics.isEmpty()) {
            actions.reject("newsletter.topicsRequired");
            return;
        }
        load();
        if (subscriber == null) {
            return;
        }
        var prefs = new SubscriptionService.Preferences(language, List.copyOf(products), List.copyOf(topics),
                shownVersion());
        actions.run(() -> subscriber = subscriptions.changePreferences(token, prefs), "newsletter.manage.saved");
    }

    public void unsubscribe() {
        load();
        actions.run(() -> subscriber = subscriptions.unsubscribe(token), "newsletter.unsubscribe.done");
    }

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

    public List<String> getSelectedTopics() {
        return topics;
    }

    public void setSelectedTopics(List<String> v) {
        topics = v;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String v) {
        token = v;
    }

    public SubscriptionService.SubscriberView getSubscriber() {
        load();
        return subscriber;
    }

    public boolean isInvalid() {
        load();
        return invalid;
    }

    /** The version of the subscription the visitor saw (a hidden field), so that a stale save is refused. */
    private long shownVersion() {
        String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("version");
        try {
            return posted == null ? subscriber.version() : Long.parseLong(posted);
        } catch (NumberFormatException e) {
            return subscriber.version();
        }
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public boolean isActive() {
        load();
        return subscriber != null && "CONFIRMED".equals(subscriber.state());
    }

    public String getLanguage() {
        return language;
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
}
