package org.serviceportal.platform.security;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.serviceportal.platform.web.FormActions;

/** Admin page: issue and revoke API tokens for monitoring systems and scripts (administrators). */
@Named
@ViewScoped
public class EditApiTokens implements Serializable {

    public static final int MAX_DAYS = 730;

    /** Request attribute that carries a new token's secret to this response only, never into the view state. */
    private static final String SECRET = EditApiTokens.class.getName() + ".secret";

    @Inject
    ApiTokens tokens;

    @Inject
    FormActions actions;

    /** Looked up when needed: Soteria's security context is no normal-scoped bean, so it cannot travel with the view. */
    @Inject
    Instance<SecurityContext> security;

    private List<ApiTokens.TokenView> list;
    private String name;
    private String role = Role.OPERATOR.roleName();
    private int days = 365;

    public List<ApiTokens.TokenView> getTokens() {
        if (list == null) {
            list = tokens.list();
        }
        return list;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public int getMaxDays() {
        return MAX_DAYS;
    }

    /** The secret of the token issued by this request, or null: it is shown once and never kept. */
    public String getIssuedSecret() {
        return (String) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(SECRET);
    }

    public void issue() {
        String caller = security.get().getCallerPrincipal().getName();
        String[] secret = new String[1];
        boolean ok = actions.run(() -> secret[0] = tokens.issue(name, Role.fromRoleName(role), Duration.ofDays(days),
                caller).secret(), "admin.tokens.message.issued");
        if (ok) {
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(SECRET, secret[0]);
            name = null;
            list = null;
        }
    }

    public void revoke(ApiTokens.TokenView t) {
        actions.run(() -> tokens.revoke(t.id()), "admin.tokens.message.revoked");
        list = null;
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
    public int getDays() { return days; }
    public void setDays(int v) { days = v; }
}
