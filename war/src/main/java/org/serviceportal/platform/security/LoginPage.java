package org.serviceportal.platform.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.security.oidc.OidcLogin;
import org.serviceportal.platform.security.totp.SecondFactorSignIn;

/** The login form and logout. */
@Named("login")
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    CurrentLanguage lang;

    @Inject
    SecondFactorSignIn secondFactor;

    @Inject
    OidcLogin oidc;

    private String username;
    private String password;
    private String next;

    public String submit() throws IOException {
        ExternalContext ec = faces.getExternalContext();
        var request = (HttpServletRequest) ec.getRequest();
        var response = (HttpServletResponse) ec.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            ec.redirect(ec.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return null;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            var step = secondFactor.page(request);
            if (step.isPresent() && !response.isCommitted()) {
                ec.redirect(ec.getRequestContextPath() + step.get() + "?next="
                        + java.net.URLEncoder.encode(safeNext(), java.nio.charset.StandardCharsets.UTF_8));
            }
            faces.responseComplete();
            return null;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, lang.text("login.failed"), null));
        return null;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ec = faces.getExternalContext();
        var request = (HttpServletRequest) ec.getRequest();
        var atProvider = oidc.logoutAtProvider(request); // read before the session ends
        request.logout();
        ec.invalidateSession();
        ec.redirect(atProvider.map(java.net.URI::toString).orElse(ec.getRequestContextPath() + "/"));
        faces.responseComplete();
    }

    /** Only a path inside the portal: never an open redirect. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/admin/index.xhtml";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
