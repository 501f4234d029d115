package org.serviceportal.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.logging.Logger;
import org.serviceportal.platform.config.PortalSettings;

/**
 * Makes sure there is an administrator: the user {@code admin} with the password of
 * {@code portal.admin.password}, or a generated one printed once to the log at first start.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    UserService users;

    @Inject
    PortalSettings settings;

    @PostConstruct
    void ensure() {
        boolean generated = settings.adminPassword().isEmpty();
        String password = settings.adminPassword().orElseGet(FirstAdministrator::generate);
        boolean created;
        try {
            created = users.createFirstAdministrator(password);
        } catch (RuntimeException e) {
            // Another node of a cluster made it at the same moment (its insert won): theirs stands.
            // Asked again, this answers false when it exists now, and fails again for any other cause.
            created = users.createFirstAdministrator(password);
        }
        if (created) {
            if (generated) {
                // Printed once, on purpose: this is the only way to learn the generated password.
                System.out.println("""

                        ================================================================
                          First administrator created. Log in at /login.xhtml with
                            user:     admin
                            password: %s
                          Change it under Admin > Users. It is not shown again.
                        ================================================================
                        """.formatted(password));
            } else {
                LOG.info("First administrator 'admin' created with the password of portal.admin.password");
            }
        }
    }

    private static String generate() {
        var random = new SecureRandom();
        var sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
