package org.serviceportal.webhook;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.web.FormActions;

/**
 * Admin page: register webhooks (the secret shown once), delete them, send a test delivery and read
 * a webhook's delivery log (administrators).
 */
@Named
@ViewScoped
public class EditWebhooks implements Serializable {

    /** How many deliveries the page shows of a webhook's log. */
    static final int LOG_SIZE = 50;

    /** Request attribute that carries a new webhook's secret to this response only, never into the view state. */
    private static final String SECRET = EditWebhooks.class.getName() + ".secret";

    @Inject
    WebhookService webhooks;

    @Inject
    ProductService products;

    @Inject
    FormActions actions;

    private List<WebhookService.WebhookView> list;
    private List<ProductView> allProducts;
    private String url;
    private List<String> events = new ArrayList<>();
    private List<String> selectedProducts = new ArrayList<>();
    private String format = Webhook.Format.JSON.name();
    private Long shown;
    private List<WebhookService.DeliveryView> deliveries;

    public List<WebhookService.WebhookView> getWebhooks() {
        if (list == null) {
            list = webhooks.list();
        }
        return list;
    }

    public List<String> getAllEvents() {
        return java.util.Arrays.stream(WebhookEvent.values()).map(WebhookEvent::eventName).toList();
    }

    public List<ProductView> getAllProducts() {
        if (allProducts == null) {
            allProducts = products.list();
        }
        return allProducts;
    }

    public Webhook.Format[] getFormats() {
        return Webhook.Format.values();
    }

    /** The secret of the webhook registered by this request, or null: it is shown once and never kept. */
    public String getRegisteredSecret() {
        return (String) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(SECRET);
    }

    public void register() {
        String[] secret = new String[1];
        WebhookInputException[] refused = new WebhookInputException[1];
        boolean ok = actions.run(() -> {
            try {
                secret[0] = webhooks.register(url, events, selectedProducts, Webhook.Format.valueOf(format)).secret();
            } catch (WebhookInputException e) {
                refused[0] = e;
            }
        }, null);
        if (refused[0] != null) {
            actions.reject(refused[0].key(), refused[0].argument());
            return;
        }
        if (ok) {
            actions.inform("admin.webhooks.message.registered");
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(SECRET, secret[0]);
            url = null;
            events = new ArrayList<>();
            selectedProducts = new ArrayList<>();
            format = Webhook.Format.JSON.name();
            list = null;
        }
    }

    public void delete(WebhookService.WebhookView w) {
        actions.run(() -> webhooks.delete(w.id()), "admin.webhooks.message.deleted");
        if (Long.valueOf(w.id()).equals(shown)) {
            shown = null;
            deliveries = null;
        }
        list = null;
    }

    public void sendTest(WebhookService.WebhookView w) {
        if (actions.run(() -> webhooks.sendTest(w.id()), "admin.webhooks.message.testQueued")) {
            shown = w.id();
            deliveries = null;
        }
    }

    public void showDeliveries(WebhookService.WebhookView w) {
        shown = w.id();
        deliveries = null;
    }

    /** Reads the shown log again (a test delivery is sent in the background). */
    public void refresh() {
        deliveries = null;
    }

    /** The webhook whose log is shown, or null. */
    public WebhookService.WebhookView getShownWebhook() {
        return shown == null ? null : getWebhooks().stream().filter(w -> w.id() == shown).findFirst().orElse(null);
    }

    public List<WebhookService.DeliveryView> getDeliveries() {
        if (shown == null) {
            return List.of();
        }
        if (deliveries == null) {
            deliveries = webhooks.deliveries(shown, 0, LOG_SIZE);
        }
        return deliveries;
    }

    /** The product names of a webhook, or null when it takes every product. */
    public String productNames(WebhookService.WebhookView w) {
        if (w.products().isEmpty()) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean english = "en".equals(faces.getViewRoot().getLocale().getLanguage());
        return String.join(", ", w.products().stream().map(code -> getAllProducts().stream()
                .filter(p -> p.code().equals(code)).findFirst().map(p -> english ? p.nameEn() : p.nameNl()).orElse(code))
                .toList());
    }

    public String getUrl() { return url; }
    public void setUrl(String v) { url = v; }
    public List<String> getEvents() { return events; }
    public void setEvents(List<String> v) { events = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public List<String> getSelectedProducts() { return selectedProducts; }
    public void setSelectedProducts(List<String> v) { selectedProducts = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getFormat() { return format; }
    public void setFormat(String v) { format = v; }
}
