package org.serviceportal.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that says who the client is: every limiter and throttle asks here, so that behind
 * the recommended reverse proxy each visitor counts on their own, and a visitor who talks to the
 * portal directly cannot pretend to be someone else with a forged {@code X-Forwarded-For}.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "portal.http.trusted-proxies")
    Optional<String> trustedProxies;

    private TrustedProxies trusted = TrustedProxies.NONE;

    @PostConstruct
    void init() {
        trusted = TrustedProxies.parse(trustedProxies.orElse(""));
    }

    /** The client's IP address (see {@link TrustedProxies#client}). */
    public String of(HttpServletRequest request) {
        return trusted.client(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** Whether the client reached the portal (or its trusted proxy) over HTTPS. */
    public boolean secure(HttpServletRequest request) {
        return trusted.secure(request.getRemoteAddr(), request.isSecure(), request.getHeader("X-Forwarded-Proto"));
    }
}
