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
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Lets anonymous reads of the paths features name ({@link AnonymousReads}: the banner, the status
 * API, pages served from snapshots) through the container's authentication at once. Jakarta
 * Security authenticates every request through one Jakarta Authentication module, which looks up
 * the CDI bean manager and the mechanism twice per request: on the banner, which other
 * applications' login pages fetch on every login, that was a fifth of the time per request. Such a
 * read carries no credentials and its answer is the same for everyone, so there is nothing to
 * authenticate.
 * <p>
 * After Jakarta Security has registered its module for this application, this listener registers a
 * provider in its place that hands every other request to it unchanged. A request is let through
 * only when its raw request URI is exactly one of those paths, its method reads, and it carries no
 * {@code Authorization} header: credentials sent anyway are checked (and wrong ones refused) as on
 * every other endpoint. Whatever the request, the container's authorisation (security constraints)
 * still applies; these paths have none.
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
        if (security == null) {
            LOG.warning("No authentication module registered for " + appContext + "; public paths go the common way");
            return;
        }
        paths = null;
        registration = factory.registerConfigProvider(new Provider(security, context.getContextPath()), LAYER,
                appContext, "Jakarta Security, with anonymous reads of public paths let through");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        if (registration != null && factory != null) {
            factory.removeRegistration(registration);
        }
    }

    /** The paths, asked of the features once, at the first request (CDI is not ready before). */
    private static volatile Set<String> paths;

    static Set<String> paths() {
        Set<String> p = paths;
        if (p == null) {
            Set<String> all = new java.util.HashSet<>();
            for (AnonymousReads reads : jakarta.enterprise.inject.spi.CDI.current().select(AnonymousReads.class)) {
                all.addAll(reads.anonymousReadPaths());
            }
            p = Set.copyOf(all);
            paths = p;
        }
        return p;
    }

    /** Whether the request is an anonymous read of a public path of this application. */
    static boolean isAnonymousPublicRead(HttpServletRequest request, String contextPath) {
        String uri = request.getRequestURI();
        return uri != null && uri.startsWith(contextPath)
                && READS.contains(request.getMethod())
                && request.getHeader("Authorization") == null
                && paths().contains(uri.substring(contextPath.length()));
    }

    private record Provider(AuthConfigProvider delegate, String contextPath) implements AuthConfigProvider {

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return delegate.getClientAuthConfig(layer, appContext, handler);
        }

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return new Config(delegate.getServerAuthConfig(layer, appContext, handler), handler, contextPath);
        }

        @Override
        public void refresh() {
            delegate.refresh();
        }
    }

    private record Config(ServerAuthConfig delegate, CallbackHandler handler, String contextPath)
            implements ServerAuthConfig {

        @Override
        public ServerAuthContext getAuthContext(String authContextID, Subject serviceSubject,
                @SuppressWarnings("rawtypes") Map properties) throws AuthException {
            @SuppressWarnings("unchecked")
            ServerAuthContext context = delegate.getAuthContext(authContextID, serviceSubject, properties);
            return context == null ? null : new Context(context, handler, contextPath);
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

    private record Context(ServerAuthContext delegate, CallbackHandler handler, String contextPath)
            implements ServerAuthContext {

        @Override
        public AuthStatus validateRequest(MessageInfo messageInfo, Subject clientSubject, Subject serviceSubject)
                throws AuthException {
            if (messageInfo.getRequestMessage() instanceof HttpServletRequest request
                    && isAnonymousPublicRead(request, contextPath)) {
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
