package org.serviceportal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.serviceportal.platform.config.PortalSettings;

/**
 * The address absolute links start with, without a trailing slash (e.g. {@code https://portal.example.org}).
 *
 * <p>With {@code portal.base-url} set, every link uses it. Unset, pages, feeds and API answers link
 * to the address they were asked at (scheme, host, port and context path of the request), so a
 * portal run on another port or host name links to itself. Mails have no request of their own and
 * may be read anywhere: unset, their links use the address of the portal's own listener (never a
 * {@code Host} header a client chose, which would let anyone send mails that link elsewhere), and the
 * setup checklist asks for the setting.
 */
@ApplicationScoped
public class PublicAddress {

    private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();
    private static final AtomicReference<String> LISTENER = new AtomicReference<>();
    static final String FALLBACK = "http://localhost:8080";

    @Inject
    PortalSettings settings;

    /** The address for links in a page, a feed or an API answer. */
    public String here() {
        return settings.configuredBaseUrl().orElseGet(() -> current().map(PublicAddress::asked).orElseGet(this::listener));
    }

    /** The address for links in mails (and other text read away from the portal). */
    public String forMail() {
        return settings.configuredBaseUrl().orElseGet(
                () -> current().map(PublicAddress::local).orElseGet(this::listener));
    }

    /** Whether {@code portal.base-url} is set. */
    public boolean configured() {
        return settings.configuredBaseUrl().isPresent();
    }

    private String listener() {
        String known = LISTENER.get();
        return known == null ? FALLBACK : known;
    }

    private static Optional<HttpServletRequest> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The address the request was sent to, as the client named it. */
    static String asked(HttpServletRequest r) {
        return origin(r.getScheme(), r.getServerName(), r.getServerPort()) + r.getContextPath();
    }

    /** The address of the listener that took the request: the server's own, whatever the client said. */
    static String local(HttpServletRequest r) {
        String host = r.getLocalAddr();
        if (host == null || host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host) || "0:0:0:0:0:0:0:0".equals(host)) {
            host = "localhost";
        }
        return origin(r.getScheme(), host, r.getLocalPort()) + r.getContextPath();
    }

    static String origin(String scheme, String host, int port) {
        String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        boolean defaultPort = port <= 0 || ("http".equalsIgnoreCase(scheme) && port == 80)
                || ("https".equalsIgnoreCase(scheme) && port == 443);
        return scheme + "://" + h + (defaultPort ? "" : ":" + port);
    }

    /** Keeps the request of the current thread at hand, and remembers the listener's address for mails sent later. */
    @WebListener
    public static class Tracker implements ServletRequestListener {

        @Override
        public void requestInitialized(ServletRequestEvent event) {
            if (event.getServletRequest() instanceof HttpServletRequest r) {
                CURRENT.set(r);
                if (LISTENER.get() == null) {
                    LISTENER.compareAndSet(null, local(r));
                }
            }
        }

        @Override
        public void requestDestroyed(ServletRequestEvent event) {
            CURRENT.remove();
        }
    }
}
