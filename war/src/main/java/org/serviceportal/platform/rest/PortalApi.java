package org.serviceportal.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The public REST API, version 1. Reads are open; writes need HTTP Basic or a Bearer API token. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Service portal API", version = "1",
        description = "Service desk, products and their status, FAQ, escalation contacts; writes for operators, "
                + "editors and administrators. Errors are RFC 9457 problem details."))
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
    @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "An API token issued by an administrator")
})
public class PortalApi extends Application {
}
