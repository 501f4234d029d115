package org.serviceportal.catalog;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.serviceportal.platform.web.FormActions;

/**
 * Admin page: the external services and their fall-back (for FAS: the eID back-up process), switched
 * on and off by operators and administrators, with the message the public reads while it is on.
 */
@Named
@ViewScoped
public class SwitchFallback implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One external service in the table: what it is, how it is now. */
    public record Row(ExternalServiceView service, ProductStatus status) implements Serializable {
    }

    @Inject
    ProductService catalog;

    /** Looked up when needed: the provider is an interface, whose implementation's scope this view cannot vouch for. */
    @Inject
    Instance<ProductStatusProvider> statuses;

    @Inject
    FormActions actions;

    /** The code of the service being edited (view parameter); the first one when none is asked for. */
    private String code;
    private String messageNl;
    private String messageEn;
    private List<Row> rows;
    private ExternalServiceView selected;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = catalog.externalServices().stream().map(e -> new Row(e, statuses.get().statusOfExternal(e.code()))).toList();
        }
        return rows;
    }

    /** The service being edited; null when there are none. */
    public ExternalServiceView getSelected() {
        if (selected == null) {
            selected = getRows().stream().map(Row::service).filter(e -> code == null || e.code().equals(code))
                    .findFirst().orElse(null);
            if (selected != null) {
                messageNl = selected.fallbackMessageNl();
                messageEn = selected.fallbackMessageEn();
            }
        }
        return selected;
    }

    public String getMessageNl() {
        return messageNl;
    }

    public void setMessageNl(String messageNl) {
        this.messageNl = messageNl;
    }

    public String getMessageEn() {
        return messageEn;
    }

    public void setMessageEn(String messageEn) {
        this.messageEn = messageEn;
    }

    public void switchOn() {
        apply(true, true, "admin.external.message.on");
    }

    public void switchOff() {
        apply(false, false, "admin.external.message.off");
    }

    /** Saves the message and leaves the fall-back as it is. */
    public void saveMessage() {
        ExternalServiceView s = getSelected();
        if (s != null) {
            apply(s.fallbackActive(), true, "admin.external.message.saved");
        }
    }

    private void apply(boolean active, boolean messageRequired, String successKey) {
        ExternalServiceView s = getSelected();
        if (s == null) {
            return;
        }
        boolean given = !blank(messageNl) && !blank(messageEn);
        if (messageRequired && !given) {
            actions.reject("admin.external.message.required");
            return;
        }
        // switching off keeps the message kept when the form's is incomplete
        var message = given ? new ProductService.FallbackMessage(messageNl, messageEn) : null;
        boolean ok = actions.run(() -> catalog.switchFallback(s.code(),
                new ProductService.FallbackSwitch(active, message)), successKey);
        if (ok) {
            code = s.code();
            rows = null;
            selected = null;
            getSelected();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
