package org.serviceportal.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import org.serviceportal.platform.error.Problems;
import org.serviceportal.platform.i18n.Language;

/**
 * Enforces {@link RolesAllowed} on resources with the right answer: 401 (with a challenge) when no
 * one is logged in, 403 when the caller lacks the role. Resources list every role they allow
 * (administrators included), as the container checks the same annotation.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class RoleCheckFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        var method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return;
        }
        var security = request.getSecurityContext();
        Language language = Problems.language(request.getUriInfo().getQueryParameters().getFirst("lang"),
                request.getHeaderString("Accept-Language"));
        if (security.getUserPrincipal() == null) {
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(
                    Problems.response(401, language, "error.http.401.login"))
                    .header("WWW-Authenticate", "Basic realm=\"portal\", Bearer realm=\"portal\"").build());
            return;
        }
        boolean permitted = Arrays.stream(allowed.value()).anyMatch(security::isUserInRole);
        if (!permitted) {
            request.abortWith(Problems.response(403, language, "error.http.403"));
        }
    }
}
