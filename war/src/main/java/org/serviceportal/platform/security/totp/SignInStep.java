package org.serviceportal.platform.security.totp;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.security.VerifiedCaller;

/** The second step of signing in: the code of the authenticator app, or enrolling one first. */
@Named("signInStep")
@RequestScoped
public class SignInStep {

    @Inject
    SecondFactorSignIn secondFactor;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    CurrentLanguage lang;

    private String code;
    private String next;

    /** Without a pending step (expired, or too many wrong codes) the page sends back to the login page. */
    public void check() throws IOException {
        if (secondFactor.pending(request()).isEmpty()) {
            ExternalContext ec = faces.getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
            faces.responseComplete();
        }
    }

    /** The secret offered for enrolment (null on the code page). */
    public TotpService.Offer getOffer() {
        return secondFactor.pending(request()).map(SecondFactorSignIn.Pending::offer).orElse(null);
    }

    public String getUsername() {
        return secondFactor.pending(request()).map(SecondFactorSignIn.Pending::username).orElse("");
    }

    public String submit() throws IOException {
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = request();
        Optional<VerifiedCaller> caller = secondFactor.complete(request, code);
        if (caller.isPresent()) {
            AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ec.getResponse(),
                    withParams().credential(caller.get()).newAuthentication(true));
            if (status == AuthenticationStatus.SUCCESS) {
                ec.redirect(ec.getRequestContextPath() + safeNext());
                faces.responseComplete();
                return null;
            }
        }
        if (secondFactor.pending(request).isEmpty()) {
            ec.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, lang.text("signIn.code.startOver"), null));
            ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
            faces.responseComplete();
            return null;
        }
        faces.addMessage("step:code", new FacesMessage(FacesMessage.SEVERITY_ERROR, lang.text("signIn.code.wrong"), null));
        return null;
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    /** Only a path inside the portal: never an open redirect. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/admin/index.xhtml";
        }
        return next;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
