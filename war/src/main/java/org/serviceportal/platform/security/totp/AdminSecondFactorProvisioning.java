package org.serviceportal.platform.security.totp;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code portal.admin.totp-secret} ({@code PORTAL_ADMIN_TOTP_SECRET}): a Base32 secret given to the
 * user {@code admin} at start-up when it has no second factor yet. For test portals and scripted
 * installs whose operator enrols the secret in an authenticator themselves; unset, an administrator
 * enrols on the page at first sign-in.
 */
@Startup
@Singleton
@DependsOn("FirstAdministrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdminSecondFactorProvisioning {

    private static final Logger LOG = Logger.getLogger(AdminSecondFactorProvisioning.class.getName());

    @Inject
    @ConfigProperty(name = "portal.admin.totp-secret")
    Optional<String> secret;

    @Inject
    TotpService totp;

    @PostConstruct
    void provision() {
        secret.filter(s -> !s.isBlank()).ifPresent(s -> {
            try {
                if (totp.provision("admin", s)) {
                    LOG.info("The administrator 'admin' got the second factor of portal.admin.totp-secret");
                }
            } catch (RuntimeException e) {
                // another node of a cluster provisioned it at the same moment, or the setting is not Base32
                LOG.warning("portal.admin.totp-secret was not applied: " + e);
            }
        });
    }
}
