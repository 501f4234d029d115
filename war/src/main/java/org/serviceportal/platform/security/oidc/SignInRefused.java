package org.serviceportal.platform.security.oidc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Set;

/** The page that says why a sign-in through the provider was refused; unknown reasons read as "failed". */
@Named
@RequestScoped
public class SignInRefused {

    private static final Set<String> REASONS = Set.of("no-role", "local-account", "disabled", "failed");

    private String reason = "failed";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = REASONS.contains(reason) ? reason : "failed";
    }
}
