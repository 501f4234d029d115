package org.serviceportal.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's settings (MicroProfile Config: each key is also an environment variable, e.g.
 * {@code portal.smtp.host} as {@code PORTAL_SMTP_HOST}). The table in docs/operations.md lists them.
 */
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "portal.base-url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "noreply@localhost")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "portal.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "portal.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "portal.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "portal.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "portal.smtp.starttls", defaultValue = "false")
    boolean smtpStartTls;

    @Inject
    @ConfigProperty(name = "portal.mail.send-interval-seconds", defaultValue = "10")
    int mailSendIntervalSeconds;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> adminPassword;

    /**
     * The public address an operator configured ({@code portal.base-url}), without a trailing slash;
     * empty when unset. Links are built by {@code platform.web.PublicAddress}, which falls back to the
     * address a request came in at.
     */
    public Optional<String> configuredBaseUrl() {
        return baseUrl.map(String::strip).filter(u -> !u.isEmpty())
                .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    public String mailFrom() {
        return mailFrom;
    }

    public Optional<String> smtpHost() {
        return smtpHost.filter(h -> !h.isBlank());
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Optional<String> smtpUser() {
        return smtpUser.filter(u -> !u.isBlank());
    }

    public Optional<String> smtpPassword() {
        return smtpPassword;
    }

    public boolean smtpStartTls() {
        return smtpStartTls;
    }

    public Duration mailSendInterval() {
        return Duration.ofSeconds(Math.max(1, mailSendIntervalSeconds));
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }
}
