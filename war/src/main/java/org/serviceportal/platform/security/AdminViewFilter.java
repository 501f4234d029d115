package org.serviceportal.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Enforces {@link AdminViews}: a signed-in caller without a role the page allows gets 403 (the
 * error page). Anonymous callers never get here: web.xml's constraint on {@code /admin/*} sends
 * them to the login page first.
 */
@WebFilter(urlPatterns = "/admin/*", dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST})
public class AdminViewFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the container's decoded, normalised path, never the raw URI
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (request.getUserPrincipal() == null
                || AdminViews.roleNamesFor(path).stream().noneMatch(request::isUserInRole)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
