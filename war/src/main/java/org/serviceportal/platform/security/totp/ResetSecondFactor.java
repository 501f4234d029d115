package org.serviceportal.platform.security.totp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.serviceportal.platform.i18n.CurrentLanguage;

/** On the users page: whether a user has a second factor, and the administrator's reset of it. */
@Named
@RequestScoped
public class ResetSecondFactor {

    @Inject
    TotpService totp;

    @Inject
    CurrentLanguage lang;

    public boolean enrolled(String username) {
        return totp.enrolled(username);
    }

    public void reset(String username) {
        if (totp.remove(username)) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, lang.text("totp.message.reset", username), null));
        }
    }
}
