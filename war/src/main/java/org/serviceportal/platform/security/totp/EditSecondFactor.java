package org.serviceportal.platform.security.totp;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import org.serviceportal.platform.i18n.CurrentLanguage;

/** The signed-in user's own second factor: enrol (or replace) and remove. */
@Named
@ViewScoped
public class EditSecondFactor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TotpService totp;

    /** Looked up when needed: Soteria's security context is no normal-scoped bean, so it cannot travel with the view. */
    @Inject
    Instance<SecurityContext> securityContext;

    @Inject
    CurrentLanguage lang;

    private TotpService.Offer offer;
    private String code;

    public boolean isEnrolled() {
        return totp.enrolled(caller());
    }

    public void start() {
        offer = totp.offer(caller());
        code = null;
    }

    public void confirm() {
        if (offer != null && totp.confirm(caller(), offer.secret(), code)) {
            offer = null;
            code = null;
            info("totp.message.enrolled");
        } else {
            FacesContext.getCurrentInstance().addMessage("factor:code",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, lang.text("signIn.code.wrong"), null));
        }
    }

    public void cancel() {
        offer = null;
        code = null;
    }

    public void remove() {
        totp.remove(caller());
        info("totp.message.removed");
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, lang.text(key), null));
    }

    private String caller() {
        return securityContext.get().getCallerPrincipal().getName();
    }

    public TotpService.Offer getOffer() {
        return offer;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
