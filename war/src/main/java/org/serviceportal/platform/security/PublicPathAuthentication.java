package org.serviceportal.platform.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Lets anonymous reads of public paths through the container's authentication at once: the exact URL
 * patterns of the servlets and filters marked {@link AnonymousReads} (the banner,
 * {@code GET /api/v1/banners}; {@code /api/v1/status} and {@code /api/v1/products}) and the pages
 * served from snapshots ({@link AnonymousPages}, asked of CDI at the first request).
 * Jakarta Security authenticates every request through one Jakarta Authentication module, which looks
 * up the CDI bean manager and the mechanism twice per request: on the banner, which other
 * applications' login pages fetch on every login, that was a fifth of the time per request. Such a
 * read carries no credentials and the content is public, so there is nothing to authenticate.
 * <p>
 * After Jakarta Security has registered its module for this application, this listener registers a
 * provider in its place that hands every other request to it unchanged. A request is let through
 * only when its raw request URI is exactly one of those paths, its method reads, and it carries no
 * {@code Authorization} header: credentials sent anyway are checked (and wrong ones refused) as on
 * every other endpoint. Whatever the request, the container's authorisation (security constraints)
 * still applies; those paths have none.
 */
@WebListener
public class PublicPathAuthentication implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PublicPathAuthentication.class.getName());
    static final String LAYER = "HttpServlet";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String PASSED = PublicPathAuthentication.class.getName() + ".passed";

    private String registration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        String appContext = context.getVirtualServerName() + " " + context.getContextPath();
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        AuthConfigProvider security = factory == null ? null : factory.getConfigProvider(LAYER, appContext, null);
        String[] paths = publicPaths(context);
        pages = null;
        if (security == null) {
            LOG.warning("No authentication module registered for " + appContext + "; public reads go the common way");
            return;
        }
        registration = factory.registerConfigProvider(new Provider(security, new PublicReads(context.getContextPath(),
                paths)), LAYER, appContext, "Jakarta Security, with anonymous public reads let through");
    }

    /** The exact URL patterns of the servlets marked {@link AnonymousReads}. */
    static String[] publicPaths(ServletContext context) {
        Set<String> paths = new TreeSet<>();
        for (ServletRegistration servlet : context.getServletRegistrations().values()) {
            try {
                Class<?> type = servlet.getClassName() == null ? null
                        : Class.forName(servlet.getClassName(), false, context.getClassLoader());
                if (type != null && type.isAnnotationPresent(AnonymousReads.class)) {
                    servlet.getMappings().stream().filter(m -> m.startsWith("/") && !m.contains("*"))
                            .forEach(paths::add);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // the container's own servlets: never public reads of ours
            }
        }
        for (var filter : context.getFilterRegistrations().values()) {
            try {
                Class<?> type = filter.getClassName() == null ? null
                        : Class.forName(filter.getClassName(), false, context.getClassLoader());
                if (type != null && type.isAnnotationPresent(AnonymousReads.class)) {
                    filter.getUrlPatternMappings().stream().filter(m -> m.startsWith("/") && !m.contains("*"))
                            .forEach(paths::add);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // the container's own filters
            }
        }
        return paths.toArray(String[]::new);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        if (registration != null && factory != null) {
            factory.removeRegistration(registration);
        }
    }

    /** The pages served from snapshots, asked of CDI once, at the first request (not ready before). */
    private static volatile Set<String> pages;

    static Set<String> pages() {
        Set<String> p = pages;
        if (p == null) {
            Set<String> all = new TreeSet<>();
            for (AnonymousPages source : jakarta.enterprise.inject.spi.CDI.current().select(AnonymousPages.class)) {
                all.addAll(source.anonymousReadPaths());
            }
            p = Set.copyOf(all);
            pages = p;
        }
        return p;
    }

    /** The application's context path and the paths whose anonymous reads are let through. */
    record PublicReads(String contextPath, String[] paths) {

        /** Whether the request is an anonymous read of one of the paths (nothing allocated for the exact paths). */
        boolean matches(HttpServletRequest request) {
            String uri = request.getRequestURI();
            if (uri == null || !uri.startsWith(contextPath)) {
                return false;
            }
            int offset = contextPath.length();
            for (String path : paths) {
                if (uri.length() == offset + path.length() && uri.startsWith(path, offset)) {
                    return READS.contains(request.getMethod()) && request.getHeader("Authorization") == null;
                }
            }
            // a page read within a session (signed-in staff) is authenticated as usual: pages may show staff more
            return READS.contains(request.getMethod()) && request.getHeader("Authorization") == null
                    && request.getRequestedSessionId() == null && pages().contains(uri.substring(offset));
        }
    }

    private record Provider(AuthConfigProvider delegate, PublicReads reads) implements AuthConfigProvider {

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return delegate.getClientAuthConfig(layer, appContext, handler);
        }

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return new Config(delegate.getServerAuthConfig(layer, appContext, handler), handler, reads);
        }

        @Override
        public void refresh() {
            delegate.refresh();
        }
    }

    private record Config(ServerAuthConfig delegate, CallbackHandler handler, PublicReads reads)
            implements ServerAuthConfig {

        @Override
        public ServerAuthContext getAuthContext(String authContextID, Subject serviceSubject,
                @SuppressWarnings("rawtypes") Map properties) throws AuthException {
            @SuppressWarnings("unchecked")
            ServerAuthContext context = delegate.getAuthContext(authContextID, serviceSubject, properties);
            return context == null ? null : new Context(context, handler, reads);
        }

        @Override
        public String getMessageLayer() {
            return delegate.getMessageLayer();
        }

        @Override
        public String getAppContext() {
            return delegate.getAppContext();
        }

        @Override
        public String getAuthContextID(MessageInfo messageInfo) {
            return delegate.getAuthContextID(messageInfo);
        }

        @Override
        public void refresh() {
            delegate.refresh();
        }

        @Override
        public boolean isProtected() {
            return delegate.isProtected();
        }
    }

    private record Context(ServerAuthContext delegate, CallbackHandler handler, PublicReads reads)
            implements ServerAuthContext {

        @Override
        public AuthStatus validateRequest(MessageInfo messageInfo, Subject clientSubject, Subject serviceSubject)
                throws AuthException {
            if (messageInfo.getRequestMessage() instanceof HttpServletRequest request
                    && reads.matches(request)) {
                try {
                    // as Jakarta Security's "do nothing": the container is told the caller is anonymous
                    handler.handle(new Callback[] {new CallerPrincipalCallback(clientSubject, (String) null)});
                } catch (IOException | UnsupportedCallbackException e) {
                    throw (AuthException) new AuthException(e.getMessage()).initCause(e);
                }
                request.setAttribute(PASSED, Boolean.TRUE);
                return AuthStatus.SUCCESS;
            }
            return delegate.validateRequest(messageInfo, clientSubject, serviceSubject);
        }

        @Override
        public AuthStatus secureResponse(MessageInfo messageInfo, Subject serviceSubject) throws AuthException {
            if (messageInfo.getRequestMessage() instanceof HttpServletRequest request
                    && request.getAttribute(PASSED) != null) {
                return AuthStatus.SEND_SUCCESS;
            }
            return delegate.secureResponse(messageInfo, serviceSubject);
        }

        @Override
        public void cleanSubject(MessageInfo messageInfo, Subject subject) throws AuthException {
            delegate.cleanSubject(messageInfo, subject);
        }
    }
}
