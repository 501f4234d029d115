package org.serviceportal.newsletter;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
@ViewScoped
public class ManageSubscriptionPage implements Serializable {

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
    private transient List<ProductView> productList;

    /** Loads the subscription of a manage/unsubscribe link (view action). */
    public void load() {
        if (subscriber != null || invalid) {
            return;
        }
        try {
            subscriber = subscriptions.byLink(token);
            language = subscriber.language();
            products = new ArrayList<>(subscriber.products());
        } catch (InvalidInputException e) {
            invalid = true;
        }
    }

    public void confirm() {
        if (actions.run(() -> subscriber = subscriptions.confirm(token), "newsletter.confirm.done")) {
            confirmed = true;
        }
    }

    public void save() {
        if (products == null || products.isEmpty()) {
            actions.reject("newsletter.productsRequired");
            return;
        }
        var prefs = new SubscriptionService.Preferences(language, List.copyOf(products), subscriber.version());
        actions.run(() -> subscriber = subscriptions.changePreferences(token, prefs), "newsletter.manage.saved");
    }

    public void unsubscribe() {
        actions.run(() -> subscriber = subscriptions.unsubscribe(token), "newsletter.unsubscribe.done");
    }

    public List<ProductView> getProducts() {
        if (productList == null) {
            productList = productService.list();
        }
        return productList;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String v) {
        token = v;
    }

    public SubscriptionService.SubscriberView getSubscriber() {
        return subscriber;
    }

    public boolean isInvalid() {
        return invalid;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public boolean isActive() {
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
